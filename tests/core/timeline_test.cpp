#include "services/sampledata.h"
#include "services/timeline.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
struct Sample
{
    test::TestDatabase t;
    QString hassani;
    QString yazaki;
    QString deal;

    Sample()
    {
        loadSampleData(t.db());
        hassani = t.store().findIdBy(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s).value();
        yazaki = t.store().findIdBy(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s).value();
        deal = t.store().findIdBy(RecordKind::Deal, u"title"_s, u"Wire-harness plants, Morocco"_s).value();
    }
};

QSet<TimelineEventKind> kindsOf(const QList<TimelineEvent> &events)
{
    QSet<TimelineEventKind> kinds;
    for (const TimelineEvent &e : events) {
        kinds.insert(e.kind);
    }
    return kinds;
}

QList<TimelineEvent> ofKind(const QList<TimelineEvent> &events, TimelineEventKind kind, const QString &recordId = {})
{
    QList<TimelineEvent> found;
    for (const TimelineEvent &e : events) {
        if (e.kind == kind && (recordId.isEmpty() || e.recordId == recordId)) {
            found << e;
        }
    }
    return found;
}

bool sortedByDate(const QList<TimelineEvent> &events, bool newestFirst)
{
    for (qsizetype i = 1; i < events.size(); ++i) {
        if (newestFirst ? events[i - 1].start < events[i].start : events[i - 1].start > events[i].start) {
            return false;
        }
    }
    return true;
}
} // namespace

TEST_CASE("a delegate's timeline tells the whole story in date order", "[timeline]")
{
    Sample s;
    const Timeline timeline(s.t.db());
    const QList<TimelineEvent> events = timeline.forDelegate(s.hassani);

    const QSet<TimelineEventKind> kinds = kindsOf(events);
    for (TimelineEventKind kind :
         {TimelineEventKind::Stay, TimelineEventKind::CareerPosition, TimelineEventKind::Mission,
          TimelineEventKind::Meeting, TimelineEventKind::StageChange, TimelineEventKind::Impact,
          TimelineEventKind::Note}) {
        INFO(timelineKindName(kind).toStdString());
        CHECK(kinds.contains(kind));
    }
    CHECK(sortedByDate(events, true));
    CHECK(ofKind(events, TimelineEventKind::Stay).size() == 4);
    CHECK(ofKind(events, TimelineEventKind::StageChange, s.deal).size() == 9);
    // Only announced and realised figures, with money as a decimal amount and its currency.
    const QList<TimelineEvent> impact = ofKind(events, TimelineEventKind::Impact, s.deal);
    CHECK(impact.size() == 9);
    const auto realisedCapex = std::find_if(
        impact.cbegin(), impact.cend(), [](const TimelineEvent &e) { return e.title == u"capex: 250000000.00 USD"_s; });
    CHECK(realisedCapex != impact.cend());

    TimelineFilter oldestFirst;
    oldestFirst.newestFirst = false;
    const QList<TimelineEvent> forward = timeline.forDelegate(s.hassani, oldestFirst);
    CHECK(forward.size() == events.size());
    CHECK(sortedByDate(forward, false));
    REQUIRE(!forward.isEmpty());
    CHECK(forward.first().kind == TimelineEventKind::CareerPosition);
    CHECK(forward.first().start == QDate(1991, 3, 1));
}

TEST_CASE("a delegate's credited stage changes carry the credit roles", "[timeline]")
{
    Sample s;
    TimelineFilter filter;
    filter.kinds = {TimelineEventKind::StageChange};
    filter.newestFirst = false;
    const QList<TimelineEvent> stages =
        ofKind(Timeline(s.t.db()).forDelegate(s.hassani, filter), TimelineEventKind::StageChange, s.deal);
    REQUIRE(stages.size() == 9);
    CHECK(stages.first().title == u"Wire-harness plants, Morocco: lead"_s);
    CHECK(stages.first().start == QDate(1996, 10, 15));
    CHECK(stages.first().recordKind == RecordKind::Deal);
    CHECK(stages.first().recordId == s.deal);
    for (const TimelineEvent &e : stages) {
        CHECK(e.role == u"promotion, facilitation, implementation_support"_s);
    }
    // Missions and meetings carry the delegate's participant role and attendee side.
    const QList<TimelineEvent> all = Timeline(s.t.db()).forDelegate(s.hassani);
    for (const TimelineEvent &e : ofKind(all, TimelineEventKind::Mission)) {
        CHECK(!e.role.isEmpty());
        CHECK(e.end.has_value());
    }
    for (const TimelineEvent &e : ofKind(all, TimelineEventKind::Meeting)) {
        CHECK(e.role == u"delegate"_s);
    }
}

