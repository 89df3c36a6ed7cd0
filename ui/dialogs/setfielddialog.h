#pragma once

#include "domain/recordkind.h"

#include <QDialog>
#include <QHash>
#include <QStringList>
#include <QVariant>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QStackedWidget;

namespace crm::ui {

class DatabaseSession;

// Edit > Set Field...: chooses one field that can be set on many records at once (crm::BulkEdit
// says which) and its value, each with the editor its type has in the record form (a combo of the
// officers for an owner, of the codes for a status, sectors, countries, a check box), and shows how
// many of the selected records the change would touch. It changes nothing itself: the caller
// applies field() = value() through an undo command.
class SetFieldDialog final : public QDialog
{
    Q_OBJECT

public:
    // ids: the selected records; currentId: the one on show, whose values the editors start from.
    SetFieldDialog(DatabaseSession &session, RecordKind kind, QStringList ids, const QString &currentId,
                   QWidget *parent = nullptr);

    QString field() const;
    void setField(const QString &field);
    QVariant value() const; // JSON form
    // How many of the records do not hold value() yet.
    qsizetype changingCount() const { return m_changing; }

private:
    void addEditor(const QString &field, QWidget *editor, std::function<QVariant()> value);
    void updateCount();

    DatabaseSession &m_session;
    RecordKind m_kind;
    QStringList m_ids;
    QComboBox *m_fields;
    QStackedWidget *m_editors;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
    QHash<QString, std::function<QVariant()>> m_values;
    qsizetype m_changing = 0;
};

} // namespace crm::ui
