#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

namespace crm {

// What one change did to its record.
enum class SyncOperation
{
    Create,
    Update,
    Delete,
    Restore
};

// The names a package uses ("create", "update", "delete", "restore").
QString syncOperationName(SyncOperation operation);
std::optional<SyncOperation> syncOperationFromName(const QString &name);

// One change as it travels between replicas: generic, so the package format does not follow every
// table. The merge engine maps it to records.
struct SyncChange
{
    QString changeId;          // the hybrid logical clock timestamp that orders changes across replicas
    QString originReplicaId;   // the replica where the change was made (a UUID)
    qint64 originSequence = 0; // 1, 2, 3... for each change made at the origin
    QString recordKind;        // "delegate", "deal", ... (lowercase letters, digits, '_')
    QString recordId;          // the record's UUID
    SyncOperation operation = SyncOperation::Update;
    QJsonObject fields; // field name -> new value ("deleted" for a delete or restore)
    // field name -> the changes the writer had seen for it (ids): a written field replaces those;
    // a delete also lists what it saw of the fields it does not write.
    QJsonObject supersedes;
    QString author; // who made the change, as the origin replica names them
    bool operator==(const SyncChange &) const = default;
};

// What a package says about itself. The writer fills in the format, the range, the count and the
// encrypted flag; the caller fills in the rest.
struct SyncPackageHeader
{
    QString formatName;
    int formatVersion = 0;
    int schemaVersion = 0;     // the sender's database schema version
    QString databaseId;        // shared by every replica of one office's database (a UUID)
    QString senderReplicaId;   // a UUID
    QString senderReplicaName; // for messages: "Mission laptop 2"
    QString receiverReplicaId; // a UUID: the one replica that may import it
    QString firstChangeId;     // the first and last change in the package; empty when it is empty
    QString lastChangeId;
    QDateTime createdAt; // UTC
    qint64 changeCount = 0;
    bool encrypted = false;
    // What the sender holds of each origin's changes, with no gap: origin replica id -> sequence.
    // The receiver takes it as the sender's acknowledgement.
    QMap<QString, qint64> acknowledged;
    // The sender's certificate, when it has one: the replica that prepared it (a UUID) and that
    // replica's signature of the sender's public key (syncCertificateMessage).
    QString certificateIssuer;
    QByteArray certificate;
    bool operator==(const SyncPackageHeader &) const = default;
};

struct SyncPackage
{
    SyncPackageHeader header;
    QList<SyncChange> changes;
    QByteArray signerKey; // the Ed25519 public key that signed it (checked by the reader's trust)
};

class SyncSigner;

// What the reader requires of a package before it hands it over.
struct SyncPackageExpectations
{
    QString databaseId;       // the package must come from a replica of this database
    int maxSchemaVersion = 0; // the newest schema this build understands
    // Whether the key that signed the package is the sender's: throws crm::Error with a message for
    // the user when it is not. Called after the header is read, before the body is decrypted or parsed.
    std::function<void(const SyncPackageHeader &header, const QByteArray &signerKey)> trust;
};

inline constexpr int kSyncPackageFormatVersion = 2;
QString syncPackageFormatName();

// Writes the changes, in the order they are to be applied, atomically to path, signed by signer. A
// non-empty passphrase encrypts the package. Returns the header as written. Throws crm::Error when
// the header is incomplete or the file cannot be written.
SyncPackageHeader writeSyncPackage(const QString &path, const SyncPackageHeader &header,
                                   const QList<SyncChange> &changes, const SyncSigner &signer,
                                   const QString &passphrase = {});

// The bytes writeSyncPackage writes, with the header as completed by the writer. Throws crm::Error
// when the header or a change is incomplete.
struct EncodedSyncPackage
{
    SyncPackageHeader header;
    QByteArray bytes;
};
EncodedSyncPackage encodeSyncPackage(const SyncPackageHeader &header, const QList<SyncChange> &changes,
                                     const SyncSigner &signer, const QString &passphrase = {});

// Reads and checks a package without writing anything. The file is untrusted input: a damaged,
// altered, foreign, newer, untrusted or undecryptable package throws crm::Error with a message for
// the user.
SyncPackage readSyncPackage(const QString &path, const SyncPackageExpectations &expectations,
                            const QString &passphrase = {});
// The same for a package's bytes already read (path only names it in messages): the one parser of
// packages, which the fuzz target tests/fuzz/fuzz_sync_package.cpp feeds directly.
SyncPackage parseSyncPackage(const QByteArray &bytes, const QString &path, const SyncPackageExpectations &expectations,
                             const QString &passphrase = {});

} // namespace crm
