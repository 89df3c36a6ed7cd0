#include "fieldmap.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct MapReaderTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::MapReader)
};

bool isBlank(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.userType() == QMetaType::QString && v.toString().trimmed().isEmpty());
}
} // namespace

const QStringList &metadataFields()
{
    static const QStringList fields{u"id"_s,          u"created_at"_s, u"created_by"_s, u"modified_at"_s,
                                    u"modified_by"_s, u"deleted_at"_s, u"deleted_by"_s};
    return fields;
}

MapReader::MapReader(const QVariantMap &map, FieldErrors &errors, QString prefix, MapFormat format)
    : m_map(map), m_errors(errors), m_prefix(std::move(prefix)), m_format(format)
{}

bool MapReader::has(const QString &key) const
{
    return m_map.contains(key);
}

QVariant MapReader::take(const QString &key)
{
    m_seen.insert(key);
    return m_map.value(key);
}

QVariant MapReader::raw(const QString &key)
{
    return take(key);
}

QString MapReader::fieldPath(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + u'.' + key;
}

void MapReader::addError(const QString &key, const QString &message)
{
    m_errors.append({fieldPath(key), message});
}

QString MapReader::text(const QString &key)
{
    const QVariant v = take(key);
    if (isBlank(v)) {
        return {};
    }
    if (v.userType() != QMetaType::QString) {
        addError(key, MapReaderTr::tr("must be text"));
        return {};
    }
    return v.toString().trimmed();
}

QStringList MapReader::textList(const QString &key)
{
    const QVariant v = take(key);
    if (!v.isValid() || v.isNull()) {
        return {};
    }
    if (v.userType() != QMetaType::QVariantList && v.userType() != QMetaType::QStringList) {
        addError(key, MapReaderTr::tr("must be a list of text"));
        return {};
    }
    QStringList result;
    for (const QVariant &item : v.toList()) {
        if (item.userType() != QMetaType::QString) {
            addError(key, MapReaderTr::tr("must be a list of text"));
            return {};
        }
        const QString t = item.toString().trimmed();
        if (!t.isEmpty() && !result.contains(t)) {
            result << t;
        }
    }
    return result;
}

std::optional<QDate> MapReader::date(const QString &key)
{
    const QString t = text(key);
    if (t.isEmpty()) {
        return std::nullopt;
    }
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid() || t.size() != 10) {
        addError(key, MapReaderTr::tr("must be a date written YYYY-MM-DD"));
        return std::nullopt;
    }
    return d;
}

std::optional<PartialDate> MapReader::partialDate(const QString &key)
{
    const QString t = text(key);
    if (t.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<PartialDate> d = PartialDate::fromIso(t);
    if (!d) {
        addError(key,
                 MapReaderTr::tr(
                     "must be a date written YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known"));
    }
    return d;
}

std::optional<QDateTime> MapReader::instant(const QString &key)
{
    const QString t = text(key);
    if (t.isEmpty()) {
        return std::nullopt;
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime) {
        addError(key, MapReaderTr::tr("must be a date and time with a UTC offset, like 2024-05-10T10:00:00+09:00"));
        return std::nullopt;
    }
    return dt.toUTC();
}

std::optional<qint64> MapReader::integer(const QString &key)
{
    const QVariant v = take(key);
    if (isBlank(v)) {
        return std::nullopt;
    }
    // Doubles count exactly up to 2^53; past it "9007199254740993" would be stored as ...992.
    constexpr double kExactLimit = 9007199254740992.0;
    switch (v.userType()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        return v.toLongLong();
    case QMetaType::ULongLong:
        if (v.toULongLong() <= static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
            return v.toLongLong();
        }
        addError(key, MapReaderTr::tr("is too large"));
        return std::nullopt;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) > kExactLimit) {
            addError(key, MapReaderTr::tr("is too large"));
            return std::nullopt;
        }
        if (std::isfinite(d) && d == std::trunc(d)) {
            return static_cast<qint64>(d);
        }
        break;
    }
    case QMetaType::QString: {
        // JSON says what a number is: "5" in quotes is text, and a typed field does not guess.
        if (m_format == MapFormat::Json) {
            addError(key, MapReaderTr::tr("must be a whole number written without quotes (5, not \"5\")"));
            return std::nullopt;
        }
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok) {
            return n;
        }
        break;
    }
    default:
        break;
    }
    addError(key, MapReaderTr::tr("must be a whole number"));
    return std::nullopt;
}

bool MapReader::boolean(const QString &key, bool fallback)
{
    const QVariant v = take(key);
    if (!v.isValid() || v.isNull()) {
        return fallback;
    }
    if (v.userType() == QMetaType::Bool) {
        return v.toBool();
    }
    // Storage keeps booleans as 0/1; in JSON only true and false are booleans (2 is not "yes").
    if (m_format == MapFormat::Storage && (v.userType() == QMetaType::Int || v.userType() == QMetaType::LongLong)) {
        return v.toLongLong() != 0;
    }
    addError(key, MapReaderTr::tr("must be true or false"));
    return fallback;
}

void MapReader::objects(const QString &key, const std::function<void(MapReader &)> &readOne)
{
    const QVariant v = take(key);
    if (!v.isValid() || v.isNull()) {
        return;
    }
    if (v.userType() != QMetaType::QVariantList) {
        addError(key, MapReaderTr::tr("must be a list of objects"));
        return;
    }
    const QVariantList list = v.toList();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = fieldPath(key) + u'[' + QString::number(i) + u']';
        if (list[i].userType() != QMetaType::QVariantMap) {
            m_errors.append({path, MapReaderTr::tr("must be an object")});
            continue;
        }
        const QVariantMap item = list[i].toMap();
        MapReader child(item, m_errors, path, m_format);
        readOne(child);
        child.finish();
    }
}

void MapReader::finish()
{
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it) {
        if (!m_seen.contains(it.key()) && !metadataFields().contains(it.key())) {
            addError(it.key(), MapReaderTr::tr("is not a known field"));
        }
    }
}

namespace mapvalue {

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant date(const std::optional<QDate> &value)
{
    return value ? QVariant(value->toString(Qt::ISODate)) : QVariant();
}

QVariant partialDate(const std::optional<PartialDate> &value)
{
    return value && value->isValid() ? QVariant(value->toIso()) : QVariant();
}

QString isoInstant(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QVariant instant(const std::optional<QDateTime> &value)
{
    return value ? QVariant(isoInstant(*value)) : QVariant();
}

QVariant integer(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant textList(const QStringList &value)
{
    return QVariant(QVariantList(value.cbegin(), value.cend()));
}

} // namespace mapvalue
} // namespace crm
