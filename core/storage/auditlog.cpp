#include "auditlog.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace crm {

QVariant AuditLog::text(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (value.userType()) {
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toList()).toJson(QJsonDocument::Compact));
    case QMetaType::QVariantMap:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toMap()).toJson(QJsonDocument::Compact));
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return value.toString();
    }
}

} // namespace crm
