#include "syncsigning.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <sodium.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct SyncPackageTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncPackage)
};

static_assert(crypto_sign_PUBLICKEYBYTES == kSyncPublicKeyBytes);
static_assert(crypto_sign_BYTES == kSyncSignatureBytes);

void initSodium()
{
    static const int status = sodium_init();
    if (status < 0) {
        throw Error(Error::Kind::Invalid, SyncPackageTr::tr("The encryption library could not be initialised."));
    }
}

const unsigned char *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}
} // namespace

SyncSigner SyncSigner::generate()
{
    initSodium();
    SyncSigner signer;
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    signer.m_secret = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                        reinterpret_cast<unsigned char *>(signer.m_secret.data()));
    return signer;
}

SyncSigner SyncSigner::fromStored(const QString &text)
{
    initSodium();
    SyncSigner signer;
    signer.m_secret = QByteArray::fromBase64(text.toLatin1());
    if (signer.m_secret.size() != crypto_sign_SECRETKEYBYTES) {
        throw Error(Error::Kind::Database, SyncPackageTr::tr("This database's sync signing key is damaged; prepare "
                                                             "this replica again from the office database."));
    }
    return signer;
}

SyncSigner::~SyncSigner()
{
    wipe(m_secret);
}

SyncSigner::SyncSigner(SyncSigner &&other) noexcept : m_secret(std::exchange(other.m_secret, {})) {}

SyncSigner &SyncSigner::operator=(SyncSigner &&other) noexcept
{
    if (this != &other) {
        wipe(m_secret);
        m_secret = std::exchange(other.m_secret, {});
    }
    return *this;
}

QString SyncSigner::storedText() const
{
    return QString::fromLatin1(m_secret.toBase64());
}

QByteArray SyncSigner::publicKey() const
{
    QByteArray key(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(key.data()), bytesOf(m_secret));
    return key;
}

QByteArray SyncSigner::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytesOf(message),
                         static_cast<unsigned long long>(message.size()), bytesOf(m_secret));
    return signature;
}

bool verifySyncSignature(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    initSodium();
    return signature.size() == crypto_sign_BYTES && publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(bytesOf(signature), bytesOf(message),
                                       static_cast<unsigned long long>(message.size()), bytesOf(publicKey)) == 0;
}

QByteArray syncCertificateMessage(const QString &databaseId, const QString &replicaId, const QByteArray &publicKey)
{
    // Domain-separated so a certificate can never be mistaken for a package signature.
    return "delegates-crm replica key v1\n" + databaseId.toUtf8() + '\n' + replicaId.toUtf8() + '\n' + publicKey;
}

QString syncKeyText(const QByteArray &publicKey)
{
    return QString::fromLatin1(publicKey.toBase64());
}

QByteArray syncKeyFromText(const QString &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == kSyncPublicKeyBytes ? decoded.decoded : QByteArray();
}

} // namespace crm
