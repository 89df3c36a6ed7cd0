#include "syncpackageformat.h"

#include "domain/error.h"
#include "sync/syncpackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QtEndian>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct SyncPackageTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncPackage)
};

constexpr QByteArrayView kMagic("DCRMSYNC");

QString fileName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void refuse(const QString &message)
{
    throw Error(Error::Kind::Invalid, message);
}

[[noreturn]] void refuseTruncated(const QString &path, qsizetype actual, qsizetype expected)
{
    refuse(SyncPackageTr::tr("%1 is incomplete: the file ends after %2 of its %3 bytes. Copy the package again "
                             "from the computer that exported it.")
               .arg(fileName(path))
               .arg(actual)
               .arg(expected));
}

#ifdef Q_OS_UNIX
bool isPipe(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// A pipe (a package given as /dev/stdin) or a named FIFO has no size: it is read until its writer
// closes it. Opened without blocking, so that a FIFO nobody writes into is given up after idle
// instead of waiting forever, and stopped as soon as it carries more than any package can.
QByteArray readPipe(const QString &path, qsizetype largest, std::chrono::milliseconds idle)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        refuse(SyncPackageTr::tr("Cannot read %1: %2").arg(fileName(path), systemError(errno)));
    }
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        pollfd wait{fd, POLLIN, 0};
        const int ready = ::poll(&wait, 1, static_cast<int>(idle.count()));
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready < 0) {
            refuse(SyncPackageTr::tr("Cannot read %1: %2").arg(fileName(path), systemError(errno)));
        }
        if (ready == 0) {
            refuse(SyncPackageTr::tr("Nothing arrived through %1 for %n second(s): no program is writing a sync "
                                     "package into it.",
                                     nullptr, static_cast<int>((idle.count() + 999) / 1000))
                       .arg(fileName(path)));
        }
        const ssize_t count = ::read(fd, buffer, sizeof buffer);
        if (count < 0 && (errno == EAGAIN || errno == EINTR)) {
            continue;
        }
        if (count < 0) {
            refuse(SyncPackageTr::tr("Cannot read %1: %2").arg(fileName(path), systemError(errno)));
        }
        if (count == 0) {
            return bytes; // the writer closed its end
        }
        bytes.append(buffer, count);
        if (bytes.size() > largest) {
            refuse(SyncPackageTr::tr("%1 is larger than any sync package can be.").arg(fileName(path)));
        }
    }
}
#endif

template<typename T>
T readBigEndian(const QByteArray &bytes, qsizetype offset)
{
    return qFromBigEndian<T>(bytes.constData() + offset);
}
} // namespace

QByteArray syncPackagePrefix(qsizetype headerBytes, qsizetype bodyBytes)
{
    QByteArray prefix(kSyncPrefixBytes, Qt::Uninitialized);
    char *out = prefix.data();
    std::copy(kMagic.begin(), kMagic.end(), out);
    qToBigEndian<quint32>(static_cast<quint32>(kSyncPackageFormatVersion), out + 8);
    qToBigEndian<quint32>(static_cast<quint32>(headerBytes), out + 12);
    qToBigEndian<quint64>(static_cast<quint64>(bodyBytes), out + 16);
    return prefix;
}

QByteArray syncPackageTrailer(const QByteArray &signedBytes, const SyncSigner &signer)
{
    const QByteArray key = signer.publicKey();
    return key + signer.sign(signedBytes + key);
}

QByteArray readSyncPackageFile(const QString &path, std::chrono::milliseconds idle)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        throw Error::notFound(SyncPackageTr::tr("Cannot read %1: the file does not exist.").arg(fileName(path)));
    }
    if (QFileInfo(path).isDir()) {
        refuse(SyncPackageTr::tr("Cannot read %1: it is a folder.").arg(fileName(path)));
    }
    constexpr qsizetype largest = kSyncPrefixBytes + kSyncMaxHeaderBytes + kSyncMaxBodyBytes + kSyncTrailerBytes;
#ifdef Q_OS_UNIX
    if (isPipe(path)) {
        return readPipe(path, largest, idle);
    }
#else
    Q_UNUSED(idle)
