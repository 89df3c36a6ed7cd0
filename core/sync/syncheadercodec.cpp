#include "syncheadercodec.h"

#include "domain/recordid.h"
#include "domain/strictjson.h"
#include "sync/syncjsonfields.h"
#include "sync/syncsigning.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct SyncPackageTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncPackage)
};

const QString kCipher = u"xchacha20poly1305-ietf"_s;
const QString kKdf = u"argon2id13"_s;
constexpr qsizetype kMaxReplicaName = 200;

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject encryptionJson(const SyncEncryption &encryption)
{
    return QJsonObject{
        {u"cipher"_s, kCipher},
        {u"kdf"_s, kKdf},
        {u"opsLimit"_s, static_cast<qint64>(encryption.opsLimit)},
        {u"memLimit"_s, static_cast<qint64>(encryption.memLimit)},
        {u"salt"_s, QString::fromLatin1(encryption.salt.toBase64())},
        {u"nonce"_s, QString::fromLatin1(encryption.nonce.toBase64())},
        {u"keyCheck"_s, QString::fromLatin1(encryption.keyCheck.toBase64())},
    };
}

std::optional<SyncEncryption> decodeEncryption(const QJsonObject &object, FieldErrors &errors)
{
    SyncJsonFields fields(object, u"encryption"_s, errors);
    const qsizetype before = errors.size();
    if (const QString cipher = fields.string(u"cipher"_s); !cipher.isNull() && cipher != kCipher) {
        fields.fail(u"cipher"_s, SyncPackageTr::tr("names an unknown cipher"));
    }
    if (const QString kdf = fields.string(u"kdf"_s); !kdf.isNull() && kdf != kKdf) {
        fields.fail(u"kdf"_s, SyncPackageTr::tr("names an unknown key derivation"));
    }
    SyncEncryption encryption;
    encryption.opsLimit = static_cast<quint64>(fields.integer(u"opsLimit"_s, 1, 1000).value_or(0));
    encryption.memLimit = static_cast<quint64>(fields.integer(u"memLimit"_s, 1, qint64(1) << 40).value_or(0));
    encryption.salt = fields.base64(u"salt"_s);
    encryption.nonce = fields.base64(u"nonce"_s);
    encryption.keyCheck = fields.base64(u"keyCheck"_s);
    if (errors.size() == before && !acceptableSyncEncryption(encryption)) {
        errors.append({u"encryption"_s, SyncPackageTr::tr("has settings this version does not accept")});
    }
    return errors.size() == before ? std::optional(encryption) : std::nullopt;
}

void checkId(const QString &value, const QString &field, bool optional, FieldErrors &errors)
{
    if (value.isEmpty() && optional) {
        return;
    }
    if (value.isNull()) {
        errors.append({field, SyncPackageTr::tr("is missing")});
    } else if (!isValidRecordId(value)) {
        errors.append({field, SyncPackageTr::tr("must be a lowercase UUID")});
    }
}

void checkRange(const SyncPackageHeader &header, FieldErrors &errors)
{
    for (const auto &[value, field] :
         {std::pair{header.firstChangeId, u"firstChangeId"_s}, std::pair{header.lastChangeId, u"lastChangeId"_s}}) {
        if (header.changeCount == 0 && !value.isEmpty()) {
            errors.append({field, SyncPackageTr::tr("must be empty in a package without changes")});
        } else if (header.changeCount > 0 && !isSyncToken(value, kSyncMaxChangeIdLength)) {
            errors.append({field, SyncPackageTr::tr("must be a change id")});
        }
    }
}
} // namespace

