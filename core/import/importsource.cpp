#include "importsource.h"

#include "domain/error.h"
#include "interchange/csvreader.h"
#include "interchange/vcardreader.h"
#include "interchange/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::imports {
namespace {
struct ImportSourceTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::imports::ImportSource)
};

// Larger files are refused before they are read; the CSV reader has the same limit.
constexpr qint64 kMaxFileBytes = interchange::kMaxCsvFileBytes;

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Invalid,
                    ImportSourceTr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > kMaxFileBytes) {
        throw Error(Error::Kind::Invalid, ImportSourceTr::tr("%1 is larger than %2 MB and is not read.")
                                              .arg(QFileInfo(path).fileName())
                                              .arg(kMaxFileBytes / (1024 * 1024)));
    }
    return file.readAll();
}

FileFormat formatByContent(const QByteArray &bytes)
{
    if (bytes.startsWith("PK\x03\x04")) {
        return FileFormat::Xlsx;
    }
    // A card file starts with BEGIN:VCARD once a byte order mark and blank lines are skipped.
    QByteArray head = bytes.left(256);
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
    }
    return head.trimmed().toUpper().startsWith("BEGIN:VCARD") ? FileFormat::VCard : FileFormat::Csv;
}

std::optional<FileFormat> formatByExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s) {
        return FileFormat::Csv;
    }
    if (suffix == u"xlsx"_s) {
        return FileFormat::Xlsx;
    }
    if (suffix == u"vcf"_s || suffix == u"vcard"_s) {
        return FileFormat::VCard;
    }
    return std::nullopt;
}

// The reader's refusal with the file named, for a message that stands alone.
[[noreturn]] void refuse(const QString &fileName, const Error &error)
{
    const QString message = error.message();
    throw Error(Error::Kind::Invalid,
                message.contains(fileName) ? message : ImportSourceTr::tr("%1: %2").arg(fileName, message),
                error.fieldErrors());
}

interchange::Table readTable(const QString &path, FileFormat format, const SourceOptions &options, QStringList &sheets)
{
    const QString fileName = QFileInfo(path).fileName();
    if (format == FileFormat::Csv) {
        interchange::CsvOptions csv;
        csv.encoding = options.encoding;
        return interchange::readCsvFile(path, csv);
    }
    const QByteArray bytes = readBytes(path);
    if (format == FileFormat::Xlsx) {
        sheets = interchange::XlsxReader::sheetNames(bytes, fileName);
        return interchange::XlsxReader::read(bytes, fileName, options.sheet);
    }
    return interchange::VCardReader::read(bytes, options.encoding);
}
} // namespace

ImportSource readSource(const QString &path, const SourceOptions &options)
{
    ImportSource source;
    source.fileName = QFileInfo(path).fileName();
    try {
        if (const std::optional<FileFormat> format = formatByExtension(path)) {
            source.format = *format;
        } else {
            source.format = formatByContent(readBytes(path));
        }
        source.table = readTable(path, source.format, options, source.sheets);
    } catch (const Error &error) {
        refuse(source.fileName, error);
    }
    return source;
}

ImportSource readSources(const QStringList &paths, const SourceOptions &options)
{
    if (paths.size() == 1) {
        return readSource(paths.constFirst(), options);
    }
    if (paths.isEmpty()) {
        throw Error(Error::Kind::Invalid, ImportSourceTr::tr("No file to import."));
    }
    ImportSource all;
    all.fileName = ImportSourceTr::tr("%n files", nullptr, int(paths.size()));
    all.format = FileFormat::VCard;
    all.table.header = interchange::VCardReader::columns();
    QStringList encodings;
    for (const QString &path : paths) {
        const ImportSource one = readSource(path, options);
        if (one.format != FileFormat::VCard) {
            throw Error(Error::Kind::Invalid,
                        ImportSourceTr::tr("%1 is not a vCard file: several files are read together only when "
                                           "all are business cards.")
                            .arg(one.fileName));
        }
        all.table.rows += one.table.rows;
        all.table.sourceRows += one.table.sourceRows;
        for (const QString &note : one.table.notes) {
            all.table.notes << ImportSourceTr::tr("%1: %2").arg(one.fileName, note);
        }
        if (!encodings.contains(one.table.encoding)) {
            encodings << one.table.encoding;
        }
    }
    all.table.encoding = encodings.join(u", "_s);
    return all;
}

} // namespace crm::imports
