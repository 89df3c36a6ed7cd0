#include "csvreader.h"

#include "domain/error.h"
#include "textencoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crm::interchange {
namespace {
struct CsvReaderTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::CsvReader)
};

[[noreturn]] void refuse(const QString &message)
{
    throw Error(Error::Kind::Invalid, message);
}

constexpr QChar kQuote = u'"';

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

struct Record
{
    QStringList fields;
    int line = 1; // where it starts
};

// RFC 4180 records one at a time, counting physical lines (CRLF, LF or a lone CR each end one).
class RecordReader final
{
public:
    RecordReader(QStringView text, QChar delimiter, qsizetype maxCell)
        : m_text(text), m_delimiter(delimiter), m_maxCell(maxCell)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    // The next record; call only when not atEnd().
    Record next()
    {
        Record record{{}, m_line};
        while (true) {
            record.fields << field(record.fields.size() + 1);
            if (atEnd()) {
                return record;
            }
            const QChar c = m_text[m_pos];
            if (c == m_delimiter) {
                ++m_pos;
                continue; // a delimiter at the very end still opens one last, empty field
            }
            skipLineBreak();
            return record;
        }
    }

private:
    void skipLineBreak()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n') {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }

    void checkLength(qsizetype length, int line, qsizetype column) const
    {
        if (length > m_maxCell) {
            refuse(CsvReaderTr::tr("Line %1, column %2: the cell is longer than %3 characters, far more than any "
                                   "field holds. If it starts with a quote (\"), check that the quote is closed.")
                       .arg(line)
                       .arg(column)
                       .arg(QLocale().toString(m_maxCell)));
        }
    }

    QString field(qsizetype column)
    {
        QString value;
        const int line = m_line;
        if (!atEnd() && m_text[m_pos] == kQuote) {
            ++m_pos;
            quoted(value, line, column);
        }
        // Unquoted text, or what follows a closing quote before the delimiter (kept, as Excel does).
        const qsizetype start = m_pos;
        while (!atEnd() && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos])) {
            ++m_pos;
        }
        checkLength(value.size() + (m_pos - start), line, column); // before copying a huge cell
        value += m_text.sliced(start, m_pos - start);
        return value;
    }

    void quoted(QString &value, int line, qsizetype column)
    {
        qsizetype run = m_pos; // start of the plain characters not yet copied
        while (true) {
            if (atEnd()) {
                refuse(CsvReaderTr::tr("Line %1, column %2: a quote (\") opens a cell that is never closed; the "
                                       "file ends inside it. Close the quote or remove it.")
                           .arg(line)
                           .arg(column));
            }
            const QChar c = m_text[m_pos];
            if (c != kQuote && !isLineBreak(c)) {
                ++m_pos;
                if (m_pos - run > m_maxCell) {
                    checkLength(value.size() + m_pos - run, line, column);
                }
                continue;
            }
            value += m_text.sliced(run, m_pos - run);
            checkLength(value.size(), line, column);
            if (c == kQuote) {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kQuote) {
                    value += kQuote;
                    m_pos += 2;
                } else {
                    ++m_pos;
                    return;
                }
            } else {
                value += u'\n';
                skipLineBreak();
            }
            run = m_pos;
        }
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_maxCell;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) { return field.isEmpty(); });
}

// A header cell without surrounding spaces, nor a byte order mark that a second one left at the start.
QString trimmedName(const QString &field)
{
    QString name = field.trimmed();
    while (name.startsWith(QChar(0xFEFF))) {
        name = name.mid(1).trimmed();
    }
    return name;
}

// The header's names, trimmed; an empty one named after its column, a repeated one numbered with
// a number no other column's name has.
QStringList nameColumns(const QStringList &fields, QStringList &notes)
{
    QSet<QString> taken;
    for (const QString &field : fields) {
        taken.insert(trimmedName(field).toCaseFolded());
    }
    QStringList header;
    QHash<QString, qsizetype> firstColumn;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QString name = trimmedName(fields.at(i));
        if (name.isEmpty()) {
            name = CsvReaderTr::tr("Column %1").arg(i + 1);
            notes << CsvReaderTr::tr("Column %1 has no name in the header: it is read as \"%2\".").arg(i + 1).arg(name);
        }
        if (const auto it = firstColumn.constFind(name.toCaseFolded()); it != firstColumn.cend()) {
            QString renamed;
            for (int copy = 2; renamed.isEmpty() || taken.contains(renamed.toCaseFolded()); ++copy) {
                renamed = u"%1 (%2)"_s.arg(name).arg(copy);
            }
            notes << CsvReaderTr::tr("Columns %1 and %2 are both named \"%3\": column %2 is read as \"%4\".")
                         .arg(*it + 1)
                         .arg(i + 1)
                         .arg(name, renamed);
            name = renamed;
        }
        firstColumn.insert(name.toCaseFolded(), i);
        taken.insert(name.toCaseFolded());
        header << name;
    }
    return header;
}

} // namespace

