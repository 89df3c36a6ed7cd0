#include "listbench.h"

#include "databasesession.h"
#include "domain/textfold.h"
#include "models/listcolumns.h"
#include "models/recordlistmodel.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

const QString kOpen = u"list: open file, first investor page"_s;
const QString kSort = u"list: re-sort investors by employees"_s;
const QString kFilter = u"list: quick filter investors %1"_s;

// The targets at dataset M. Sorting and filtering share one ("re-sort <= 300 ms").
const Target kOpenTarget{Target::Statistic::P95, 100};
const Target kSortTarget{Target::Statistic::P95, 300};

// What an officer types into the investor list's filter box: a Latin word found in a few hundred
// names, and a Japanese one (物流, logistics) found in many more.
const QStringList kFilters{u"solar"_s, u"物流"_s};

const QString kSortField = u"employees"_s;

// The baselines: what the list needs (title, reading, sector, head office, employees), in the
// list's order; the count only where the list must show a new one.
// Over the partial sort index, as the app counts: the planner would scan the table.
constexpr const char *kCountSql = "SELECT count(*) FROM investor INDEXED BY investor_sort WHERE deleted_at IS NULL";
constexpr const char *kPageSql = "SELECT id, name, name_latin, name_reading, sector, hq_city, employees FROM investor "
                                 "WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT 200";
constexpr const char *kSortedPageSql = "SELECT id, name, name_latin, name_reading, sector, hq_city, employees FROM "
                                       "investor WHERE deleted_at IS NULL ORDER BY employees DESC, id LIMIT 200";
constexpr const char *kFilterCountSql =
    "SELECT count(*) FROM investor WHERE deleted_at IS NULL AND search_text LIKE ?1 ESCAPE '\\'";
constexpr const char *kFilterPageSql =
    "SELECT id, name, name_latin, name_reading, sector, hq_city, employees FROM investor WHERE deleted_at IS NULL "
    "AND search_text LIKE ?1 ESCAPE '\\' ORDER BY sort_key, id LIMIT 200";

QString filterName(const QString &text)
{
    return kFilter.arg(u'"' + text + u'"');
}

// Every cell of the rows read, as the view asks for them: the page is on show only once formatted.
qint64 readPage(const ui::RecordListModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            model.data(model.index(row, column));
        }
    }
    return model.rowCount();
}

int columnOf(const QString &field)
{
    const QList<ui::ListColumn> columns = ui::listColumns(RecordKind::Investor);
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].field == field) {
            return i;
        }
    }
    throw std::runtime_error("the investor list has no column " + field.toStdString());
}

} // namespace

ListBench::ListBench(const ScaleDataset &dataset)
    : m_dataset(dataset), m_raw(dataset.path), m_session(std::make_unique<ui::DatabaseSession>())
{
    if (const QString error = m_session->open(dataset.path, Database::OpenMode::MustExist); !error.isEmpty()) {
        throw std::runtime_error("cannot open " + dataset.path.toStdString() + ": " + error.toStdString());
    }
    m_model = std::make_unique<ui::RecordListModel>(*m_session, RecordKind::Investor);
}

ListBench::~ListBench() = default;

QStringList ListBench::operationNames()
{
    QStringList names{kOpen, kSort};
    for (const QString &text : kFilters) {
        names << filterName(text);
    }
    return names;
}

QList<Operation> ListBench::operations()
{
    const QString path = m_dataset.path;
    QList<Operation> operations;

    // From nothing open to the first page formatted, as at start-up with the investors chosen.
    operations << Operation{
        .name = kOpen,
        .app =
            [this, path] {
                m_openSession = std::make_unique<ui::DatabaseSession>();
                if (const QString error = m_openSession->open(path, Database::OpenMode::MustExist); !error.isEmpty()) {
                    throw std::runtime_error(error.toStdString());
                }
                m_openModel = std::make_unique<ui::RecordListModel>(*m_openSession, RecordKind::Investor);
                return readPage(*m_openModel);
            },
        .raw =
            [path] {
                const RawSqlite raw(path);
                quint64 checksum = 0;
                raw.readAll(kCountSql, {}, checksum);
                return raw.readAll(kPageSql, {}, checksum);
            },
        .rawName = u"list: sqlite3_open_v2, then the count and the first page of the list's columns"_s,
        .details = {{u"page_rows"_s, ui::RecordListModel::PageSize}},
        .sameItems = true,
        .setUp =
            [this] {
                m_openModel.reset();
                m_openSession.reset();
            },
        .dataset = m_dataset.name,
        .target = kOpenTarget,
    };

    // The count does not change with the order: the baseline does not read it again, the app does.
    const int sortColumn = columnOf(kSortField);
    operations << Operation{
        .name = kSort,
        .app =
            [this, sortColumn] {
                m_model->sort(sortColumn, Qt::DescendingOrder);
                return readPage(*m_model);
            },
        .raw =
            [this] {
                quint64 checksum = 0;
                return m_raw.readAll(kSortedPageSql, {}, checksum);
            },
        .rawName = u"list: the first page in the new order (no count: it has not changed)"_s,
        .details = {{u"column"_s, kSortField}, {u"order"_s, u"descending"_s}},
        .sameItems = true,
        .setUp = [this] { m_model->sort(0, Qt::AscendingOrder); },
        .dataset = m_dataset.name,
        .target = kSortTarget,
    };

    // What the filter box does once its 120 ms debounce has passed: count and first page.
    for (const QString &text : kFilters) {
        const QByteArray pattern = (u'%' + foldText(text) + u'%').toUtf8();
        operations << Operation{
            .name = filterName(text),
            .app =
                [this, text] {
                    m_model->setFilter(text);
                    return readPage(*m_model);
                },
            .raw =
                [this, pattern] {
                    quint64 checksum = 0;
                    m_raw.readAll(kFilterCountSql, {pattern}, checksum);
                    return m_raw.readAll(kFilterPageSql, {pattern}, checksum);
                },
            .rawName = u"list filter: count and first page, search_text LIKE '%word%'"_s,
            .details = {{u"text"_s, text}},
            .sameItems = true,
            .setUp = [this] { m_model->setFilter({}); },
            .dataset = m_dataset.name,
            .target = kSortTarget,
        };
    }
    return operations;
}

} // namespace crm::bench
