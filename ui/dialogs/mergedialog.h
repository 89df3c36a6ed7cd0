#pragma once

#include "services/records/merges.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;

namespace crm::ui {

class DatabaseSession;
class ErrorLabel;
class HistoryValues;

// Two or more records of one kind side by side before they become one (issue 19): a column per
// record, the one that stays first (the officer may choose another), and a row per field of
// Merges::preview(). Where single values differ the officer picks one (the proposal is picked to
// start with); lists are united and shown as the result; fields alike in every record wait behind
// "Show identical fields". Under the table: how many links move and the rules the merge applies.
// Merge runs it as one undo step (MergeCommand); a refusal is shown here and nothing changes.
class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    // ids: the records to merge, the first proposed to stay. Throws crm::Error when core refuses to
    // preview them (a record merged with itself, two kinds, one in the Trash or gone).
    MergeDialog(DatabaseSession &session, RecordKind kind, const QStringList &ids, QWidget *parent = nullptr);
    ~MergeDialog() override;

    const MergePreview &preview() const { return m_preview; }
    QString survivorId() const;
    // Makes id the record that stays: the preview is read again with it first. False, with the
    // reason shown, when core refuses the new preview (the one on show stays).
    bool setSurvivor(const QString &id);
    // What Merge runs: the survivor, the others, the value picked for each differing field, and
    // the versions on show (a record changed meanwhile is refused rather than overwritten).
    MergeRequest request() const;
    // Runs the merge and closes the dialog; false, with the reason shown, when core refuses it.
    bool merge();
    // After merge(): what it did.
    const MergeResult &result() const { return m_result; }
    QString errorText() const;

private:
    void load(const QString &keepId); // throws crm::Error
    void rebuild();                   // throws crm::Error, leaving the table on show
    void fillTable(QWidget *content);
    void fitToContent();
    void addRecordHeaders(QGridLayout *grid, int &row);
    void addFieldRow(QGridLayout *grid, int row, const MergeFieldChoice &choice);
    void updateSummary();
    void showError(const QString &message);
    QString title(qsizetype index) const; // of the record in that column

    DatabaseSession &m_session;
    RecordKind m_kind;
    QStringList m_ids; // as asked for; the others keep this order after the survivor
    MergePreview m_preview;
    MergeResult m_result;
    std::unique_ptr<HistoryValues> m_values;
    // The officer's picks that survive a change of survivor: field -> record id whose value it keeps.
    QHash<QString, QString> m_picks;
    QHash<QString, QButtonGroup *> m_choiceGroups; // differing single-value field -> its picks
    QList<QWidget *> m_identical;                  // the widgets of rows alike in every record
    QButtonGroup *m_survivors = nullptr;
    QLabel *m_intro;
    QScrollArea *m_table;
    QCheckBox *m_showIdentical;
    QLabel *m_summary;
    QLabel *m_rules;
    ErrorLabel *m_error;
    QPushButton *m_mergeButton;
};

} // namespace crm::ui