TEST_CASE("timeline filters narrow by kind, date range and text", "[timeline]")
{
    Sample s;
    const Timeline timeline(s.t.db());

    TimelineFilter byKind;
    byKind.kinds = {TimelineEventKind::Meeting, TimelineEventKind::Stay};
    const QList<TimelineEvent> meetingsAndStays = timeline.forDelegate(s.hassani, byKind);
    CHECK(!meetingsAndStays.isEmpty());
    CHECK(kindsOf(meetingsAndStays) == byKind.kinds);

    TimelineFilter byDate;
    byDate.from = QDate(1999, 1, 1);
    byDate.to = QDate(1999, 12, 31);
    const QList<TimelineEvent> in1999 = timeline.forDelegate(s.hassani, byDate);
    REQUIRE(!in1999.isEmpty());
    for (const TimelineEvent &e : in1999) {
        INFO(e.title.toStdString());
        CHECK(e.start <= *byDate.to);
        CHECK(e.end.value_or(QDate(9999, 12, 31)) >= *byDate.from);
    }
    CHECK(!ofKind(in1999, TimelineEventKind::Mission).isEmpty());
    // The first position (1991-2009) spans 1999, the stays of 1996 and 2003 do not.
    CHECK(!ofKind(in1999, TimelineEventKind::CareerPosition).isEmpty());
    CHECK(ofKind(in1999, TimelineEventKind::Stay).isEmpty());

    TimelineFilter byText;
    byText.text = u"TANGER"_s;
    const QList<TimelineEvent> tangier = timeline.forDelegate(s.hassani, byText);
    REQUIRE(!tangier.isEmpty());
    for (const TimelineEvent &e : tangier) {
        CHECK(QString(e.title + e.summary).contains(u"tanger"_s, Qt::CaseInsensitive));
    }
}

TEST_CASE("a meeting moved to the Trash leaves the timeline", "[timeline]")
{
    Sample s;
    const Timeline timeline(s.t.db());
    TimelineFilter meetings;
    meetings.kinds = {TimelineEventKind::Meeting};
    const QList<TimelineEvent> before = timeline.forDelegate(s.hassani, meetings);
    REQUIRE(!before.isEmpty());
    const QString trashed = before.first().recordId;
    s.t.store().moveToTrash(RecordKind::Meeting, trashed);

    const QList<TimelineEvent> after = timeline.forDelegate(s.hassani, meetings);
    CHECK(after.size() == before.size() - 1);
    for (const TimelineEvent &e : after) {
        CHECK(e.recordId != trashed);
    }
    for (const TimelineEvent &e : timeline.forInvestor(s.yazaki, meetings)) {
        CHECK(e.recordId != trashed);
    }
}

TEST_CASE("an investor's timeline shows its meetings, deal stages and contacts joining", "[timeline]")
{
    Sample s;
    const QList<TimelineEvent> events = Timeline(s.t.db()).forInvestor(s.yazaki);
    CHECK(sortedByDate(events, true));
    CHECK(ofKind(events, TimelineEventKind::Meeting).size() >= 4);
    CHECK(ofKind(events, TimelineEventKind::StageChange).size() >= 9);
    CHECK(!ofKind(events, TimelineEventKind::Mission).isEmpty());
    const QList<TimelineEvent> joined = ofKind(events, TimelineEventKind::ContactJoined);
    CHECK(joined.size() >= 3);
    // Two of the three contacts have left; the third is still there.
    CHECK(ofKind(events, TimelineEventKind::ContactLeft).size() >= 2);
    for (const TimelineEvent &e : joined) {
        CHECK(e.recordKind == RecordKind::Contact);
        CHECK(e.role.isEmpty());
    }
}

TEST_CASE("a deal's timeline lists its stage changes in order", "[timeline]")
{
    Sample s;
    TimelineFilter oldestFirst;
    oldestFirst.newestFirst = false;
    const QList<TimelineEvent> events = Timeline(s.t.db()).forDeal(s.deal, oldestFirst);
    QStringList stages;
    for (const TimelineEvent &e : ofKind(events, TimelineEventKind::StageChange)) {
        stages << e.title.section(u": "_s, -1);
    }
    CHECK(stages == QStringList{u"lead"_s, u"contacted"_s, u"visit"_s, u"negotiation"_s, u"decision"_s, u"announced"_s,
                                u"implementation"_s, u"operational"_s, u"aftercare"_s});
    CHECK(sortedByDate(events, false));
    const QList<TimelineEvent> missions = ofKind(events, TimelineEventKind::Mission);
    REQUIRE(missions.size() == 1);
    CHECK(missions.first().role == u"facilitation"_s);
    CHECK(missions.first().end == QDate(1999, 3, 12));
    CHECK(ofKind(events, TimelineEventKind::FollowUpDue).size() == 2);
    CHECK(timelineKindName(TimelineEventKind::FollowUpDone) == u"followup_done"_s);
}
