#include "synctext.h"

#include "domain/dateformat.h"
#include "domain/officerzone.h"
#include "domain/referencedata.h"
#include "forms/choicelabels.h"
#include "forms/formfields.h"
#include "models/recordtitle.h"
#include "storage/recordstore.h"
#include "support/progressdialog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QProgressDialog>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
struct SyncTextTr
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

// "starts_at" -> "Starts at": a field no form shows still reads as words.
QString humanised(const QString &name)
{
    QString text = name;
    text.replace(u'_', u' ');
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

struct FieldInfo
{
    QString label;
    FieldType type = FieldType::Text;
    std::optional<RecordKind> linkKind;
    QList<ColumnSpec> columns;
};

FieldInfo fieldInfo(RecordKind kind, const QString &name)
{
    for (const FormRow &spec : formFields(kind)) {
        if (spec.name == name) {
            return {plainLabel(spec.label), spec.type, spec.linkKind, spec.columns};
        }
        if (!spec.companion.isEmpty() && spec.companion == name) {
            return {spec.companionLabel.isEmpty() ? humanised(name) : spec.companionLabel, FieldType::Text, {}, {}};
        }
    }
    return {humanised(name), FieldType::Text, {}, {}};
}

// A linked record's title; its id when it is not here (yet). A read error is thrown on.
QString recordTitle(const RecordStore *store, RecordKind kind, const QString &id)
{
    return store ? titleIfExists(*store, kind, id).value_or(id) : id;
}

QString elementText(const RecordStore *store, const QString &element)
{
    const qsizetype colon = element.indexOf(u':');
    if (colon > 0) {
        if (const auto kind = kindFromName(element.left(colon))) {
            return recordTitle(store, *kind, element.mid(colon + 1));
        }
    }
    return element;
}

QString scalarText(const RecordStore *store, FieldType type, std::optional<RecordKind> linkKind,
                   const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return SyncTextTr::tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? SyncTextTr::tr("Yes") : SyncTextTr::tr("No");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == static_cast<double>(value.toInteger()) ? QLocale().toString(value.toInteger())
                                                                : QLocale().toString(number);
    }
    case QJsonValue::String:
        break;
    default:
        return {};
    }
    const QString text = value.toString();
    switch (type) {
    case FieldType::RecordLink:
        return linkKind ? recordTitle(store, *linkKind, text) : text;
    case FieldType::Choice:
    case FieldType::ChoiceList:
        return choiceLabel(text);
    case FieldType::Country:
        return text.isEmpty() ? text : u"%1 (%2)"_s.arg(reference::countryLabel(text), text);
    case FieldType::Instant:
    case FieldType::ZonedDateTime: {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        return at.isValid() ? syncWhenText(at) : text;
    }
    default:
        return text;
    }
}

QString anyText(const RecordStore *store, const FieldInfo &info, const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            items << anyText(store, info, item);
        }
        return items.join(u", "_s);
    }
    if (value.isObject()) {
        // A list element: its cells, each named by its column.
        const QJsonObject object = value.toObject();
        QStringList cells;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isNull() || it.value().toString().isEmpty()) {
                continue;
            }
            FieldInfo column{humanised(it.key()), FieldType::Text, {}, {}};
            for (const ColumnSpec &spec : info.columns) {
                if (spec.name == it.key()) {
                    column = {spec.label, spec.type, spec.linkKind, {}};
                }
            }
            //: A cell of a list element in a sync conflict: the column's label, then its value.
            cells << SyncTextTr::tr("%1: %2").arg(column.label,
                                                  scalarText(store, column.type, column.linkKind, it.value()));
        }
        return cells.join(u"; "_s);
    }
    return scalarText(store, info.type, info.linkKind, value);
}
} // namespace

QString syncFieldLabel(const RecordStore *store, RecordKind kind, const QString &field)
{
    const qsizetype slash = field.indexOf(u'/');
    if (slash < 0) {
        return fieldInfo(kind, field).label;
    }
    //: A list element in a sync conflict: the list's label, then the element ("Aliases: AMDIE").
    return SyncTextTr::tr("%1: %2").arg(fieldInfo(kind, field.left(slash)).label,
                                        elementText(store, field.mid(slash + 1)));
}

QString syncValueText(const RecordStore *store, RecordKind kind, const QString &field, const QJsonValue &value)
{
    const qsizetype slash = field.indexOf(u'/');
    if (value.isNull() || value.isUndefined()) {
        return slash < 0 ? SyncTextTr::tr("(empty)") : SyncTextTr::tr("(removed)");
    }
    FieldInfo info = fieldInfo(kind, slash < 0 ? field : field.left(slash));
    if (slash >= 0 && !value.isObject()) {
        // An element of a list of strings or codes: the element itself, labelled like the list's items.
        info.type = info.type == FieldType::ChoiceList ? FieldType::Choice : FieldType::Text;
    }
    return anyText(store, info, value);
}

bool syncFieldIsText(RecordKind kind, const QString &field)
{
    if (field.contains(u'/')) {
        return false;
    }
    const FieldType type = fieldInfo(kind, field).type;
    return type == FieldType::Text || type == FieldType::MultiLineText;
}

QString syncWhenText(const QDateTime &utc)
{
    return utc.isValid() ? formatDateTime(toOfficerTime(utc)) : SyncTextTr::tr("never");
}

QString syncOriginText(const SyncConflictValue &value)
{
    QStringList parts{value.replicaName.isEmpty() ? value.replicaId : value.replicaName};
    if (!value.author.isEmpty()) {
        parts << value.author;
    }
    parts << syncWhenText(value.at);
    return parts.join(u" \u00b7 "_s);
}

QProgressDialog *createSyncProgress(QWidget *parent, const QString &label)
{
    return createProgressDialog(parent, SyncTextTr::tr("Sync"), label, u"syncProgress"_s);
}

SyncProgress syncProgressCallback(QProgressDialog &dialog)
{
    return [&dialog](qint64 done, qint64 total) {
        const qint64 permille = total > 0 ? std::clamp<qint64>(done * 1000 / total, 0, 1000) : 0;
        dialog.setValue(static_cast<int>(permille)); // a window-modal dialog processes events here
        return !dialog.wasCanceled();
    };
}

} // namespace crm::ui
