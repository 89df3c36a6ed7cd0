#include "syncjsonfields.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct SyncPackageTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncPackage)
};
} // namespace

QString SyncJsonFields::fieldPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void SyncJsonFields::fail(const QString &key, const QString &message) const
{
    m_errors.append({fieldPath(key), message});
}

QString SyncJsonFields::string(const QString &key, bool required) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && !required) {
        return {};
    }
    if (value.isUndefined()) {
        fail(key, SyncPackageTr::tr("is missing"));
        return {};
    }
    if (!value.isString()) {
        fail(key, SyncPackageTr::tr("must be text"));
        return {};
    }
    return value.toString();
}

std::optional<qint64> SyncJsonFields::integer(const QString &key, qint64 minimum, qint64 maximum) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(key, SyncPackageTr::tr("is missing"));
        return std::nullopt;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < static_cast<double>(minimum) ||
        number > static_cast<double>(maximum)) {
        fail(key, SyncPackageTr::tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<bool> SyncJsonFields::boolean(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(key, value.isUndefined() ? SyncPackageTr::tr("is missing") : SyncPackageTr::tr("must be true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonObject> SyncJsonFields::object(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(key, value.isUndefined() ? SyncPackageTr::tr("is missing") : SyncPackageTr::tr("must be an object"));
        return std::nullopt;
    }
    return value.toObject();
}

QByteArray SyncJsonFields::base64(const QString &key) const
{
    const QString text = string(key);
    if (text.isEmpty()) {
        return {};
    }
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fail(key, SyncPackageTr::tr("must be Base64"));
        return {};
    }
    return *decoded;
}

bool isSyncToken(const QString &text, qsizetype maxLength)
{
    if (text.isEmpty() || text.size() > maxLength) {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
}

bool isSyncKindName(const QString &text)
{
    if (text.isEmpty() || text.size() > 32 || !(text.front() >= u'a' && text.front() <= u'z')) {
        return false;
    }
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'; });
}

} // namespace crm
