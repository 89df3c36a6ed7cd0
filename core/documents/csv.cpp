#include "csv.h"

using namespace Qt::StringLiterals;

namespace crm::csv {
namespace {
// Spreadsheets run a cell that starts with =, +, - or @ as a formula (and a leading tab or CR
// can hide one), so a note typed as "=HYPERLINK(...)" or "@SUM(...)" would execute when the
// officer opens the export. A leading apostrophe makes Excel and LibreOffice read the cell as text
// (OWASP's advice for CSV injection); the data itself is never changed.
QString defused(const QString &cell)
{
    static const QString triggers = u"=+-@\t\r"_s;
    if (!cell.isEmpty() && triggers.contains(cell.front())) {
        return u'\'' + cell;
    }
    return cell;
}
} // namespace

QString field(const QString &value)
{
    const QString cell = defused(value);
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r') || cell.contains(u'\n');
    if (!quote) {
        return cell;
    }
    QString escaped = cell;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString row(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += u',';
        }
        line += field(fields.at(i));
    }
    return line + u"\r\n"_s;
}

QByteArray withByteOrderMark(const QString &text)
{
    // Excel on Japanese Windows reads a CSV without a byte order mark as Shift-JIS.
    return "\xEF\xBB\xBF"_ba + text.toUtf8();
}

} // namespace crm::csv
