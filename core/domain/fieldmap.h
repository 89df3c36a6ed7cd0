#pragma once

#include "error.h"
#include "partialdate.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <optional>

namespace crm {

// How a record map is meant: as stored (money in integer minor units) or as the JSON the CLI
// and documents exchange (money as a decimal string).
enum class MapFormat
{
    Storage,
    Json
};

// The fields every stored record carries; set by storage, read-only for everyone else.
const QStringList &metadataFields();

// Reads typed values out of a JSON-shaped map, collecting a FieldError for each value of the
// wrong type instead of stopping at the first, and reporting fields it does not know.
class MapReader final
{
public:
    MapReader(const QVariantMap &map, FieldErrors &errors, QString prefix = {}, MapFormat format = MapFormat::Json);

    MapFormat format() const { return m_format; }
    bool has(const QString &key) const;
    QString text(const QString &key);
    QStringList textList(const QString &key);
    std::optional<QDate> date(const QString &key);
    // A date known to the year ("1995"), the month ("1995-03") or the day.
    std::optional<PartialDate> partialDate(const QString &key);
    std::optional<QDateTime> instant(const QString &key);
    std::optional<qint64> integer(const QString &key);
    bool boolean(const QString &key, bool fallback);
    QVariant raw(const QString &key);
    // Reads a list of objects, each with its own reader whose errors are named "key[i].field".
    void objects(const QString &key, const std::function<void(MapReader &)> &readOne);
    void addError(const QString &key, const QString &message);
    QString fieldPath(const QString &key) const;
    // Reports every field that no getter asked for: a typo must not silently drop data.
    void finish();

private:
    QVariant take(const QString &key);

    const QVariantMap &m_map;
    FieldErrors &m_errors;
    QString m_prefix;
    MapFormat m_format;
    QSet<QString> m_seen;
};

// Formats values the way MapReader reads them back.
namespace mapvalue {
QVariant text(const QString &value);
QVariant date(const std::optional<QDate> &value);
QVariant partialDate(const std::optional<PartialDate> &value);
QVariant instant(const std::optional<QDateTime> &value);
QVariant integer(const std::optional<qint64> &value);
QVariant textList(const QStringList &value);
QString isoInstant(const QDateTime &utc);
} // namespace mapvalue

} // namespace crm
