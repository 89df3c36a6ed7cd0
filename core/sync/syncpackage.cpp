#include "syncpackage.h"

#include "domain/error.h"
#include "sync/syncchangecodec.h"
#include "sync/syncheadercodec.h"
#include "sync/syncpackagecrypto.h"
#include "sync/syncpackageformat.h"
#include "sync/syncsigning.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>
#include <array>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct SyncPackageTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncPackage)
};

const std::array<std::pair<SyncOperation, QStringView>, 4> kOperations{{
    {SyncOperation::Create, u"create"},
    {SyncOperation::Update, u"update"},
    {SyncOperation::Delete, u"delete"},
    {SyncOperation::Restore, u"restore"},
}};

QString fileName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void refuse(const QString &message)
{
    throw Error(Error::Kind::Invalid, message);
}

[[noreturn]] void cannotWrite(const QString &path, const QString &reason)
{
    refuse(SyncPackageTr::tr("Cannot write %1: %2").arg(fileName(path), reason));
}

[[noreturn]] void refuseFields(const QString &intro, const FieldErrors &errors)
{
    QStringList lines{intro};
    for (const FieldError &e : errors) {
        lines << e.field + u": "_s + e.message;
    }
    throw Error(Error::Kind::Invalid, lines.join(u'\n'), errors);
}

// What the caller asked to write, with the fields the writer owns filled in.
SyncPackageHeader completeHeader(const SyncPackageHeader &given, const QList<SyncChange> &changes, bool encrypted)
{
    SyncPackageHeader header = given;
    header.formatName = syncPackageFormatName();
    header.formatVersion = kSyncPackageFormatVersion;
    header.changeCount = changes.size();
    header.firstChangeId = changes.isEmpty() ? QString() : changes.constFirst().changeId;
    header.lastChangeId = changes.isEmpty() ? QString() : changes.constLast().changeId;
    header.createdAt = given.createdAt.toUTC();
    header.encrypted = encrypted;
    return header;
}

void checkWhatIsWritten(const SyncPackageHeader &header, const QList<SyncChange> &changes)
{
    FieldErrors errors = checkSyncHeader(header);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        errors.append(checkSyncChange(changes.at(i), u"changes[%1]"_s.arg(i)));
    }
    if (!errors.isEmpty()) {
        refuseFields(SyncPackageTr::tr("The sync package cannot be written:"), errors);
    }
}

// The header's own account of the format and its place among the replicas.
void checkHeaderAgainst(const SyncPackageHeader &header, int frameVersion, const SyncPackageExpectations &expected,
                        const QString &path)
{
    if (header.formatName != syncPackageFormatName() || header.formatVersion != frameVersion) {
        refuse(SyncPackageTr::tr("%1 uses an unknown sync package format (%2, version %3).")
                   .arg(fileName(path), header.formatName.left(64))
                   .arg(header.formatVersion));
    }
    if (header.schemaVersion > expected.maxSchemaVersion) {
        refuse(SyncPackageTr::tr("%1 comes from a database with a newer schema (version %2; this version of "
                                 "Delegates CRM knows up to version %3). Update Delegates CRM on this computer "
                                 "before importing it.")
                   .arg(fileName(path))
                   .arg(header.schemaVersion)
                   .arg(expected.maxSchemaVersion));
    }
    if (header.databaseId != expected.databaseId) {
        const QString sender = header.senderReplicaName.isEmpty() ? header.senderReplicaId : header.senderReplicaName;
        refuse(SyncPackageTr::tr("%1 belongs to another database (%2, sent by %3), not to this one. A package can "
                                 "only be imported into a copy of the database it was exported from.")
                   .arg(fileName(path), header.databaseId, sender));
    }
}

QByteArray decryptBody(const SyncPackageFrame &frame, const SyncEncryption &encryption, const QString &passphrase,
                       const QString &path)
{
    if (passphrase.isEmpty()) {
        refuse(SyncPackageTr::tr("%1 is encrypted. Enter the passphrase it was exported with.").arg(fileName(path)));
    }
    const SyncKey key(passphrase, encryption);
    if (!key.matches(encryption)) {
        refuse(SyncPackageTr::tr("The passphrase is wrong: it does not open %1.").arg(fileName(path)));
    }
    std::optional<QByteArray> plain = key.open(frame.body, frame.prefixAndHeader, encryption.nonce);
    if (!plain) {
        refuse(SyncPackageTr::tr("%1 was altered after it was exported: its contents fail authentication.")
                   .arg(fileName(path)));
    }
    return *std::move(plain);
}

