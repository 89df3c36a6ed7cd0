#pragma once

#include "domain/recordkind.h"

#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QToolButton;

namespace crm::ui {

class DatabaseSession;

// A link to one record: type part of any of its names, pick from the matches that
// RecordQuery::lookup() finds as you type (folded: kana, width, aliases), and the id is stored
// while the title is shown. The small button opens the linked record. Text that names no record
// is kept as typed so that validation points at it rather than the link silently going.
class RecordLinkEdit final : public QWidget
{
    Q_OBJECT

public:
    RecordLinkEdit(RecordKind kind, DatabaseSession &session, QWidget *parent = nullptr);

    RecordKind kind() const { return m_kind; }
    // Changing the kind clears the link (an id of another kind means nothing).
    void setKind(RecordKind kind);
    QString recordId() const { return m_id; }
    // The id when one is picked, else the text as typed, null when empty.
    QVariant value() const;
    void setValue(const QVariant &id);
    void setOpenButtonVisible(bool visible);
    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    // Takes the only (or the exactly named) match for text typed but not picked.
    void resolve();

Q_SIGNALS:
    void valueEdited();
    void openRecordRequested(crm::RecordKind kind, const QString &id);

private:
    void onTextEdited(const QString &text);
    void onActivated(const QModelIndex &index);
    void pick(const QString &id, const QString &title);
    void updateButton();

    RecordKind m_kind;
    DatabaseSession &m_session;
    QString m_id;
    QString m_title;
    QLineEdit *m_edit;
    QToolButton *m_open;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
};

// The title of a record for display; the id itself when there is no such record, or when it cannot
// be read, which is then reported to the session (DatabaseSession::reportReadFailure).
QString recordTitle(DatabaseSession &session, RecordKind kind, const QString &id);

} // namespace crm::ui
