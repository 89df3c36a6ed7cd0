#include "xlsxexport.h"

#include "domain/error.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace crm::interchange {
namespace {

constexpr double kMinColumnWidth = 6.0;

// Width in Excel's character units: East Asian wide characters take two.
double displayWidth(const QString &text)
{
    double width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2.0 : 1.0;
    }
    return width;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return std::isfinite(value.toDouble());
    default:
        return false;
    }
}

// What a cell shows, for its column's width.
double cellWidth(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return 10.0;
    case QMetaType::QDateTime:
        return 16.0;
    case QMetaType::Bool:
        return 5.0;
    default:
        break;
    }
    if (isNumber(value)) {
        return static_cast<double>(QString::number(value.toDouble(), 'g', 15).size());
    }
    double widest = 0;
    for (const QString &line : value.toString().split(u'\n')) {
        widest = std::max(widest, displayWidth(line));
    }
    return widest;
}

bool isDate(const QVariant &value)
{
    return value.typeId() == QMetaType::QDate || value.typeId() == QMetaType::QDateTime;
}

// Excel's dates run from 1900 to 9999; anything else (or an invalid date) goes out as ISO 8601 text.
bool excelCanDate(const QVariant &value)
{
    const QDate date = value.typeId() == QMetaType::QDate ? value.toDate() : value.toDateTime().date();
    return date.isValid() && date.year() >= 1900 && date.year() <= 9999;
}

lxw_datetime excelDateTime(const QDate &date, const QTime &time)
{
    return {date.year(), date.month(), date.day(), time.hour(), time.minute(), time.second() + time.msec() / 1000.0};
}

} // namespace

QString XlsxWriter::sheetNameFor(const QString &wanted)
{
    QString name;
    for (const QChar c : wanted) {
        name += QStringView(u"[]:*?/\\").contains(c) || c.category() == QChar::Other_Control ? u'_' : c;
    }
    // Excel counts UTF-16 units; never cut a surrogate pair in two.
    if (name.size() > 31) {
        name.truncate(name.at(30).isHighSurrogate() ? 30 : 31);
    }
    while (name.startsWith(u'\'')) {
        name.remove(0, 1);
    }
    while (name.endsWith(u'\'')) {
        name.chop(1);
    }
    if (name.trimmed().isEmpty() || name.compare("History"_L1, Qt::CaseInsensitive) == 0) {
        name = name.trimmed().isEmpty() ? u"Sheet1"_s : name + u"_"_s; // "History" is reserved by Excel
    }
    return name;
}

void XlsxWriter::write(const QString &path, const Table &table, const QString &sheetName)
{
    write(path, table.header, table.rows, sheetName);
}

void XlsxWriter::write(const QString &path, const QStringList &header, const QList<QVariantList> &rows,
                       const QString &sheetName)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &why) {
        throw Error(Error::Kind::Invalid, tr("Could not write %1: %2").arg(shownPath, why));
    };
    qsizetype columns = header.size();
    for (const QVariantList &row : rows) {
        columns = std::max(columns, row.size());
    }
    if (rows.size() + 1 > 1'048'576 || columns > 16'384) {
        fail(tr("an Excel sheet holds at most 1,048,576 rows and 16,384 columns."));
    }

    // Written beside the target, then moved over it: a failure never leaves half a file at path.
    const QFileInfo target(path);
    QTemporaryFile partial(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX"_s);
    if (!partial.open()) {
        fail(partial.errorString());
    }
    partial.close();
    const QByteArray partialName = QFile::encodeName(partial.fileName());
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());

    lxw_workbook_options options{};
    // Rows go straight to a temporary file instead of memory: 100,000 records stay small.
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(partialName.constData(), &options);
    if (!workbook) {
        fail(tr("the spreadsheet library could not start."));
    }
    bool closed = false;
    const auto closeOnThrow = qScopeGuard([&] {
        if (!closed) {
            workbook_close(workbook);
        }
    });
    const QByteArray name = sheetNameFor(sheetName).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
    if (!sheet) {
        fail(tr("the sheet name “%1” is not allowed.").arg(sheetName));
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *dateTimeFormat = workbook_add_format(workbook);
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm");

    // Widths first: in constant-memory mode the column layout precedes the rows in the file.
    QList<double> widths(columns, kMinColumnWidth);
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = std::max(widths[c], displayWidth(header.at(c)) * 1.1 + 2.0); // bold is wider
    }
    for (const QVariantList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], cellWidth(row.at(c)) + 2.0);
        }
    }
    for (qsizetype c = 0; c < columns; ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        worksheet_set_column(sheet, column, column, std::min(widths[c], kMaxColumnWidth), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    const auto check = [&](lxw_error error, qsizetype row, qsizetype column) {
        if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
            fail(tr("the text in row %1, column %2 is longer than the %3 characters an Excel cell holds.")
                     .arg(row + 1)
                     .arg(column + 1)
                     .arg(kMaxCellChars));
        }
        if (error != LXW_NO_ERROR) {
            fail(QString::fromUtf8(lxw_strerror(error)));
        }
    };
    const auto writeText = [&](lxw_row_t r, lxw_col_t c, const QString &text, lxw_format *format) {
        if (text.size() > kMaxCellChars) {
            check(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, r, c);
        }
        // worksheet_write_string() never makes a formula of "=...", unlike worksheet_write()-style guessing.
        check(worksheet_write_string(sheet, r, c, text.toUtf8().constData(), format), r, c);
    };
    for (qsizetype c = 0; c < header.size(); ++c) {
        writeText(0, static_cast<lxw_col_t>(c), header.at(c), bold);
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        const QVariantList &cells = rows.at(r);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QVariant &value = cells.at(c);
            const auto column = static_cast<lxw_col_t>(c);
            if (value.isNull() || !value.isValid()) {
                continue;
            }
            if (isDate(value) && !excelCanDate(value)) {
                writeText(row, column,
                          value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate)
                                                             : value.toDateTime().toString(Qt::ISODate),
                          nullptr);
            } else if (value.typeId() == QMetaType::QDate) {
                lxw_datetime when = excelDateTime(value.toDate(), QTime(0, 0));
                check(worksheet_write_datetime(sheet, row, column, &when, dateFormat), row, column);
            } else if (value.typeId() == QMetaType::QDateTime) {
                const QDateTime moment = value.toDateTime();
                lxw_datetime when = excelDateTime(moment.date(), moment.time());
                check(worksheet_write_datetime(sheet, row, column, &when, dateTimeFormat), row, column);
            } else if (value.typeId() == QMetaType::Bool) {
                check(worksheet_write_boolean(sheet, row, column, value.toBool(), nullptr), row, column);
            } else if (isNumber(value)) {
                check(worksheet_write_number(sheet, row, column, value.toDouble(), nullptr), row, column);
            } else if (const QString text = value.toString(); !text.isEmpty()) {
                writeText(row, column, text, nullptr);
            }
        }
    }
    closed = true;
    if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
        fail(QString::fromUtf8(lxw_strerror(error)));
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial.fileName()).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), error);
    if (error) {
        fail(QString::fromLocal8Bit(error.message()));
    }
    partial.setAutoRemove(false);
}

} // namespace crm::interchange
