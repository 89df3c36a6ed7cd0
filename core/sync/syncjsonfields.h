#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace crm {

// Reads typed values out of an untrusted JSON object and notes, under the field's path
// ("changes[3].recordId"), each value that is missing or of the wrong type.
class SyncJsonFields final
{
public:
    SyncJsonFields(const QJsonObject &object, QString path, FieldErrors &errors)
        : m_object(object), m_path(std::move(path)), m_errors(errors)
    {}

    QString string(const QString &key, bool required = true) const;
    std::optional<qint64> integer(const QString &key, qint64 minimum, qint64 maximum) const;
    std::optional<bool> boolean(const QString &key) const;
    std::optional<QJsonObject> object(const QString &key) const;
    QByteArray base64(const QString &key) const;

    QString fieldPath(const QString &key) const;
    void fail(const QString &key, const QString &message) const;

private:
    const QJsonObject &m_object;
    QString m_path;
    FieldErrors &m_errors;
};

// A change id (a hybrid logical clock timestamp) is at most this long.
inline constexpr qsizetype kSyncMaxChangeIdLength = 64;

// Identifier checks shared by the writer and the reader.
bool isSyncToken(const QString &text, qsizetype maxLength); // printable ASCII, no spaces
bool isSyncKindName(const QString &text);                   // "delegate", "follow_up"

} // namespace crm
