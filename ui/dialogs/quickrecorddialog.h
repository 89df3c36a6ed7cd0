#pragma once

#include "domain/recordkind.h"

#include <QDialog>
#include <QVariantMap>

namespace crm::ui {

class DatabaseSession;
class RecordForm;

// A new record made without leaving the page on show: a note or a follow-up about the delegate
// whose timeline is open, already linked to it. Saving is one undoable command; refused input
// is shown at its field and stays on screen.
class QuickRecordDialog final : public QDialog
{
    Q_OBJECT

public:
    // preset: JSON fields the new record starts with (linked_kind and linked_id, typically).
    QuickRecordDialog(DatabaseSession &session, RecordKind kind, const QVariantMap &preset, const QString &subjectTitle,
                      QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }
    QString savedId() const { return m_savedId; }
    bool save();

    void accept() override;

private:
    DatabaseSession &m_session;
    RecordKind m_kind;
    RecordForm *m_form;
    QString m_savedId;
};

} // namespace crm::ui
