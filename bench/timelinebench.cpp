#include "timelinebench.h"

#include "services/timeline.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "storage/reportqueries.h"
#include "storage/timelinequery.h"

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

const QString kAssemble = u"timeline: assemble"_s;
const QString kFilterText = u"timeline: filter text"_s;
const QString kQueryRows = u"timeline: query rows"_s;

// The target for assembling a delegate timeline of 10,000 events.
const Target kAssembleTarget{Target::Statistic::P95, 50};

// Three letters, as an officer types them into the timeline's filter box: "wire harness" and
// "Wire-harness plant" match, so do a few Japanese and French lines after folding.
const QString kText = u"wir"_s;

} // namespace

TimelineBench::TimelineBench(const TimelineDataset &dataset)
    : m_dataset(dataset), m_db(SqliteDatabase::open(dataset.path, Database::OpenMode::MustExist)),
      m_raw(dataset.path, dataset.delegateId)
{}

TimelineBench::~TimelineBench() = default;

QStringList TimelineBench::operationNames()
{
    return {kAssemble, kFilterText, kQueryRows};
}

QList<Operation> TimelineBench::operations() const
{
    const QString id = m_dataset.delegateId;
    const auto raw = [this] { return m_raw.read(); };
    const QString rawName = RawTimeline::name();

    TimelineFilter textFilter;
    textFilter.text = kText;

    // The app's item counts are events (the filtered ones for the text filter); the raw ones rows.
    const QJsonObject subject{{u"delegate_id"_s, id}, {u"events"_s, m_dataset.events}};
    QJsonObject filterDetails = subject;
    filterDetails.insert(u"text"_s, kText);
    return {
        {.name = kAssemble,
         .app = [this, id] { return static_cast<qint64>(Timeline(*m_db).forDelegate(id).size()); },
         .raw = raw,
         .rawName = rawName,
         .details = subject,
         .target = kAssembleTarget},
        {kFilterText,
         [this, id, textFilter] { return static_cast<qint64>(Timeline(*m_db).forDelegate(id, textFilter).size()); },
         raw, rawName, filterDetails},
        // The storage half of "assemble": the same statements through Qt Sql into TimelineRows; as
        // many rows as the baseline, or its copied statements are out of step with core.
        {kQueryRows, [this, id] { return static_cast<qint64>(m_db->reports().timeline.forDelegate(id).size()); }, raw,
         rawName, subject, true},
    };
}

} // namespace crm::bench
