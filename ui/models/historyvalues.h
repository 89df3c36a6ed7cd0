#pragma once

#include "domain/recordkind.h"
#include "forms/formfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantMap>

namespace crm {
class RecordStore;
}

namespace crm::ui {

// How the History tab writes a logged field: named by its label in the form, values as the form
// shows them (choices by their labels, linked records by their titles, dates the locale's way,
// lists one item after another). The log keeps stored values; this is only their reading.
class HistoryValues final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::HistoryValues)

public:
    HistoryValues(const RecordStore *store, RecordKind kind,
                  const catalogue::Catalogue &catalogue = catalogue::Catalogue::builtin());

    QString fieldLabel(const QString &field) const;
    // The fields of the kind in the form's order: a logged creation is listed in it.
    QStringList fieldOrder() const;
    // record gives the other fields of the same record, for a link whose kind is in another field.
    QString text(const QString &field, const QVariant &value, const QVariantMap &record = {}) const;
    // A logged value as the log writes it (JSON for lists and objects) read back into a value.
    static QVariant fromLogText(const QString &text);

private:
    QString linkTitle(std::optional<RecordKind> kind, const QString &id) const;
    QString columnText(const ColumnSpec &column, const QVariantMap &row) const;
    QString choiceText(const Choices &choices, const QVariant &value) const;

    const RecordStore *m_store;
    RecordKind m_kind;
    QList<FormRow> m_fields;
    QHash<QString, qsizetype> m_index;     // field name -> m_fields index
    QHash<QString, qsizetype> m_companion; // companion name -> m_fields index
};

} // namespace crm::ui
