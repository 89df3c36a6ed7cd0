#pragma once

#include "domain/catalogue/catalogue.h"
#include "domain/error.h"
#include "domain/recordkind.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace crm::ui {

class DatabaseSession;
class DuplicateWarning;
class FieldEditor;

// Edits one record of any kind: one row per field of the JSON format (see formfields.h), grouped
// in sections, each with its error shown right under it. The form only edits: the pane that
// holds it saves (through the undo stack) and owns the Save button.
class RecordForm final : public QWidget
{
    Q_OBJECT

public:
    RecordForm(RecordKind kind, DatabaseSession &session, QWidget *parent = nullptr);
    // The rows of another catalogue than the built-in one (a test's, with a field more); it must
    // outlive the form.
    RecordForm(RecordKind kind, const catalogue::Catalogue &catalogue, DatabaseSession &session,
               QWidget *parent = nullptr);

    RecordKind kind() const { return m_kind; }
    // A record in JSON form (RecordStore::get()); a map without an id starts a new record with the
    // defaults and the values it holds (a note already linked to the delegate on show).
    void setRecord(const QVariantMap &json);
    // What is typed, in JSON form, without the metadata fields (id, created_at...).
    QVariantMap value() const;
    // The id of the record loaded; empty for a new one.
    QString recordId() const { return m_recordId; }
    // Checks value() with the kind's rules and shows each problem at its field.
    bool validate();
    // Shows problems (from validate(), or the store's link checks) at their fields; clears earlier ones.
    void showErrors(const FieldErrors &errors);
    bool isModified() const { return m_modified; }
    // Forgets that the form was edited (the officer chose to leave what they typed).
    void discardEdits() { m_modified = false; }
    // Whether someone opens the records the form asks to open (a pane does; a quick dialog does not).
    bool opensRecords() const;
    // The records that look like the one typed; null for a kind without a duplicate check.
    DuplicateWarning *duplicateWarning() const { return m_duplicates; }

Q_SIGNALS:
    void modified();
    void saveRequested();
    void openRecordRequested(crm::RecordKind kind, const QString &id);

private:
    void build();
    QLabel *makeErrorLabel(const QString &field, QWidget *parent);
    void onEdited();
    void setupNameOrder();
    void updateNameOrder();
    QString errorText(const FieldError &error, FieldEditor *&editor, QHash<QPair<int, QString>, QString> &cells,
                      QString &field) const;

    RecordKind m_kind;
    const catalogue::Catalogue &m_catalogue;
    DatabaseSession &m_session;
    QScrollArea *m_scroll;
    QLabel *m_formError;
    DuplicateWarning *m_duplicates = nullptr;
    QList<FieldEditor *> m_editors;
    QHash<QString, FieldEditor *> m_editorOf; // JSON field -> its row
    QHash<QString, QLabel *> m_errorLabels;   // JSON field -> its error label
    QString m_recordId;
    bool m_modified = false;
    bool m_loading = false;
    bool m_autoNameOrder = false; // name order follows the script typed until the officer picks one
};

} // namespace crm::ui
