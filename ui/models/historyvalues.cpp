#include "historyvalues.h"

#include "domain/dateformat.h"
#include "domain/deal.h"
#include "domain/error.h"
#include "domain/money.h"
#include "domain/officerzone.h"
#include "models/recordkindlabel.h"
#include "models/recordtitle.h"
#include "storage/recordstore.h"

#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
bool isBlank(const QVariant &value)
{
    return !value.isValid() || value.isNull() || (value.toString().isEmpty() && value.toList().isEmpty());
}

QStringList items(const QVariant &value)
{
    if (value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList) {
        QStringList result;
        for (const QVariant &item : value.toList()) {
            result << item.toString();
        }
        return result;
    }
    return value.toString().split(u',', Qt::SkipEmptyParts); // a set of codes kept as one text
}

QString dateTimeText(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? formatDateTime(toOfficerTime(at)) : iso;
}

QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? formatDate(date) : iso;
}
} // namespace

HistoryValues::HistoryValues(const RecordStore *store, RecordKind kind, const catalogue::Catalogue &catalogue)
    : m_store(store), m_kind(kind), m_fields(formFields(kind, catalogue))
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        m_index.insert(m_fields.at(i).name, i);
        if (!m_fields.at(i).companion.isEmpty()) {
            m_companion.insert(m_fields.at(i).companion, i);
        }
    }
}

QStringList HistoryValues::fieldOrder() const
{
    QStringList order;
    for (const FormRow &spec : m_fields) {
        order << spec.name;
        if (!spec.companion.isEmpty()) {
            order << spec.companion;
        }
    }
    return order;
}

QString HistoryValues::fieldLabel(const QString &field) const
{
    if (const auto it = m_index.constFind(field); it != m_index.constEnd()) {
        return plainLabel(m_fields.at(*it).label);
    }
    if (const auto it = m_companion.constFind(field); it != m_companion.constEnd()) {
        return m_fields.at(*it).companionLabel;
    }
    return field; // a field the form does not edit (a stage history kept by the pipeline)
}

QVariant HistoryValues::fromLogText(const QString &text)
{
    if (text.startsWith(u'{') || text.startsWith(u'[')) {
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
        if (!json.isNull()) {
            return json.toVariant();
        }
    }
    return text;
}

QString HistoryValues::linkTitle(std::optional<RecordKind> kind, const QString &id) const
{
    if (!kind || !m_store || id.isEmpty()) {
        return id;
    }
    // Only a record that is not there was purged; a read error is thrown on for the model to report.
    return titleIfExists(*m_store, *kind, id).value_or(tr("(a purged %1)").arg(recordKindLabel(*kind).toLower()));
}

QString HistoryValues::choiceText(const Choices &choices, const QVariant &value) const
{
    for (const Choice &choice : choices) {
        if (choice.value.toString() == value.toString()) {
            return choice.label;
        }
    }
    return choiceLabel(value.toString());
}

QString HistoryValues::columnText(const ColumnSpec &column, const QVariantMap &row) const
{
    const QVariant value = row.value(column.name);
    switch (column.type) {
    case FieldType::Choice:
        return choiceText(column.choices, value);
    case FieldType::Date:
        return dateText(value.toString());
    case FieldType::Instant:
        return dateTimeText(value.toString());
    case FieldType::RecordLink:
        return linkTitle(column.linkKind ? column.linkKind : kindFromName(row.value(column.kindField).toString()),
                         value.toString());
    case FieldType::Amount: {
        const QString currency = row.value(u"currency"_s).toString();
        if (ImpactFigure::isMoney(row.value(column.kindField).toString()) && !currency.isEmpty()) {
            return Money{value.toLongLong(), currency}.toDisplayString(QLocale());
        }
        return QLocale().toString(value.toLongLong());
    }
    default:
        return value.toString();
    }
}

QString HistoryValues::text(const QString &field, const QVariant &value, const QVariantMap &record) const
{
    if (isBlank(value)) {
        return {};
    }
    if (const auto it = m_companion.constFind(field); it != m_companion.constEnd()) {
        const FormRow &owner = m_fields.at(*it);
        if (owner.type == FieldType::RecordKindLink) { // linked_id: its kind is in linked_kind
            QVariantMap current = record;
            if (!current.contains(owner.name) && m_store) {
                // A change of the id alone: the record's present kind tells what it links to.
                const QString id = record.value(u"id"_s).toString();
                current = id.isEmpty() ? QVariantMap() : m_store->find(m_kind, id).value_or(QVariantMap());
            }
            return linkTitle(kindFromName(current.value(owner.name).toString()), value.toString());
        }
        return value.toString(); // a time zone
    }
    const auto it = m_index.constFind(field);
    if (it == m_index.constEnd()) {
        const QString text = value.toString();
        return text.isEmpty() ? QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact))
                              : text;
    }
    const FormRow &spec = m_fields.at(*it);
    const QLocale locale;
    switch (spec.type) {
    case FieldType::Choice:
        return choiceText(spec.choices, value);
    case FieldType::Country: {
        static const Choices countries = countryChoices(); // "Morocco (MA)", as the form offers them
        return choiceText(countries, value);
    }
    case FieldType::Currency: {
        static const Choices currencies = currencyChoices();
        return choiceText(currencies, value);
    }
    case FieldType::ChoiceList: {
        QStringList labels;
        for (const QString &code : items(value)) {
            labels << choiceText(spec.choices, code.trimmed());
        }
        return labels.join(u", "_s);
    }
    case FieldType::StringList:
        return items(value).join(u", "_s);
    case FieldType::Date:
        return dateText(value.toString());
    case FieldType::Instant:
    case FieldType::ZonedDateTime:
        return dateTimeText(value.toString());
    case FieldType::Integer:
        return locale.toString(value.toLongLong());
    case FieldType::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldType::RecordLink:
        return linkTitle(spec.linkKind, value.toString());
    case FieldType::RecordKindLink: {
        const auto kind = kindFromName(value.toString());
        return kind ? recordKindLabel(*kind) : value.toString();
    }
    case FieldType::ChildList: {
        QStringList rows;
        for (const QVariant &item : value.toList()) {
            const QVariantMap row = item.toMap();
            QStringList parts;
            for (const ColumnSpec &column : spec.columns) {
                if (!isBlank(row.value(column.name))) {
                    parts << tr("%1: %2").arg(column.label, columnText(column, row));
                }
            }
            rows << parts.join(u", "_s);
        }
        return rows.join(u"\n"_s);
    }
    default:
        return value.toString();
    }
}

} // namespace crm::ui
