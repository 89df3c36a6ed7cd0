#include "ziparchive.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cstring>
#include <unzip.h>

using namespace Qt::StringLiterals;

namespace crm::interchange {
namespace {
struct XlsxZipTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::XlsxReader)
};

// OPC part names are case-insensitive (ECMA-376 part 2, 8.1.1.3); minizip's 2 means "ignore case".
constexpr int kIgnoreCase = 2;

[[noreturn]] void refuse(const QString &message)
{
    throw Error(Error::Kind::Invalid, message);
}
} // namespace

// The bytes minizip reads through its I/O callbacks: the archive stays in memory, so the reader
// works on what a caller (or the fuzzer) hands it, not only on files.
struct ZipArchive::Source
{
    QByteArray bytes;
    qint64 position = 0;
    bool opened = false;

    static voidpf open(voidpf opaque, const void *, int mode)
    {
        auto *source = static_cast<Source *>(opaque);
        if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ) {
            return nullptr;
        }
        source->position = 0;
        source->opened = true;
        return source;
    }
    static uLong read(voidpf, voidpf stream, void *buffer, uLong size)
    {
        auto *source = static_cast<Source *>(stream);
        const qint64 left = std::max<qint64>(0, source->bytes.size() - source->position);
        const auto count = static_cast<uLong>(std::min<qint64>(left, static_cast<qint64>(size)));
        if (count > 0) {
            std::memcpy(buffer, source->bytes.constData() + source->position, count);
        }
        source->position += count;
        return count;
    }
    static uLong write(voidpf, voidpf, const void *, uLong) { return 0; }
    static ZPOS64_T tell(voidpf, voidpf stream)
    {
        return static_cast<ZPOS64_T>(static_cast<Source *>(stream)->position);
    }
    static long seek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
    {
        auto *source = static_cast<Source *>(stream);
        qint64 base = 0;
        switch (origin) {
        case ZLIB_FILEFUNC_SEEK_SET:
            base = 0;
            break;
        case ZLIB_FILEFUNC_SEEK_CUR:
            base = source->position;
            break;
        case ZLIB_FILEFUNC_SEEK_END:
            base = source->bytes.size();
            break;
        default:
            return -1;
        }
        if (offset > static_cast<ZPOS64_T>(source->bytes.size())) {
            return -1;
        }
        const qint64 target = base + static_cast<qint64>(offset);
        if (target < 0 || target > source->bytes.size()) {
            return -1;
        }
        source->position = target;
        return 0;
    }
    static int close(voidpf, voidpf) { return 0; }
    static int error(voidpf, voidpf) { return 0; }
};

ZipArchive::ZipArchive(const QByteArray &bytes, const QString &displayName)
    : m_source(std::make_unique<Source>()), m_displayName(displayName)
{
    m_source->bytes = bytes;
    zlib_filefunc64_def functions{};
    functions.zopen64_file = &Source::open;
    functions.zread_file = &Source::read;
    functions.zwrite_file = &Source::write;
    functions.ztell64_file = &Source::tell;
    functions.zseek64_file = &Source::seek;
    functions.zclose_file = &Source::close;
    functions.zerror_file = &Source::error;
    functions.opaque = m_source.get();
    m_zip = unzOpen2_64("memory", &functions);
}

ZipArchive::~ZipArchive()
{
    if (m_zip) {
        unzClose(m_zip);
    }
}

bool ZipArchive::isOpen() const
{
    return m_zip != nullptr;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_zip && unzLocateFile(m_zip, name.toUtf8().constData(), kIgnoreCase) == UNZ_OK;
}

QByteArray ZipArchive::read(const QString &name, qint64 maxBytes) const
{
    const auto damaged = [&] {
        refuse(XlsxZipTr::tr("%1 is damaged: its part %2 cannot be unpacked.").arg(m_displayName, name));
    };
    const auto tooLarge = [&] {
        refuse(XlsxZipTr::tr("%1 is refused: its part %2 unpacks to more than %3 MB, more than any list of "
                             "records needs (a damaged or malicious file).")
                   .arg(m_displayName, name, QLocale().toString(maxBytes / (1024 * 1024))));
    };
    if (!contains(name)) {
        refuse(XlsxZipTr::tr("%1 is damaged: its part %2 is missing.").arg(m_displayName, name));
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        damaged();
    }
    if (info.flag & 1U) {
        refuse(XlsxZipTr::tr("%1 is encrypted: open it in the spreadsheet program and save it without a "
                             "password.")
                   .arg(m_displayName));
    }
    // The declared size is only a hint (a hostile file can lie): the inflated bytes are counted too.
    if (info.uncompressed_size > static_cast<ZPOS64_T>(maxBytes)) {
        tooLarge();
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        damaged();
    }
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(std::min<ZPOS64_T>(info.uncompressed_size, 1U << 20)));
    char buffer[64 * 1024];
    for (;;) {
        const int count = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
        if (count < 0) {
            unzCloseCurrentFile(m_zip);
            damaged();
        }
        if (count == 0) {
            break;
        }
        if (bytes.size() + count > maxBytes) {
            unzCloseCurrentFile(m_zip);
            tooLarge();
        }
        bytes.append(buffer, count);
    }
    // UNZ_CRCERROR: the part was read to its end but its checksum does not match.
    if (unzCloseCurrentFile(m_zip) != UNZ_OK) {
        damaged();
    }
    return bytes;
}

} // namespace crm::interchange
