// The sync package reader (parseSyncPackage: framing, signature, header, encryption settings,
// changes) on arbitrary bytes. A package comes on a USB stick from another computer: whatever it
// holds, reading it throws crm::Error or returns a package that the writer writes back unchanged.
//
// Each input is read twice: as it is (the signature check refuses almost every mutation), and
// re-framed and re-signed with this process's key, so that the mutated header and body reach the
// parser behind the signature. Encrypted packages stop where the passphrase would be needed (no
// passphrase is given: deriving a key costs 64 MiB and a tenth of a second).
#include "domain/error.h"
#include "fuzzsupport.h"
#include "sync/syncheadercodec.h"
#include "sync/syncpackage.h"
#include "sync/syncpackageformat.h"
#include "sync/syncsigning.h"

#include <QtEndian>
#include <algorithm>

using namespace Qt::StringLiterals;
using crm::fuzz::require;
using crm::fuzz::violated;

namespace {

const crm::SyncSigner &signer()
{
    static const crm::SyncSigner instance = crm::SyncSigner::generate();
    return instance;
}

const QString kPath = u"fuzz.crmsync"_s;

// The bytes with their lengths made consistent (the header length kept when it fits) and signed.
QByteArray reframed(const QByteArray &bytes)
{
    if (bytes.size() < crm::kSyncPrefixBytes + crm::kSyncTrailerBytes) {
        return {};
    }
    const qsizetype content = bytes.size() - crm::kSyncPrefixBytes - crm::kSyncTrailerBytes;
    const qsizetype announced = qFromBigEndian<quint32>(bytes.constData() + 12);
    const qsizetype headerBytes = std::clamp<qsizetype>(announced, 1, std::max<qsizetype>(content, 1));
    if (content < 1 || headerBytes > crm::kSyncMaxHeaderBytes) {
        return {};
    }
    QByteArray framed = crm::syncPackagePrefix(headerBytes, content - headerBytes);
    framed += bytes.sliced(crm::kSyncPrefixBytes, content);
    return framed + crm::syncPackageTrailer(framed, signer());
}

void checkEncryptionRoundTrip(const crm::SyncHeaderFields &decoded)
{
    const QByteArray again = crm::encodeSyncHeader(decoded.header, decoded.encryption);
    crm::SyncHeaderFields reread;
    try {
        reread = crm::decodeSyncHeader(again, kPath);
    } catch (const crm::Error &) {
        violated("a header the codec read, written again, is refused");
    }
    require(reread.header == decoded.header, "a header read, written and read again changes");
    require(reread.encryption.has_value() == decoded.encryption.has_value(), "encryption settings appear or vanish");
    if (decoded.encryption) {
        const crm::SyncEncryption &a = *decoded.encryption;
        const crm::SyncEncryption &b = *reread.encryption;
        require(a.salt == b.salt && a.nonce == b.nonce && a.keyCheck == b.keyCheck && a.opsLimit == b.opsLimit &&
                    a.memLimit == b.memLimit,
                "encryption settings change when written again");
    }
}

// The expectations of a replica of the database the header names (found, when it can be, so that
// the parser goes on past the database check).
crm::SyncPackageExpectations expectationsFor(const QByteArray &bytes)
{
    crm::SyncPackageExpectations expectations;
    expectations.databaseId = u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"_s;
    expectations.maxSchemaVersion = 1000;
    expectations.trust = [](const crm::SyncPackageHeader &, const QByteArray &signerKey) {
        require(signerKey.size() == crm::kSyncPublicKeyBytes, "the trust check is given a key of the wrong size");
    };
    try {
        const crm::SyncPackageFrame frame = crm::unframeSyncPackage(bytes, kPath);
        require(frame.signerKey.size() == crm::kSyncPublicKeyBytes, "a verified frame has no public key");
        const crm::SyncHeaderFields decoded = crm::decodeSyncHeader(frame.header, kPath);
        require(decoded.encryption.has_value() == decoded.header.encrypted, "encryption settings without the flag");
        checkEncryptionRoundTrip(decoded);
        expectations.databaseId = decoded.header.databaseId;
    } catch (const crm::Error &) {
    }
    return expectations;
}

void readOne(const QByteArray &bytes)
{
    const crm::SyncPackageExpectations expectations = expectationsFor(bytes);
    crm::SyncPackage package;
    try {
        package = crm::parseSyncPackage(bytes, kPath, expectations);
    } catch (const crm::Error &error) {
        require(!error.message().isEmpty(), "a package is refused without a message");
        crm::fuzz::note(error.message());
        return;
    }
    crm::fuzz::note(u"read %1 changes"_s.arg(package.changes.size()));
    require(!package.header.encrypted, "an encrypted package is read without a passphrase");
    require(package.header.changeCount == package.changes.size(), "the header's count is not the changes'");

    // What was read is written back by the writer, and reads back the same.
    crm::EncodedSyncPackage written;
    try {
        written = crm::encodeSyncPackage(package.header, package.changes, signer());
    } catch (const crm::Error &) {
        violated("the writer refuses a package the reader accepted");
    }
    require(written.header == package.header, "the writer changes a header the reader accepted");
    crm::SyncPackage reread;
    try {
        reread = crm::parseSyncPackage(written.bytes, kPath, expectations);
    } catch (const crm::Error &) {
        violated("a package written from one read is refused");
    }
    require(reread.header == package.header, "a package's header changes when written again");
    require(reread.changes == package.changes, "a package's changes change when written again");
    require(reread.signerKey == signer().publicKey(), "the signer's key is not the one that signed");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const QByteArray bytes = crm::fuzz::bytesOf(data, size);
        readOne(bytes);
        if (const QByteArray signedAgain = reframed(bytes); !signedAgain.isEmpty()) {
            readOne(signedAgain);
        }
    } catch (const crm::Error &) {
        violated("crm::Error escaped the harness");
    } catch (...) {
        violated("an exception other than crm::Error");
    }
    return 0;
}
