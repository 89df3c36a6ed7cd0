#include "listexport.h"

#include "csv.h"
#include "domain/catalogue/catalogue.h"
#include "domain/codelabels.h"
#include "domain/error.h"
#include "domain/referencedata.h"
#include "interchange/xlsxexport.h"
#include "storage/database.h"
#include "storage/recordquery.h"
#include "storage/recordstore.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QTimeZone>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
using catalogue::FieldSpec;
using catalogue::Type;

// Rows read per query: the list pane's page size, so a large export never holds a cursor long
// (and the progress moves on every 1,000 rows).
constexpr qint64 kPageSize = 1000;
const QString kTitle = u"@title"_s;

struct Column
{
    QString header;
    const FieldSpec *field = nullptr; // null: the record's title
};

// The list pane's columns (KindSpec::listColumns(), as ui/models/listcolumns.cpp shows them).
QList<Column> columnsOf(RecordKind kind)
{
    const catalogue::KindSpec &spec = catalogue::Catalogue::builtin().kind(kind);
    QList<Column> columns;
    for (const FieldSpec *f : spec.listColumns()) {
        columns << Column{f ? f->listLabel.tr() : spec.titleLabel.tr(), f};
    }
    return columns;
}

QString sectorName(const QString &code)
{
    for (const Sector &s : reference::sectors()) {
        if (s.code == code) {
            return s.name;
        }
    }
    return codeLabel(code);
}

class CellReader
{
public:
    explicit CellReader(const RecordStore &store) : m_store(store) {}

    QVariant cell(const Column &column, const QVariantMap &row)
    {
        if (!column.field) {
            return row.value(kTitle).toString();
        }
        const FieldSpec &f = *column.field;
        const QVariant value = row.value(f.columnName());
        if (value.isNull() && f.type != Type::Bool) {
            return {};
        }
        const QString text = value.toString();
        switch (f.type) {
        case Type::Date: {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            return date.isValid() ? QVariant(date) : QVariant(text);
        }
        case Type::Instant:
        case Type::ZonedInstant: {
            const QDateTime utc = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!utc.isValid()) {
                return text;
            }
            const QString zone = f.companion.isEmpty() ? QString() : row.value(f.companion).toString();
            const QTimeZone timeZone(zone.toUtf8());
            const QDateTime shown = timeZone.isValid() ? utc.toTimeZone(timeZone) : utc.toLocalTime();
            // Wall-clock fields only: a spreadsheet cell has no zone.
            return QDateTime(shown.date(), shown.time());
        }
        case Type::Link:
            return f.linkKind ? linkTitle(*f.linkKind, text) : QVariant(text);
        case Type::KindLink:
        case Type::Code:
            return codeLabel(text);
        case Type::Country:
            return reference::countryName(text);
        case Type::Sector:
            return sectorName(text);
        case Type::SectorList: {
            QStringList names;
            for (const QString &code : value.toStringList()) {
                names << sectorName(code);
            }
            return names.join(u", "_s);
        }
        case Type::TextList:
            return value.toStringList().join(u", "_s);
        case Type::Integer:
        case Type::IntegerCode:
        case Type::Amount:
            return value.toLongLong();
        case Type::Bool:
            return value.toBool();
        default:
            return text;
        }
    }

private:
    QString linkTitle(RecordKind kind, const QString &id)
    {
        if (id.isEmpty()) {
            return {};
        }
        auto it = m_titles.constFind(id);
        if (it == m_titles.constEnd()) {
            QString title;
            try {
                title = m_store.title(kind, id);
            } catch (const Error &error) {
                if (error.kind() != Error::Kind::NotFound) {
                    throw;
                }
                title = id; // a link to a purged record shows what the record still holds
            }
            it = m_titles.insert(id, title);
        }
        return *it;
    }

    const RecordStore &m_store;
    QHash<QString, QString> m_titles; // link titles read so far, by id
};

QString csvCell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(u"yyyy-MM-dd HH:mm"_s);
    case QMetaType::Bool:
        return value.toBool() ? ListExport::tr("Yes") : ListExport::tr("No");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        // A number is never a formula: "-3" stays a number rather than gaining an apostrophe.
        return value.toString();
    default:
        return csv::field(value.toString());
    }
}

void saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw Error(Error::Kind::Invalid,
                    ListExport::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}
} // namespace

interchange::Table ListExport::table(const Database &db, const ListExportQuery &query)
{
    return *table(db, query, ExportProgress());
}

std::optional<interchange::Table> ListExport::table(const Database &db, const ListExportQuery &query,
                                                    const ExportProgress &progress)
{
    const QList<Column> columns = columnsOf(query.kind);
    interchange::Table table;
    for (const Column &column : columns) {
        table.header << column.header;
    }
    PageQuery page;
    page.kind = query.kind;
    page.filter = query.filter;
    page.sortField = query.sortField;
    page.ascending = query.ascending;
    page.trash = query.trash;
    CellReader reader(db.records());
    const qint64 total = progress ? db.queries().count(page) : 0;
    if (progress && !progress(0, total)) {
        return std::nullopt;
    }
    bool cancelled = false;
    db.queries().pages(page, kPageSize, [&](const QList<QVariantMap> &rows) {
        for (const QVariantMap &row : rows) {
            QVariantList cells;
            cells.reserve(columns.size());
            for (const Column &column : columns) {
                cells << reader.cell(column, row);
            }
            table.rows << cells;
        }
        cancelled = progress && !progress(table.rows.size(), std::max(total, qint64(table.rows.size())));
        return !cancelled;
    });
    if (cancelled) {
        return std::nullopt;
    }
    return table;
}

QByteArray ListExport::csv(const interchange::Table &table)
{
    QStringList headers;
    for (const QString &header : table.header) {
        headers << csv::field(header);
    }
    QString text = headers.join(u',') + u"\r\n"_s;
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.header.size(); ++i) {
            cells << csvCell(i < row.size() ? row.at(i) : QVariant());
        }
        text += cells.join(u',') + u"\r\n"_s;
    }
    return csv::withByteOrderMark(text);
}

void ListExport::writeXlsx(const QString &path, const interchange::Table &table, const QString &sheetName)
{
    interchange::XlsxWriter::write(path, table, sheetName);
}

void ListExport::writeCsv(const QString &path, const interchange::Table &table)
{
    saveFile(path, csv(table));
}

} // namespace crm