QByteArray encodeSyncHeader(const SyncPackageHeader &header, const std::optional<SyncEncryption> &encryption)
{
    QJsonObject json{
        {u"format"_s, header.formatName},
        {u"formatVersion"_s, header.formatVersion},
        {u"schemaVersion"_s, header.schemaVersion},
        {u"databaseId"_s, header.databaseId},
        {u"senderReplicaId"_s, header.senderReplicaId},
        {u"senderReplicaName"_s, header.senderReplicaName},
        {u"receiverReplicaId"_s, header.receiverReplicaId},
        {u"firstChangeId"_s, header.firstChangeId},
        {u"lastChangeId"_s, header.lastChangeId},
        {u"changeCount"_s, header.changeCount},
        {u"createdAt"_s, isoUtc(header.createdAt)},
        {u"encrypted"_s, header.encrypted},
    };
    QJsonObject acknowledged;
    for (auto it = header.acknowledged.cbegin(); it != header.acknowledged.cend(); ++it) {
        acknowledged.insert(it.key(), it.value());
    }
    json.insert(u"acknowledged"_s, acknowledged);
    if (!header.certificateIssuer.isEmpty()) {
        json.insert(u"certificate"_s,
                    QJsonObject{{u"issuer"_s, header.certificateIssuer},
                                {u"signature"_s, QString::fromLatin1(header.certificate.toBase64())}});
    }
    if (encryption) {
        json.insert(u"encryption"_s, encryptionJson(*encryption));
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

FieldErrors checkSyncHeader(const SyncPackageHeader &header)
{
    FieldErrors errors;
    if (header.schemaVersion < 1) {
        errors.append({u"schemaVersion"_s, SyncPackageTr::tr("must be 1 or more")});
    }
    checkId(header.databaseId, u"databaseId"_s, false, errors);
    checkId(header.senderReplicaId, u"senderReplicaId"_s, false, errors);
    checkId(header.receiverReplicaId, u"receiverReplicaId"_s, false, errors);
    if (!header.certificateIssuer.isEmpty() || !header.certificate.isEmpty()) {
        checkId(header.certificateIssuer, u"certificate"_s, false, errors);
        if (header.certificate.size() != kSyncSignatureBytes) {
            errors.append({u"certificate"_s, SyncPackageTr::tr("must hold a signature")});
        }
    }
    if (header.senderReplicaName.size() > kMaxReplicaName) {
        errors.append({u"senderReplicaName"_s, SyncPackageTr::tr("is longer than %1 characters").arg(kMaxReplicaName)});
    }
    for (auto it = header.acknowledged.cbegin(); it != header.acknowledged.cend(); ++it) {
        if (!isValidRecordId(it.key()) || it.value() < 0) {
            errors.append({u"acknowledged"_s, SyncPackageTr::tr("must map replica ids to sequence numbers")});
            break;
        }
    }
    if (!header.createdAt.isValid()) {
        errors.append({u"createdAt"_s, SyncPackageTr::tr("must be a UTC date and time (ISO 8601)")});
    }
    return errors;
}

SyncHeaderFields decodeSyncHeader(const QByteArray &json, const QString &path)
{
    // Strict, as the changes are: a header Qt would read leniently is refused with the problem named.
    const StrictJson parsed = parseStrictJson(json);
    if (parsed.problem) {
        throw Error(Error::Kind::Invalid, SyncPackageTr::tr("%1 is damaged: its header is not valid JSON (%2).")
                                              .arg(QDir::toNativeSeparators(path), parsed.problem->describe()));
    }
    const QJsonDocument &document = parsed.document;
    if (!document.isObject()) {
        throw Error(
            Error::Kind::Invalid,
            SyncPackageTr::tr("%1 is damaged: its header is not a JSON object.").arg(QDir::toNativeSeparators(path)));
    }
    const QJsonObject object = document.object();
    FieldErrors errors;
    SyncJsonFields fields(object, {}, errors);
    SyncHeaderFields result;
    SyncPackageHeader &header = result.header;
    header.formatName = fields.string(u"format"_s);
    header.formatVersion = static_cast<int>(fields.integer(u"formatVersion"_s, 1, 1000).value_or(0));
    header.schemaVersion = static_cast<int>(fields.integer(u"schemaVersion"_s, 1, 1000000).value_or(0));
    header.databaseId = fields.string(u"databaseId"_s);
    header.senderReplicaId = fields.string(u"senderReplicaId"_s);
    header.senderReplicaName = fields.string(u"senderReplicaName"_s, false);
    header.receiverReplicaId = fields.string(u"receiverReplicaId"_s, false);
    header.firstChangeId = fields.string(u"firstChangeId"_s, false);
    header.lastChangeId = fields.string(u"lastChangeId"_s, false);
    header.changeCount = fields.integer(u"changeCount"_s, 0, std::numeric_limits<int>::max()).value_or(0);
    const QString createdAt = fields.string(u"createdAt"_s);
    header.createdAt = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    header.encrypted = fields.boolean(u"encrypted"_s).value_or(false);
    if (const auto acknowledged = fields.object(u"acknowledged"_s)) {
        for (auto it = acknowledged->begin(); it != acknowledged->end(); ++it) {
            const double seq = it.value().toDouble(-1);
            if (!it.value().isDouble() || seq < 0 || seq != double(it.value().toInteger()) ||
                acknowledged->size() > 10000) {
                fields.fail(u"acknowledged"_s, SyncPackageTr::tr("must map replica ids to sequence numbers"));
                break;
            }
            header.acknowledged.insert(it.key(), it.value().toInteger());
        }
    }
    if (object.contains(u"certificate"_s)) {
        if (const auto certificate = fields.object(u"certificate"_s)) {
            SyncJsonFields certificateFields(*certificate, u"certificate"_s, errors);
            header.certificateIssuer = certificateFields.string(u"issuer"_s);
            header.certificate = certificateFields.base64(u"signature"_s);
        }
    }
    const qsizetype typeErrors = errors.size();

    for (const FieldError &error : checkSyncHeader(header)) {
        const bool reported =
            std::any_of(errors.begin(), errors.end(), [&](const FieldError &e) { return e.field == error.field; });
        if (!reported) {
            errors.append(error);
        }
    }
    if (typeErrors == 0 && header.createdAt.isValid() && header.createdAt.timeSpec() != Qt::UTC) {
        errors.append({u"createdAt"_s, SyncPackageTr::tr("must be a UTC date and time (ISO 8601)")});
    }
    checkRange(header, errors);
    if (header.encrypted) {
        if (const auto encryption = fields.object(u"encryption"_s)) {
            result.encryption = decodeEncryption(*encryption, errors);
        }
    } else if (object.contains(u"encryption"_s)) {
        fields.fail(u"encryption"_s, SyncPackageTr::tr("must be absent from a package that is not encrypted"));
    }

    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError &e : std::as_const(errors)) {
            lines << e.field + u": "_s + e.message;
        }
        throw Error(Error::Kind::Invalid,
                    SyncPackageTr::tr("%1 has an invalid header:").arg(QDir::toNativeSeparators(path)) + u'\n' +
                        lines.join(u'\n'),
                    errors);
    }
    return result;
}

} // namespace crm
