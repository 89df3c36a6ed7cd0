#include "syncpackagecrypto.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <algorithm>
#include <sodium.h>

namespace crm {
namespace {
struct SyncPackageTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncPackage)
};

static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);

void initSodium()
{
    static const int status = sodium_init(); // thread-safe once; 1 means another caller did it
    if (status < 0) {
        throw Error(Error::Kind::Invalid, SyncPackageTr::tr("The encryption library could not be initialised."));
    }
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

const unsigned char *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}
} // namespace

SyncEncryption newSyncEncryption()
{
    initSodium();
    SyncEncryption encryption;
    encryption.salt = randomBytes(crypto_pwhash_SALTBYTES);
    encryption.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    encryption.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    encryption.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    return encryption;
}

bool acceptableSyncEncryption(const SyncEncryption &encryption)
{
    return encryption.salt.size() == crypto_pwhash_SALTBYTES &&
           encryption.nonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES &&
           encryption.keyCheck.size() == 16 && encryption.opsLimit >= crypto_pwhash_OPSLIMIT_MIN &&
           encryption.opsLimit <= crypto_pwhash_OPSLIMIT_SENSITIVE &&
           encryption.memLimit >= crypto_pwhash_MEMLIMIT_MIN && encryption.memLimit <= crypto_pwhash_MEMLIMIT_MODERATE;
}

qsizetype syncSealedBytes(qsizetype plainBytes)
{
    return plainBytes + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES);
}

SyncKey::SyncKey(const QString &passphrase, const SyncEncryption &encryption)
{
    initSodium();
    if (encryption.salt.size() != crypto_pwhash_SALTBYTES) {
        throw Error(Error::Kind::Invalid, SyncPackageTr::tr("The package's encryption settings are invalid."));
    }
    // NFC, so the same passphrase typed with another input method gives the same key.
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    std::array<unsigned char, 48> derived{};
    const int status =
        crypto_pwhash(derived.data(), derived.size(), secret.constData(),
                      static_cast<unsigned long long>(secret.size()), bytesOf(encryption.salt), encryption.opsLimit,
                      static_cast<std::size_t>(encryption.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), static_cast<std::size_t>(secret.size()));
    if (status != 0) {
        sodium_memzero(derived.data(), derived.size());
        throw Error(Error::Kind::Invalid,
                    SyncPackageTr::tr("There is not enough memory to derive the key from the passphrase."));
    }
    std::copy(derived.begin(), derived.begin() + 32, m_key.begin());
    std::copy(derived.begin() + 32, derived.end(), m_check.begin());
    sodium_memzero(derived.data(), derived.size());
}

SyncKey::~SyncKey()
{
    sodium_memzero(m_key.data(), m_key.size());
    sodium_memzero(m_check.data(), m_check.size());
}

QByteArray SyncKey::check() const
{
    return QByteArray(reinterpret_cast<const char *>(m_check.data()), static_cast<qsizetype>(m_check.size()));
}

bool SyncKey::matches(const SyncEncryption &encryption) const
{
    return encryption.keyCheck.size() == static_cast<qsizetype>(m_check.size()) &&
           sodium_memcmp(m_check.data(), encryption.keyCheck.constData(), m_check.size()) == 0;
}

QByteArray SyncKey::seal(const QByteArray &plain, const QByteArray &associatedData, const QByteArray &nonce) const
{
    QByteArray sealed(syncSealedBytes(plain.size()), Qt::Uninitialized);
    unsigned long long sealedBytes = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.data()), &sealedBytes, bytesOf(plain),
        static_cast<unsigned long long>(plain.size()), bytesOf(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nullptr, bytesOf(nonce), m_key.data());
    sealed.truncate(static_cast<qsizetype>(sealedBytes));
    return sealed;
}

std::optional<QByteArray> SyncKey::open(const QByteArray &sealed, const QByteArray &associatedData,
                                        const QByteArray &nonce) const
{
    if (sealed.size() < static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES) ||
        nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES) {
        return std::nullopt;
    }
    QByteArray plain(sealed.size(), Qt::Uninitialized);
    unsigned long long plainBytes = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &plainBytes, nullptr, bytesOf(sealed),
            static_cast<unsigned long long>(sealed.size()), bytesOf(associatedData),
            static_cast<unsigned long long>(associatedData.size()), bytesOf(nonce), m_key.data()) != 0) {
        return std::nullopt;
    }
    plain.truncate(static_cast<qsizetype>(plainBytes));
    return plain;
}

} // namespace crm
