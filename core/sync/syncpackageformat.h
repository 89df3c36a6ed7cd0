#pragma once

#include <QByteArray>
#include <QString>

namespace crm {

// The byte layout of a sync package file, all integers big-endian:
//   0   8  magic "DCRMSYNC"
//   8   4  format version
//   12  4  header length H (at most kSyncMaxHeaderBytes)
//   16  8  body length B (at most kSyncMaxBodyBytes)
//   24  H  header: UTF-8 JSON
//   .   B  body: UTF-8 JSON, or its XChaCha20-Poly1305 ciphertext
//   .  32  SHA-256 of everything before it
inline constexpr qsizetype kSyncPrefixBytes = 24;
inline constexpr qsizetype kSyncChecksumBytes = 32;
inline constexpr qsizetype kSyncMaxHeaderBytes = 64 * 1024;
inline constexpr qsizetype kSyncMaxBodyBytes = 128 * 1024 * 1024;

// The fixed-size start of a package that announces the lengths of what follows.
QByteArray syncPackagePrefix(qsizetype headerBytes, qsizetype bodyBytes);
QByteArray syncPackageChecksum(const QByteArray &bytes);

// A package file split into its parts after its framing and checksum were verified.
struct SyncPackageFrame
{
    int formatVersion = 0;
    QByteArray prefixAndHeader; // what the encryption authenticates along with the body
    QByteArray header;
    QByteArray body;
};

// Reads at most the largest possible package; a missing, unreadable or oversized file throws.
QByteArray readSyncPackageFile(const QString &path);
// Checks the magic, the format version, the lengths and the checksum before anything is parsed.
SyncPackageFrame unframeSyncPackage(const QByteArray &bytes, const QString &path);

} // namespace crm
