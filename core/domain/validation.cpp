#include "validation.h"

#include "recordid.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct ValidatorTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Validator)
};
} // namespace

QString Validator::path(const QString &field) const
{
    return m_prefix.isEmpty() ? field : m_prefix + u'.' + field;
}

void Validator::fail(const QString &field, const QString &message)
{
    m_errors.append({path(field), message});
}

void Validator::required(const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty()) {
        fail(field, ValidatorTr::tr("is required"));
    }
}

namespace {
void collectOverlong(const QString &path, const QVariant &value, FieldErrors &errors)
{
    if (value.typeId() == QMetaType::QString) {
        if (value.toString().size() > kMaxTextLength) {
            errors.append({path, ValidatorTr::tr("is too long (at most %1 characters)").arg(kMaxTextLength)});
        }
    } else if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            collectOverlong(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value(), errors);
        }
    } else if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        const QVariantList list = value.toList();
        for (qsizetype i = 0; i < list.size(); ++i) {
            collectOverlong(path + u'[' + QString::number(i) + u']', list.at(i), errors);
        }
    }
}
} // namespace

FieldErrors overlongTexts(const QVariantMap &record)
{
    FieldErrors errors;
    collectOverlong({}, record, errors);
    return errors;
}

void Validator::maxLength(const QString &field, const QString &value, int max)
{
    if (value.size() > max) {
        fail(field, ValidatorTr::tr("is too long (at most %1 characters)").arg(max));
    }
}

void Validator::country(const QString &field, const QString &code, bool isRequired)
{
    if (code.isEmpty()) {
        if (isRequired) {
            fail(field, ValidatorTr::tr("is required (an ISO 3166 country code such as MA or JP)"));
        }
        return;
    }
    if (!reference::isCountry(code)) {
        fail(field, ValidatorTr::tr("\"%1\" is not an ISO 3166 country code (such as MA or JP)").arg(code));
    }
}

void Validator::currency(const QString &field, const QString &code)
{
    if (!code.isEmpty() && !reference::isCurrency(code)) {
        fail(field, ValidatorTr::tr("\"%1\" is not an ISO 4217 currency code (such as USD or JPY)").arg(code));
    }
}

void Validator::sector(const QString &field, const QString &code, bool isRequired)
{
    if (code.isEmpty()) {
        if (isRequired) {
            fail(field, ValidatorTr::tr("is required"));
        }
        return;
    }
    if (!reference::isSector(code)) {
        QStringList codes;
        for (const Sector &s : reference::sectors()) {
            codes << s.code;
        }
        fail(field, ValidatorTr::tr("\"%1\" is not a sector (one of %2)").arg(code, codes.join(u", "_s)));
    }
}

void Validator::email(const QString &field, const QString &value)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    if (!value.isEmpty() && !pattern.match(value).hasMatch()) {
        fail(field, ValidatorTr::tr("\"%1\" is not a valid e-mail address").arg(value));
    }
}

void Validator::website(const QString &field, const QString &value)
{
    if (value.isEmpty()) {
        return;
    }
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
        fail(field, ValidatorTr::tr("\"%1\" is not a web address starting with http:// or https://").arg(value));
    }
}

void Validator::recordId(const QString &field, const QString &value, bool isRequired)
{
    if (value.isEmpty()) {
        if (isRequired) {
            fail(field, ValidatorTr::tr("is required"));
        }
        return;
    }
    if (!isValidRecordId(value)) {
        fail(field, ValidatorTr::tr("\"%1\" is not a record id").arg(value));
    }
}

void Validator::oneOf(const QString &field, const QString &value, const QStringList &allowed, bool isRequired)
{
    if (value.isEmpty()) {
        if (isRequired) {
            fail(field, ValidatorTr::tr("is required (one of %1)").arg(allowed.join(u", "_s)));
        }
        return;
    }
    if (!allowed.contains(value)) {
        fail(field, ValidatorTr::tr("\"%1\" is not one of %2").arg(value, allowed.join(u", "_s)));
    }
}

void Validator::dateOrder(const QString &endField, const std::optional<QDate> &start, const std::optional<QDate> &end)
{
    if (start && end && *end < *start) {
        fail(endField, ValidatorTr::tr("must not be before the start (%1)").arg(start->toString(Qt::ISODate)));
    }
}

void Validator::dateOrder(const QString &endField, const std::optional<PartialDate> &start,
                          const std::optional<PartialDate> &end)
{
    if (start && end && end->last() < start->first()) {
        fail(endField, ValidatorTr::tr("must not be before the start (%1)").arg(start->toIso()));
    }
}

void Validator::nonNegative(const QString &field, const std::optional<qint64> &value)
{
    if (value && *value < 0) {
        fail(field, ValidatorTr::tr("must not be negative"));
    }
}

} // namespace crm
