#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <array>
#include <optional>

namespace crm {

// How a package's body was encrypted: libsodium's Argon2id turns the passphrase and a random salt
// into a key, and XChaCha20-Poly1305 seals the body with the package's prefix and header as
// associated data, so altering either fails authentication. Everything here is stored in the header.
struct SyncEncryption
{
    QByteArray salt;     // crypto_pwhash_SALTBYTES random bytes
    QByteArray nonce;    // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES random bytes
    QByteArray keyCheck; // derived with the key: tells a wrong passphrase from an altered package
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
};

// Fresh random salt and nonce with libsodium's interactive Argon2id limits; keyCheck still empty.
SyncEncryption newSyncEncryption();
// The limits a package may ask for: a forged header cannot make the reader spend gigabytes.
bool acceptableSyncEncryption(const SyncEncryption &encryption);
qsizetype syncSealedBytes(qsizetype plainBytes);

// The key derived from a passphrase; wiped from memory when it goes.
class SyncKey final
{
public:
    SyncKey(const QString &passphrase, const SyncEncryption &encryption);
    ~SyncKey();
    Q_DISABLE_COPY_MOVE(SyncKey)

    QByteArray check() const;
    bool matches(const SyncEncryption &encryption) const;
    QByteArray seal(const QByteArray &plain, const QByteArray &associatedData, const QByteArray &nonce) const;
    // Empty when the ciphertext or its associated data was altered.
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &associatedData,
                                   const QByteArray &nonce) const;

private:
    std::array<unsigned char, 32> m_key{};
    std::array<unsigned char, 16> m_check{};
};

} // namespace crm