#endif
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(SyncPackageTr::tr("Cannot read %1: %2").arg(fileName(path), file.errorString()));
    }
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size() > largest) {
        refuse(SyncPackageTr::tr("%1 is larger than any sync package can be.").arg(fileName(path)));
    }
    const QByteArray bytes = file.read(file.size());
    if (bytes.size() != file.size() || file.error() != QFileDevice::NoError) {
        refuse(SyncPackageTr::tr("Cannot read %1: %2").arg(fileName(path), file.errorString()));
    }
    return bytes;
}

SyncPackageFrame unframeSyncPackage(const QByteArray &bytes, const QString &path)
{
    const qsizetype magicSeen = std::min(bytes.size(), kMagic.size());
    if (bytes.isEmpty() || QByteArrayView(bytes).first(magicSeen) != kMagic.first(magicSeen)) {
        refuse(SyncPackageTr::tr("%1 is not a Delegates CRM sync package.").arg(fileName(path)));
    }
    if (bytes.size() < kSyncPrefixBytes) {
        refuseTruncated(path, bytes.size(), kSyncPrefixBytes + kSyncTrailerBytes);
    }

    const quint32 version = readBigEndian<quint32>(bytes, 8);
    if (version == 0) {
        refuse(SyncPackageTr::tr("%1 uses an unknown sync package format (version 0).").arg(fileName(path)));
    }
    if (version < static_cast<quint32>(kSyncPackageFormatVersion)) {
        refuse(SyncPackageTr::tr("%1 was written by an older version of Delegates CRM (package format %2), whose "
                                 "packages were not signed and could be altered on the way. Update Delegates CRM on "
                                 "the computer that exported it and export again.")
                   .arg(fileName(path))
                   .arg(version));
    }
    if (version > static_cast<quint32>(kSyncPackageFormatVersion)) {
        refuse(SyncPackageTr::tr("%1 was written by a newer version of Delegates CRM (package format %2; this "
                                 "version reads format %3). Update Delegates CRM on this computer to import it.")
                   .arg(fileName(path))
                   .arg(version)
                   .arg(kSyncPackageFormatVersion));
    }

    const quint32 headerBytes = readBigEndian<quint32>(bytes, 12);
    const quint64 bodyBytes = readBigEndian<quint64>(bytes, 16);
    if (headerBytes == 0 || headerBytes > static_cast<quint64>(kSyncMaxHeaderBytes)) {
        refuse(SyncPackageTr::tr("%1 is damaged: it announces a header of %2 bytes, which no sync package has.")
                   .arg(fileName(path))
                   .arg(headerBytes));
    }
    if (bodyBytes > static_cast<quint64>(kSyncMaxBodyBytes)) {
        refuse(SyncPackageTr::tr("%1 is damaged: it announces contents of %2 bytes, more than a sync package holds.")
                   .arg(fileName(path))
                   .arg(bodyBytes));
    }
    const qsizetype expected =
        kSyncPrefixBytes + static_cast<qsizetype>(headerBytes) + static_cast<qsizetype>(bodyBytes) + kSyncTrailerBytes;
    if (bytes.size() < expected) {
        refuseTruncated(path, bytes.size(), expected);
    }
    if (bytes.size() > expected) {
        refuse(SyncPackageTr::tr("%1 is damaged: it has %2 bytes after the end of the package.")
                   .arg(fileName(path))
                   .arg(bytes.size() - expected));
    }

    const qsizetype signedBytes = expected - kSyncSignatureBytes;
    if (!verifySyncSignature(bytes.first(signedBytes), bytes.sliced(signedBytes),
                             bytes.sliced(signedBytes - kSyncPublicKeyBytes, kSyncPublicKeyBytes))) {
        refuse(SyncPackageTr::tr("%1 is damaged or was altered: its signature does not match its contents.")
                   .arg(fileName(path)));
    }

    SyncPackageFrame frame;
    frame.formatVersion = static_cast<int>(version);
    frame.signerKey = bytes.sliced(signedBytes - kSyncPublicKeyBytes, kSyncPublicKeyBytes);
    frame.prefixAndHeader = bytes.first(kSyncPrefixBytes + headerBytes);
    frame.header = bytes.sliced(kSyncPrefixBytes, headerBytes);
    frame.body = bytes.sliced(kSyncPrefixBytes + headerBytes, static_cast<qsizetype>(bodyBytes));
    return frame;
}

} // namespace crm
