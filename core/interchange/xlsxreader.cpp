#include "xlsxreader.h"

#include "domain/error.h"
#include "interchange/xlsxsheet.h"
#include "interchange/xlsxworkbook.h"
#include "interchange/ziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::interchange {
namespace {

// lupdate cannot resolve XlsxReader::tr() from a free function: this files the texts under the right context.
struct XlsxReaderTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::XlsxReader)
};

// Unqualified return types: lupdate takes "xlsx::Workbook f()" for a member of xlsx and loses the context.
using PartSource = xlsx::PartSource;
using Workbook = xlsx::Workbook;

[[noreturn]] void refuse(const QString &message)
{
    throw Error(Error::Kind::Invalid, message);
}

Workbook openWorkbook(const PartSource &parts, const QString &displayName)
{
    xlsx::Workbook workbook = xlsx::readWorkbook(parts, displayName);
    if (workbook.sheets.isEmpty()) {
        refuse(XlsxReaderTr::tr("%1 is damaged: its workbook lists no sheets.").arg(displayName));
    }
    return workbook;
}

Table readFrom(const xlsx::PartSource &parts, const QString &displayName, const QString &sheetName)
{
    const xlsx::Workbook workbook = openWorkbook(parts, displayName);
    const xlsx::SheetEntry *sheet = &workbook.sheets.constFirst();
    if (!sheetName.isEmpty()) {
        // Excel keeps sheet names unique without regard to case, so "contacts" finds "Contacts".
        const auto found = std::find_if(workbook.sheets.cbegin(), workbook.sheets.cend(), [&](const auto &s) {
            return s.name.compare(sheetName, Qt::CaseInsensitive) == 0;
        });
        if (found == workbook.sheets.cend()) {
            QStringList names;
            for (const xlsx::SheetEntry &s : workbook.sheets) {
                names << XlsxReaderTr::tr("“%1”").arg(s.name);
            }
            throw Error::notFound(XlsxReaderTr::tr("%1 has no sheet named “%2”. Its sheets are %3.")
                                      .arg(displayName, sheetName, QLocale().createSeparatedList(names)));
        }
        sheet = &*found;
    }
    if (!sheet->worksheet) {
        refuse(XlsxReaderTr::tr("Sheet “%1” of %2 is a chart, not a sheet of cells.").arg(sheet->name, displayName));
    }
    const std::optional<QByteArray> bytes = sheet->part.isEmpty() ? std::nullopt : parts(sheet->part);
    if (!bytes) {
        refuse(
            XlsxReaderTr::tr("%1 is damaged: the cells of its sheet “%2” are missing.").arg(displayName, sheet->name));
    }
    xlsx::SheetContext context;
    context.displayName = displayName;
    context.part = sheet->part;
    context.sheetName = sheet->name;
    context.date1904 = workbook.date1904;
    context.sharedStrings = xlsx::readSharedStrings(workbook, parts);
    context.dateStyles = xlsx::readDateStyles(workbook, parts);
    return xlsx::readSheet(context, *bytes);
}

// The package inside the bytes, or a refusal that says what the file is instead.
PartSource zipSource(const ZipArchive &zip, const QByteArray &bytes, const QString &displayName)
{
    if (bytes.isEmpty()) {
        refuse(XlsxReaderTr::tr("%1 is empty.").arg(displayName));
    }
    // The OLE2 compound file: Excel 97-2003's .xls, and also what Excel makes of an .xlsx it encrypts.
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        refuse(XlsxReaderTr::tr("%1 is an Excel 97-2003 workbook (.xls) or a password-protected one. Open it in "
                                "the spreadsheet program and save it as an Excel Workbook (.xlsx) without a "
                                "password.")
                   .arg(displayName));
    }
    if (!zip.isOpen()) {
        refuse(XlsxReaderTr::tr("%1 is not an Excel workbook (.xlsx): an .xlsx file is a zip archive, and this "
                                "file is not one. Open it in the spreadsheet program and save it as an Excel "
                                "Workbook (.xlsx).")
                   .arg(displayName));
    }
    return [&zip](const QString &name) -> std::optional<QByteArray> {
        if (!zip.contains(name)) {
            return std::nullopt;
        }
        return zip.read(name, XlsxReader::kMaxPartBytes);
    };
}

} // namespace

Table XlsxReader::readFile(const QString &path, const QString &sheet)
{
    const QString displayName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists()) {
        throw Error::notFound(tr("Cannot read %1: the file does not exist.").arg(QDir::toNativeSeparators(path)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Invalid,
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > kMaxPartBytes) {
        refuse(tr("%1 is refused: it is larger than %2 MB, more than any list of records needs.")
                   .arg(displayName, QLocale().toString(kMaxPartBytes / (1024 * 1024))));
    }
    return read(file.readAll(), displayName, sheet);
}

Table XlsxReader::read(const QByteArray &bytes, const QString &displayName, const QString &sheet)
{
    const ZipArchive zip(bytes, displayName);
    return readFrom(zipSource(zip, bytes, displayName), displayName, sheet);
}

QStringList XlsxReader::sheetNames(const QByteArray &bytes, const QString &displayName)
{
    const ZipArchive zip(bytes, displayName);
    QStringList names;
    for (const xlsx::SheetEntry &sheet : openWorkbook(zipSource(zip, bytes, displayName), displayName).sheets) {
        names << sheet.name;
    }
    return names;
}

Table XlsxReader::readParts(const QHash<QString, QByteArray> &parts, const QString &displayName, const QString &sheet)
{
    return readFrom(
        [&parts](const QString &name) -> std::optional<QByteArray> {
            const auto found = parts.constFind(name);
            if (found == parts.cend()) {
                return std::nullopt;
            }
            if (found->size() > kMaxPartBytes) {
                refuse(tr("A part of the workbook is larger than %1 MB.").arg(kMaxPartBytes / (1024 * 1024)));
            }
            return *found;
        },
        displayName, sheet);
}

} // namespace crm::interchange
