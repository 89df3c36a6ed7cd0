#pragma once

#include "domain/recordkind.h"
#include "interchange/table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

namespace crm {
class Database;
}

// A record list taken out as the list pane shows it: the same records (quick filter, sort, Trash)
// and the same columns in the same order, for spreadsheets.
namespace crm {

struct ListExportQuery
{
    RecordKind kind = RecordKind::Investor;
    QString filter;    // the quick filter's words
    QString sortField; // a field of the kind; empty: the list's natural order
    bool ascending = true;
    bool trash = false;
};

// Told the records read so far and how many there are in all (a page at a time); returning false
// stops the export, and nothing is written.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

class ListExport final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ListExport)

public:
    // The list as a table. Columns come from the field catalogue: the record's title (when the kind
    // lists it) and the listed fields, in list order, headed by their list labels. Cells are typed
    // for the spreadsheet rather than formatted for the screen:
    // - a link is the linked record's title, a country or sector its name, a code its label;
    // - a date is a QDate, an instant a QDateTime in the record's own time zone (wall-clock fields),
    //   a date known only to the month or year stays text ("1995-03");
    // - integers are numbers, yes/no a bool, lists joined with ", ", text whole (all its lines).
    static interchange::Table table(const Database &db, const ListExportQuery &query);
    // The same, telling progress after each page; nullopt when progress returned false.
    static std::optional<interchange::Table> table(const Database &db, const ListExportQuery &query,
                                                   const ExportProgress &progress);

    // RFC 4180 CSV, UTF-8 with a byte order mark and CRLF (documents/csv.h): dates as ISO 8601,
    // date-times as "YYYY-MM-DD HH:MM", numbers as digits, yes/no translated; text cells that a
    // spreadsheet would run as a formula are defused.
    static QByteArray csv(const interchange::Table &table);

    // The table as .xlsx (XlsxWriter: real dates and numbers, frozen bold header, fitted widths),
    // or as CSV. Either file appears whole or not at all. Throws crm::Error (Invalid) naming the
    // path when it cannot be written.
    static void writeXlsx(const QString &path, const interchange::Table &table, const QString &sheetName);
    static void writeCsv(const QString &path, const interchange::Table &table);
};

} // namespace crm
