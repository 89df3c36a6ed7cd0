#pragma once

#include "formfields.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QVariantMap>

class QWidget;

namespace crm::ui {

class DatabaseSession;

// Binds one row of a record form to its editor widgets: reads its JSON field (two for a time
// with its zone, or a kind with its id) out of a record and writes what is typed back. The
// editors carry the JSON field names as objectNames.
class FieldEditor : public QObject
{
    Q_OBJECT

public:
    FieldEditor(FormRow spec, QObject *parent);

    const FormRow &spec() const { return m_spec; }
    // The JSON fields this row edits: the field, and its companion if any.
    QStringList fields() const;
    // The label of a field of this row, without mnemonic, for messages.
    QString fieldLabel(const QString &field) const;

    // What the form lays out in the row.
    virtual QWidget *widget() const = 0;
    // The editor of one field (the label's buddy, where focus goes to show an error).
    virtual QWidget *editorFor(const QString &field) const;
    // A field missing from json takes the field's default (json is {} for a new record).
    virtual void read(const QVariantMap &json) = 0;
    virtual void write(QVariantMap &json) const = 0;
    // Child lists mark the cells that have problems: (row, column field) -> message.
    virtual void setCellErrors(const QHash<QPair<int, QString>, QString> &errors);

Q_SIGNALS:
    // The user changed something in this row.
    void edited();
    void openRecordRequested(crm::RecordKind kind, const QString &id);

protected:
    QVariant valueIn(const QVariantMap &json, const QString &field) const;

private:
    FormRow m_spec;
};

// The editor for a field's type; widgets are created under parent, the binding is owned by owner.
FieldEditor *createFieldEditor(const FormRow &spec, DatabaseSession &session, QWidget *parent, QObject *owner);

// Empty text as null, the way the JSON format writes an empty optional field.
QVariant textValue(const QString &text);

} // namespace crm::ui