void checkBodyAgainstHeader(const SyncPackageHeader &header, const QList<SyncChange> &changes, const QString &path)
{
    const QString first = changes.isEmpty() ? QString() : changes.constFirst().changeId;
    const QString last = changes.isEmpty() ? QString() : changes.constLast().changeId;
    if (header.changeCount != changes.size() || header.firstChangeId != first || header.lastChangeId != last) {
        refuse(SyncPackageTr::tr("%1 is inconsistent: its header announces %2 changes (%3 to %4) but it holds %5 "
                                 "(%6 to %7).")
                   .arg(fileName(path))
                   .arg(header.changeCount)
                   .arg(header.firstChangeId, header.lastChangeId)
                   .arg(changes.size())
                   .arg(first, last));
    }
}
} // namespace

QString syncOperationName(SyncOperation operation)
{
    for (const auto &[value, name] : kOperations) {
        if (value == operation) {
            return name.toString();
        }
    }
    return {};
}

std::optional<SyncOperation> syncOperationFromName(const QString &name)
{
    for (const auto &[value, known] : kOperations) {
        if (known == name) {
            return value;
        }
    }
    return std::nullopt;
}

QString syncPackageFormatName()
{
    return u"delegates-crm-sync"_s;
}

EncodedSyncPackage encodeSyncPackage(const SyncPackageHeader &given, const QList<SyncChange> &changes,
                                     const SyncSigner &signer, const QString &passphrase)
{
    const SyncPackageHeader header = completeHeader(given, changes, !passphrase.isEmpty());
    checkWhatIsWritten(header, changes);
    const QByteArray plain = encodeSyncChanges(changes);
    if (syncSealedBytes(plain.size()) > kSyncMaxBodyBytes) {
        refuse(SyncPackageTr::tr("The %1 changes are too many for one sync package; export them in parts.")
                   .arg(changes.size()));
    }

    QByteArray bytes;
    if (header.encrypted) {
        SyncEncryption encryption = newSyncEncryption();
        const SyncKey key(passphrase, encryption);
        encryption.keyCheck = key.check();
        const QByteArray json = encodeSyncHeader(header, encryption);
        bytes = syncPackagePrefix(json.size(), syncSealedBytes(plain.size())) + json;
        bytes += key.seal(plain, bytes, encryption.nonce);
    } else {
        const QByteArray json = encodeSyncHeader(header, std::nullopt);
        bytes = syncPackagePrefix(json.size(), plain.size()) + json + plain;
    }
    bytes += syncPackageTrailer(bytes, signer);
    return {header, bytes};
}

SyncPackageHeader writeSyncPackage(const QString &path, const SyncPackageHeader &given,
                                   const QList<SyncChange> &changes, const SyncSigner &signer,
                                   const QString &passphrase)
{
    const auto [header, bytes] = encodeSyncPackage(given, changes, signer, passphrase);
    // QSaveFile writes next to the target and renames: a failure leaves no half-written package.
    if (QFileInfo(path).isDir()) {
        cannotWrite(path, SyncPackageTr::tr("it is a folder"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        cannotWrite(path, file.errorString());
    }
    // A package carries confidential records: owner-only, like the database (no-op on Windows).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        cannotWrite(path, file.errorString());
    }
    return header;
}

SyncPackage readSyncPackage(const QString &path, const SyncPackageExpectations &expectations, const QString &passphrase)
{
    return parseSyncPackage(readSyncPackageFile(path), path, expectations, passphrase);
}

SyncPackage parseSyncPackage(const QByteArray &bytes, const QString &path, const SyncPackageExpectations &expectations,
                             const QString &passphrase)
{
    const SyncPackageFrame frame = unframeSyncPackage(bytes, path);
    const SyncHeaderFields decoded = decodeSyncHeader(frame.header, path);
    checkHeaderAgainst(decoded.header, frame.formatVersion, expectations, path);
    if (expectations.trust) {
        expectations.trust(decoded.header, frame.signerKey);
    }

    const QByteArray plain =
        decoded.encryption ? decryptBody(frame, *decoded.encryption, passphrase, path) : frame.body;
    SyncPackage package{decoded.header, decodeSyncChanges(plain, path), frame.signerKey};
    checkBodyAgainstHeader(package.header, package.changes, path);
    return package;
}

} // namespace crm
