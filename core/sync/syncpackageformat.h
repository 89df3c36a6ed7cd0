#pragma once

#include "sync/syncsigning.h"

#include <QByteArray>
#include <QString>
#include <chrono>

namespace crm {

// The byte layout of a sync package file, all integers big-endian:
//   0   8  magic "DCRMSYNC"
//   8   4  format version
//   12  4  header length H (at most kSyncMaxHeaderBytes)
//   16  8  body length B (at most kSyncMaxBodyBytes)
//   24  H  header: UTF-8 JSON
//   .   B  body: UTF-8 JSON, or its XChaCha20-Poly1305 ciphertext
//   .  32  the signer's Ed25519 public key
//   .  64  its Ed25519 signature of everything before it (format 1 had a plain SHA-256 here, which
//          anyone could recompute after altering the package)
inline constexpr qsizetype kSyncPrefixBytes = 24;
inline constexpr qsizetype kSyncTrailerBytes = 32 + 64;
inline constexpr qsizetype kSyncMaxHeaderBytes = 64 * 1024;
inline constexpr qsizetype kSyncMaxBodyBytes = 128 * 1024 * 1024;

// The fixed-size start of a package that announces the lengths of what follows.
QByteArray syncPackagePrefix(qsizetype headerBytes, qsizetype bodyBytes);
// The signer's public key and signature that end a package whose other bytes are signed.
QByteArray syncPackageTrailer(const QByteArray &signedBytes, const SyncSigner &signer);

// A package file split into its parts after its framing and signature were verified (the signer's
// key is not trusted yet: the reader checks it against the sender's).
struct SyncPackageFrame
{
    int formatVersion = 0;
    QByteArray signerKey;
    QByteArray prefixAndHeader; // what the encryption authenticates along with the body
    QByteArray header;
    QByteArray body;
};

// Reads at most the largest possible package; a missing, unreadable or oversized file throws. A
// pipe or FIFO (a package given as /dev/stdin) is read until its writer closes it, and refused when
// nothing arrives through it for idle.
QByteArray readSyncPackageFile(const QString &path, std::chrono::milliseconds idle = std::chrono::seconds(30));
// Checks the magic, the format version, the lengths and the signature before anything is parsed.
SyncPackageFrame unframeSyncPackage(const QByteArray &bytes, const QString &path);

} // namespace crm
