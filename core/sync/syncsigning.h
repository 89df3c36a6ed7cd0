#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace crm {

// Every sync package is signed by its sender's replica key (libsodium Ed25519). A replica's key
// pair is made when it is prepared (or, for the office, when it prepares its first laptop); the
// office signs each laptop's public key with its own (the laptop's *certificate*), so any replica
// that trusts the office trusts the laptops it prepared. See docs/sync.md, "Who can do what".
inline constexpr qsizetype kSyncPublicKeyBytes = 32;
inline constexpr qsizetype kSyncSignatureBytes = 64;

// A replica's secret signing key; wiped from memory when it goes.
class SyncSigner final
{
public:
    static SyncSigner generate();
    // From the text stored in the database (base64 of libsodium's 64-byte secret key); throws crm::Error
    // when it is not one.
    static SyncSigner fromStored(const QString &text);
    ~SyncSigner();
    SyncSigner(SyncSigner &&other) noexcept;
    SyncSigner &operator=(SyncSigner &&other) noexcept;
    SyncSigner(const SyncSigner &) = delete;
    SyncSigner &operator=(const SyncSigner &) = delete;

    QString storedText() const;
    QByteArray publicKey() const;
    QByteArray sign(const QByteArray &message) const;

private:
    SyncSigner() = default;
    QByteArray m_secret;
};

bool verifySyncSignature(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

// What a certificate signs: this database's replica replicaId holds publicKey.
QByteArray syncCertificateMessage(const QString &databaseId, const QString &replicaId, const QByteArray &publicKey);

// A public key as officers read it out to each other: base64 (44 characters).
QString syncKeyText(const QByteArray &publicKey);
// The key, or empty when text is not a public key.
QByteArray syncKeyFromText(const QString &text);

} // namespace crm
