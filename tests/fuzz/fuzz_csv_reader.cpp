// The CSV/TSV reader (readCsv, with decodeText under it) on arbitrary bytes: a file an officer
// picks to import. Whatever the bytes, it returns a well-formed Table or throws crm::Error, and a
// Table it returns, written out again as CSV, reads back the same.
#include "domain/error.h"
#include "fuzzsupport.h"
#include "interchange/csvreader.h"
#include "interchange/textencoding.h"

#include <QSet>

using crm::fuzz::require;
using crm::interchange::Table;

namespace {

QByteArray quoted(const QString &cell)
{
    QString text = cell;
    text.replace(u'"', QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

// The table as RFC 4180 CSV in UTF-8 with a BOM: every name and cell quoted, a null cell empty.
QByteArray writeCsv(const Table &table)
{
    QByteArray out = "\xEF\xBB\xBF";
    QByteArrayList names;
    for (const QString &name : table.header) {
        names << quoted(name);
    }
    out += names.join(',') + "\r\n";
    for (const QVariantList &row : table.rows) {
        QByteArrayList cells;
        for (const QVariant &cell : row) {
            cells << (cell.isNull() ? QByteArray() : quoted(cell.toString()));
        }
        out += cells.join(',') + "\r\n";
    }
    return out;
}

void checkTable(const Table &table)
{
    require(!table.header.isEmpty(), "a table without a header");
    require(!table.rows.isEmpty(), "a table without rows");
    require(table.rows.size() == table.sourceRows.size(), "rows and their lines differ in number");
    QSet<QString> names;
    for (const QString &name : table.header) {
        require(!name.isEmpty() && name == name.trimmed(), "an empty or untrimmed column name");
        require(crm::fuzz::isWellFormed(name), "a column name with half a surrogate pair");
        names.insert(name.toCaseFolded());
    }
    require(names.size() == table.header.size(), "two columns with one name");
    int previousLine = 1; // the header's line at least
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        require(table.sourceRows.at(r) > previousLine, "a row's line is not after the previous one");
        previousLine = table.sourceRows.at(r);
        require(row.size() <= table.header.size(), "a row wider than the header");
        bool filled = false;
        for (const QVariant &cell : row) {
            if (cell.isNull()) {
                continue;
            }
            const QString text = cell.toString();
            require(cell.typeId() == QMetaType::QString && !text.isEmpty(), "a cell that is not null nor text");
            require(text.size() <= crm::interchange::kMaxCsvCellChars, "a cell past the limit");
            require(crm::fuzz::isWellFormed(text) && !text.contains(QChar(u'\0')), "a cell that is not text");
            require(!text.contains(u'\r'), "a cell keeps a carriage return");
            filled = true;
        }
        require(filled, "a blank row was kept");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = crm::fuzz::bytesOf(data, size);
    // The named encodings must refuse or read, never crash.
    for (const char *encoding : {"windows-31j", "UTF-16BE"}) {
        try {
            crm::interchange::decodeText(bytes, QString::fromLatin1(encoding));
        } catch (const crm::Error &error) {
            require(!error.message().isEmpty(), "a refusal without a message");
        }
    }
    Table table;
    try {
        table = crm::interchange::readCsv(bytes);
    } catch (const crm::Error &error) {
        require(!error.message().isEmpty(), "a refusal without a message");
        crm::fuzz::note(error.message());
        return 0;
    }
    checkTable(table);
    crm::interchange::CsvOptions utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    utf8.delimiter = u',';
    const Table again = crm::interchange::readCsv(writeCsv(table), utf8);
    require(again.header == table.header, "the header written again reads differently");
    require(again.rows == table.rows, "the rows written again read differently");
    return 0;
}
