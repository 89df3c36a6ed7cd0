#include "xlsxsheet.h"

#include "interchange/xlsxdates.h"
#include "interchange/xlsxreader.h"
#include "interchange/xlsxworkbook.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::interchange::xlsx {
namespace {

// lupdate cannot resolve XlsxReader::tr() from a free function: this files the texts under the right context.
struct XlsxReaderTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::XlsxReader)
};

constexpr int kMaxColumns = 16384;  // A to XFD
constexpr int kMaxRows = 1'048'576; // Excel's last row
constexpr qsizetype kMaxNotes = 20; // then one line counts the rest

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return name;
}

// "C7" -> column 2 (0-based) and row 7; false when it is no cell of a worksheet.
bool parseReference(QStringView ref, int &column, int &row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size() && i < 3 && ref.at(i).isLetter() && ref.at(i).toUpper() >= u'A' &&
           ref.at(i).toUpper() <= u'Z') {
        col = col * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        ++i;
    }
    if (i == 0 || col > kMaxColumns) {
        return false;
    }
    bool ok = false;
    const int number = ref.mid(i).toInt(&ok);
    if (!ok || number < 1 || number > kMaxRows || !ref.at(i).isDigit()) {
        return false;
    }
    column = col - 1;
    row = number;
    return true;
}

class SheetReader
{
public:
    SheetReader(const SheetContext &context, const QByteArray &bytes) : m_context(context), m_xml(bytes)
    {
        m_table.encoding = XlsxReaderTr::tr("sheet “%1”").arg(context.sheetName);
    }

    Table read()
    {
        bool inRow = false;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == "row"_L1) {
                startRow();
                inRow = true;
            } else if (m_xml.isStartElement() && m_xml.name() == "c"_L1 && inRow) {
                readCell();
            } else if (m_xml.isEndElement() && m_xml.name() == "row"_L1) {
                finishRow();
                inRow = false;
            }
        }
        if (m_xml.hasError()) {
            refuseBrokenXml(m_context.displayName, m_context.part, m_xml);
        }
        if (m_table.header.isEmpty()) {
            refuse(XlsxReaderTr::tr("Sheet “%1” of %2 is empty: there is nothing to import.")
                       .arg(m_context.sheetName, m_context.displayName));
        }
        if (m_table.rows.isEmpty()) {
            refuse(XlsxReaderTr::tr("Sheet “%1” of %2 has only a header row (row %3) and no data rows.")
                       .arg(m_context.sheetName, m_context.displayName)
                       .arg(m_headerRow));
        }
        if (m_extraNotes > 0) {
            m_table.notes << XlsxReaderTr::tr("…and %n more cell(s) like these.", nullptr, m_extraNotes);
        }
        return m_table;
    }