QChar detectCsvDelimiter(QStringView text)
{
    QChar best = u',';
    qsizetype most = 1; // a single column: no delimiter splits it
    for (const QChar candidate : {u'\t', u',', u';'}) {
        RecordReader reader(text, candidate, text.size());
        qsizetype columns = 0;
        try {
            while (!reader.atEnd() && columns == 0) {
                const Record record = reader.next();
                columns = isBlank(record.fields) ? 0 : record.fields.size();
            }
        } catch (const Error &) {
            // A quote never closed: readCsv names it with whichever delimiter is chosen.
        }
        if (columns > most) {
            most = columns;
            best = candidate;
        }
    }
    return best;
}

Table readCsv(const QByteArray &bytes, const CsvOptions &options)
{
    if (bytes.size() > kMaxCsvFileBytes) {
        refuse(CsvReaderTr::tr("The file holds %1 bytes; files up to %2 bytes are read. Split it into smaller files.")
                   .arg(QLocale().toString(bytes.size()), QLocale().toString(kMaxCsvFileBytes)));
    }
    const QChar delimiter = options.delimiter;
    if (!delimiter.isNull() && (delimiter == kQuote || isLineBreak(delimiter))) {
        refuse(CsvReaderTr::tr("A quote or a line break cannot separate columns."));
    }
    DecodedText decoded = decodeText(bytes, options.encoding);
    Table table;
    table.encoding = decoded.encoding;
    const QStringView text = decoded.text;

    RecordReader reader(text, delimiter.isNull() ? detectCsvDelimiter(text) : delimiter, options.maxCellChars);
    Record head;
    do {
        if (reader.atEnd()) {
            refuse(CsvReaderTr::tr("The file is empty: it has no header row and no data."));
        }
        head = reader.next();
    } while (isBlank(head.fields));
    table.header = nameColumns(head.fields, table.notes);

    qsizetype formulas = 0;
    QString firstFormula;
    while (!reader.atEnd()) {
        Record record = reader.next();
        if (isBlank(record.fields)) {
            continue;
        }
        for (qsizetype extra = table.header.size(); extra < record.fields.size(); ++extra) {
            if (!record.fields.at(extra).isEmpty()) {
                refuse(CsvReaderTr::tr("Line %1 has %2 columns but the header (line %3) names %4: column %5 holds "
                                       "\"%6\" under no header. Add a header for it or remove the extra cells.")
                           .arg(record.line)
                           .arg(record.fields.size())
                           .arg(head.line)
                           .arg(table.header.size())
                           .arg(extra + 1)
                           .arg(record.fields.at(extra).left(40)));
            }
        }
        QVariantList row;
        const qsizetype columns = std::min(record.fields.size(), table.header.size());
        row.reserve(columns);
        for (qsizetype i = 0; i < columns; ++i) {
            const QString &cell = record.fields.at(i);
            if (cell.startsWith(u'=')) {
                if (formulas++ == 0) {
                    firstFormula = CsvReaderTr::tr("line %1, column \"%2\"").arg(record.line).arg(table.header.at(i));
                }
            }
            row << (cell.isEmpty() ? QVariant() : QVariant(cell));
        }
        table.rows << row;
        table.sourceRows << record.line;
    }
    if (table.rows.isEmpty()) {
        refuse(CsvReaderTr::tr("The file has a header row (line %1) but no data rows.").arg(head.line));
    }
    if (formulas > 0) {
        table.notes << CsvReaderTr::tr("Cells starting with \"=\" are kept as text, never evaluated as formulas: "
                                       "%1 of them, the first at %2.")
                           .arg(formulas)
                           .arg(firstFormula);
    }
    return table;
}

Table readCsvFile(const QString &path, const CsvOptions &options)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() > kMaxCsvFileBytes) {
        refuse(CsvReaderTr::tr("%1 holds %2 bytes; files up to %3 bytes are read. Split it into smaller files.")
                   .arg(shown, QLocale().toString(info.size()), QLocale().toString(kMaxCsvFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(CsvReaderTr::tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    }
    // Read one byte past the limit, so a file that grew (or a pipe) is still refused without filling memory.
    const QByteArray bytes = file.read(kMaxCsvFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        refuse(CsvReaderTr::tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    }
    return readCsv(bytes, options);
}

} // namespace crm::interchange