private:
    void startRow()
    {
        int number = m_rowNumber + 1;
        if (const QStringView r = m_xml.attributes().value("r"_L1); !r.isEmpty()) {
            bool ok = false;
            number = r.toInt(&ok);
            if (!ok) {
                number = -1;
            }
        }
        if (number < 1 || number > kMaxRows) {
            refuse(XlsxReaderTr::tr("%1 is damaged: sheet “%2” has a row numbered %3, outside a worksheet.")
                       .arg(m_context.displayName, m_context.sheetName, m_xml.attributes().value("r"_L1).toString()));
        }
        m_rowNumber = number;
        m_column = -1;
        m_cells.clear();
    }

    void finishRow()
    {
        while (!m_cells.isEmpty() && m_cells.constLast().isNull()) {
            m_cells.removeLast();
        }
        if (m_cells.isEmpty()) {
            return; // a blank row, or one with formatting only
        }
        if (m_table.header.isEmpty()) {
            for (const QVariant &cell : std::as_const(m_cells)) {
                m_table.header << headerText(cell);
            }
            m_headerRow = m_rowNumber;
            return;
        }
        if (m_cells.size() > m_table.header.size()) {
            const int columns =
                static_cast<int>(m_table.header.size()); // lupdate drops a plural counted by an expression
            refuse(
                XlsxReaderTr::tr("Row %1 of sheet “%2” has a value in column %3, but the header (row %4) has only %n "
                                 "column(s). Give the column a header or delete the value.",
                                 nullptr, columns)
                    .arg(m_rowNumber)
                    .arg(m_context.sheetName, columnName(static_cast<int>(m_cells.size()) - 1))
                    .arg(m_headerRow));
        }
        m_table.rows.append(m_cells);
        m_table.sourceRows.append(m_rowNumber);
    }

    static QString headerText(const QVariant &cell)
    {
        if (cell.typeId() == QMetaType::Double) {
            return QString::number(cell.toDouble(), 'g', 15);
        }
        if (cell.typeId() == QMetaType::QDate) {
            return cell.toDate().toString(Qt::ISODate);
        }
        if (cell.typeId() == QMetaType::QDateTime) {
            return cell.toDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        }
        return cell.toString();
    }

    void note(const QString &text)
    {
        if (m_table.notes.size() < kMaxNotes) {
            m_table.notes << text;
        } else {
            ++m_extraNotes;
        }
    }

    void checkSize(const QString &ref, const QString &text)
    {
        if (text.size() > XlsxReader::kMaxCellChars) {
            refuse(XlsxReaderTr::tr("Cell %1 of sheet “%2” holds more than %3 characters, more than any field needs; "
                                    "shorten it in the spreadsheet.")
                       .arg(ref, m_context.sheetName, QLocale().toString(XlsxReader::kMaxCellChars)));
        }
    }

    void readCell()
    {
        int column = m_column + 1;
        const QString given = m_xml.attributes().value("r"_L1).toString();
        if (!given.isEmpty()) {
            int row = 0;
            if (!parseReference(given, column, row)) {
                refuse(XlsxReaderTr::tr(
                           "%1 is damaged: sheet “%2” has a cell named “%3”, which is no cell of a worksheet.")
                           .arg(m_context.displayName, m_context.sheetName, given.left(40)));
            }
        }
        if (column >= kMaxColumns) {
            refuse(XlsxReaderTr::tr("%1 is damaged: row %2 of sheet “%3” has more than %4 cells.")
                       .arg(m_context.displayName)
                       .arg(m_rowNumber)
                       .arg(m_context.sheetName)
                       .arg(kMaxColumns));
        }
        m_column = column;
        const QString ref = columnName(column) + QString::number(m_rowNumber);
        const QString type = m_xml.attributes().value("t"_L1).toString();
        const int style = m_xml.attributes().value("s"_L1).toInt();

        QString value;
        QString formula;
        QString inlineText;
        bool hasValue = false;
        bool hasFormula = false;
        bool hasInline = false;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == "c"_L1) {
                break;
            }
            if (!m_xml.isStartElement()) {
                continue;
            }
            if (m_xml.name() == "v"_L1) {
                value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                // openpyxl writes a formula's missing result as an empty <v/>; an empty text result is t="str".
                hasValue = !value.isEmpty() || type == "str"_L1;
                checkSize(ref, value);
            } else if (m_xml.name() == "f"_L1) {
                formula = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                hasFormula = true;
                checkSize(ref, formula);
            } else if (m_xml.name() == "is"_L1) {
                inlineText = readStringItem(m_xml);
                hasInline = true;
                checkSize(ref, inlineText);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError()) {
            return; // read() refuses the part
        }

        QVariant cell = hasInline ? QVariant(inlineText) : convert(ref, type, style, value, hasValue);
        if (hasFormula && !hasValue && !hasInline) {
            // Saved without its result (openpyxl and some generators do): kept as text, never evaluated.
            cell = formula.isEmpty() ? QVariant() : QVariant(u"="_s + formula);
            note(XlsxReaderTr::tr(
                     "Cell %1 holds a formula the spreadsheet saved without its value; it is kept as its text.")
                     .arg(ref));
        }
        if (cell.typeId() == QMetaType::QString && cell.toString().isEmpty()) {
            cell = QVariant();
        }
        if (cell.isNull()) {
            return;
        }
        if (m_cells.size() <= column) {
            m_cells.resize(column + 1);
        }
        m_cells[column] = cell;
    }

    QVariant convert(const QString &ref, const QString &type, int style, const QString &value, bool hasValue)
    {
        if (!hasValue) {
            return {};
        }
        if (type == "s"_L1) {
            bool ok = false;
            const qsizetype index = value.toLongLong(&ok);
            if (!ok || index < 0 || index >= m_context.sharedStrings.size()) {
                refuse(XlsxReaderTr::tr(
                           "%1 is damaged: cell %2 of sheet “%3” refers to a text the workbook does not have.")
                           .arg(m_context.displayName, ref, m_context.sheetName));
            }
            const QString &text = m_context.sharedStrings.at(index);
            checkSize(ref, text);
            return text;
        }
        if (type == "str"_L1 || type == "inlineStr"_L1) {
            return value;
        }
        if (type == "b"_L1) {
            return value.trimmed() == "1"_L1 || value.trimmed() == "true"_L1;
        }
        if (type == "e"_L1) {
            note(XlsxReaderTr::tr("Cell %1 shows the error %2 in the spreadsheet; it is kept as that text.")
                     .arg(ref, value.left(40)));
            return value;
        }
        if (type == "d"_L1) { // ISO 8601, written by some generators instead of a serial
            const QDateTime moment = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!value.contains(u'T') && moment.isValid()) {
                return moment.date();
            }
            if (moment.isValid()) {
                return QDateTime(moment.date(), moment.time(), QTimeZone::utc());
            }
            refuse(XlsxReaderTr::tr("Cell %1 of sheet “%2” holds “%3”, which is not a date.")
                       .arg(ref, m_context.sheetName, value.left(40)));
        }
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            refuse(XlsxReaderTr::tr("%1 is damaged: cell %2 of sheet “%3” holds “%4”, which is not a number.")
                       .arg(m_context.displayName, ref, m_context.sheetName, value.left(40)));
        }
        if (style >= 0 && style < m_context.dateStyles.size() && m_context.dateStyles.at(style)) {
            return dateFromSerial(number, m_context.date1904);
        }
        return number;
    }

    const SheetContext &m_context;
    QXmlStreamReader m_xml;
    Table m_table;
    QVariantList m_cells;
    int m_rowNumber = 0;
    int m_column = -1;
    int m_headerRow = 0;
    int m_extraNotes = 0;
};

} // namespace

Table readSheet(const SheetContext &context, const QByteArray &bytes)
{
    return SheetReader(context, bytes).read();
}

} // namespace crm::interchange::xlsx
