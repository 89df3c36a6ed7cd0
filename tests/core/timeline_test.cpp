#include "fixtures.h"
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
        if (newestFirst ? events[i - 1].start < events[i].start : events[i].start < events[i - 1].start) {
            return false;
        }
    }
    return true;
}
} // namespace

TEST_CASE("a delegate's timeline tells the whole story in date order", "[timeline]")
{
    Sample s;
    // Amounts in titles follow the reader's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Timeline timeline(s.t.db());
    const QList<TimelineEvent> events = timeline.forDelegate(s.hassani);
    QLocale::setDefault(QLocale::c());

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
    const auto realisedCapex = std::find_if(impact.cbegin(), impact.cend(),
                                            [](const TimelineEvent &e) { return e.code == u"capex/realised"_s; });
    REQUIRE(realisedCapex != impact.cend());
    CHECK(realisedCapex->title == u"Capital expenditure (realised): 250,000,000.00 USD"_s);

    TimelineFilter oldestFirst;
    oldestFirst.newestFirst = false;
    const QList<TimelineEvent> forward = timeline.forDelegate(s.hassani, oldestFirst);
    CHECK(forward.size() == events.size());
    CHECK(sortedByDate(forward, false));
    REQUIRE(!forward.isEmpty());
    // His first post is known to the month only, and reads that way.
    CHECK(forward.first().kind == TimelineEventKind::CareerPosition);
    CHECK(forward.first().start == PartialDate::ofMonth(1991, 3));
    CHECK(forward.first().start.toDisplay(QLocale(QLocale::English)) == u"March 1991"_s);
    CHECK(forward.first().end == PartialDate::ofMonth(2009, 6));
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
    CHECK(stages.first().title == u"Wire-harness plants, Morocco: Lead"_s);
    CHECK(stages.first().code == u"lead"_s);
    CHECK(stages.first().start == PartialDate(QDate(1996, 10, 15)));
    CHECK(stages.first().recordKind == RecordKind::Deal);
    CHECK(stages.first().recordId == s.deal);
    for (const TimelineEvent &e : stages) {
        CHECK(e.role == u"Promotion, Facilitation, Implementation support"_s);
        CHECK(!e.setback);
    }
    // Missions and meetings carry the delegate's participant role and attendee role.
    const QList<TimelineEvent> all = Timeline(s.t.db()).forDelegate(s.hassani);
    for (const TimelineEvent &e : ofKind(all, TimelineEventKind::Mission)) {
        CHECK(!e.role.isEmpty());
        CHECK(e.end.has_value());
    }
    for (const TimelineEvent &e : ofKind(all, TimelineEventKind::Meeting)) {
        CHECK(!e.role.isEmpty());
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
        CHECK(e.start.first() <= *byDate.to);
        CHECK(e.lastDay(QDate(2026, 11, 29)) >= *byDate.from);
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
        stages << e.code;
    }
    CHECK(stages == QStringList{u"lead"_s, u"contacted"_s, u"visit"_s, u"negotiation"_s, u"decision"_s, u"announced"_s,
                                u"implementation"_s, u"operational"_s, u"aftercare"_s});
    CHECK(sortedByDate(events, false));
    const QList<TimelineEvent> missions = ofKind(events, TimelineEventKind::Mission);
    REQUIRE(missions.size() == 1);
    CHECK(missions.first().role == u"Facilitation"_s);
    CHECK(missions.first().end == PartialDate(QDate(1999, 3, 12)));
    CHECK(ofKind(events, TimelineEventKind::FollowUpDue).size() == 2);
    CHECK(timelineKindName(TimelineEventKind::FollowUpDone) == u"followup_done"_s);
}

TEST_CASE("dates known only to the year or month sort and filter by their whole period", "[timeline]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    t.store().update(RecordKind::Delegate, g.delegate,
                     {{u"positions"_s, QVariantList{QVariantMap{{u"organisation"_s, u"Ministry of Industry"_s},
                                                                {u"title"_s, u"Attaché"_s},
                                                                {u"from_date"_s, u"1994"_s},
                                                                {u"to_date"_s, u"1996-03"_s}}}},
                      {u"stays"_s, QVariantList{QVariantMap{{u"start_date"_s, u"1996-04-08"_s}}}}});
    TimelineFilter filter;
    filter.kinds = {TimelineEventKind::CareerPosition, TimelineEventKind::Stay};
    filter.newestFirst = false;
    const QList<TimelineEvent> events = Timeline(t.db()).forDelegate(g.delegate, filter);
    REQUIRE(events.size() == 2);
    const TimelineEvent &post = events[0];
    CHECK(post.start.precision() == PartialDate::Precision::Year);
    CHECK(post.start.toIso() == u"1994"_s);
    CHECK(post.start.toDisplay() == u"1994"_s);
    CHECK(post.end->precision() == PartialDate::Precision::Month);
    CHECK(post.lastDay(QDate(2026, 1, 1)) == QDate(1996, 3, 31));

    // "1994" touches every day of 1994; "until March 1996" still touches 1996-03-31.
    TimelineFilter lateIn1994 = filter;
    lateIn1994.from = QDate(1994, 12, 1);
    lateIn1994.to = QDate(1994, 12, 31);
    CHECK(Timeline(t.db()).forDelegate(g.delegate, lateIn1994).size() == 1);
    TimelineFilter endOfMarch = filter;
    endOfMarch.from = QDate(1996, 3, 31);
    endOfMarch.to = QDate(1996, 3, 31);
    CHECK(Timeline(t.db()).forDelegate(g.delegate, endOfMarch).size() == 1);

    // A date that is neither a day, a month nor a year is refused, naming the field.
    const QStringList fields = test::invalidFields([&] {
        t.store().update(RecordKind::Delegate, g.delegate,
                         {{u"stays"_s, QVariantList{QVariantMap{{u"start_date"_s, u"spring 1996"_s}}}}});
    });
    CHECK(fields == QStringList{u"stays[0].start_date"_s});
    // An end before the start is refused even when both are vague.
    const QStringList order = test::invalidFields([&] {
        t.store().update(RecordKind::Delegate, g.delegate,
                         {{u"positions"_s, QVariantList{QVariantMap{{u"title"_s, u"Attaché"_s},
                                                                    {u"from_date"_s, u"1996-03"_s},
                                                                    {u"to_date"_s, u"1995"_s}}}}});
    });
    CHECK(order == QStringList{u"positions[0].to_date"_s});
}

TEST_CASE("open-ended spans stay on the timeline until today and beyond", "[timeline]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    TimelineFilter future;
    future.kinds = {TimelineEventKind::CareerPosition};
    future.from = QDate(2040, 1, 1);
    const QList<TimelineEvent> current = Timeline(t.db()).forDelegate(g.delegate, future);
    REQUIRE(current.size() == 1);
    CHECK(current.first().title == u"Director, Aerospace industrial free zone"_s);
    CHECK(current.first().isOpen());
    CHECK(current.first().lastDay(QDate(2026, 11, 29)) == QDate(2026, 11, 29));
}

TEST_CASE("events on the same day keep one deterministic order", "[timeline]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    QVariantMap second = test::meetingJson(g);
    second[u"place"_s] = u"Hamamatsu"_s;
    const QString other = t.store().create(RecordKind::Meeting, second);
    TimelineFilter meetings;
    meetings.kinds = {TimelineEventKind::Meeting};
    meetings.newestFirst = false;
    const QList<TimelineEvent> forward = Timeline(t.db()).forDelegate(g.delegate, meetings);
    REQUIRE(forward.size() == 2);
    CHECK(forward[0].start == forward[1].start);
    meetings.newestFirst = true;
    const QList<TimelineEvent> backward = Timeline(t.db()).forDelegate(g.delegate, meetings);
    REQUIRE(backward.size() == 2);
    CHECK(backward[0].recordId == forward[1].recordId);
    CHECK(backward[1].recordId == forward[0].recordId);
    CHECK(QSet<QString>{forward[0].recordId, forward[1].recordId} == QSet<QString>{g.meeting, other});
}

TEST_CASE("a meeting shows on the date where it took place, whatever the laptop's time zone", "[timeline]")
{
    const QByteArray savedZone = qgetenv("TZ");
    qputenv("TZ", "Africa/Casablanca");
    tzset();
    {
        test::TestDatabase t;
        const test::Graph g = test::makeGraph(t);
        // 08:30 on 1 May in Tokyo is still 30 April in Casablanca and in UTC.
        t.store().update(RecordKind::Meeting, g.meeting, {{u"starts_at"_s, u"2024-05-01T08:30:00+09:00"_s}});
        TimelineFilter meetings;
        meetings.kinds = {TimelineEventKind::Meeting};
        const QList<TimelineEvent> events = Timeline(t.db()).forDelegate(g.delegate, meetings);
        REQUIRE(events.size() == 1);
        CHECK(events.first().start == PartialDate(QDate(2024, 5, 1)));
        // 23:30 in Casablanca (UTC+1 that day) is already 1 May in Tokyo: Casablanca's date counts.
        t.store().update(RecordKind::Meeting, g.meeting,
                         {{u"starts_at"_s, u"2024-04-30T22:30:00Z"_s}, {u"time_zone"_s, u"Africa/Casablanca"_s}});
        CHECK(Timeline(t.db()).forDelegate(g.delegate, meetings).first().start == PartialDate(QDate(2024, 4, 30)));
    }
    if (savedZone.isNull()) {
        qunsetenv("TZ");
    } else {
        qputenv("TZ", savedZone);
    }
    tzset();
}

TEST_CASE("a deal that moved back shows its setbacks in date order", "[timeline]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const auto change = [](const char *stage, const char *date) {
        return QVariantMap{{u"stage"_s, QString::fromLatin1(stage)}, {u"date"_s, QString::fromLatin1(date)}};
    };
    t.store().update(
        RecordKind::Deal, g.deal,
        {{u"stage"_s, u"negotiation"_s},
         {u"stage_history"_s, QVariantList{change("lead", "2023-01-10"), change("negotiation", "2023-06-01"),
                                           change("contacted", "2023-09-01"), change("on_hold", "2024-01-15"),
                                           change("negotiation", "2024-06-01")}}});
    TimelineFilter stages;
    stages.kinds = {TimelineEventKind::StageChange};
    stages.newestFirst = false;
    const QList<TimelineEvent> events = Timeline(t.db()).forDeal(g.deal, stages);
    QStringList codes;
    QList<bool> setbacks;
    for (const TimelineEvent &e : events) {
        codes << e.code;
        setbacks << e.setback;
    }
    CHECK(codes == QStringList{u"lead"_s, u"negotiation"_s, u"contacted"_s, u"on_hold"_s, u"negotiation"_s});
    CHECK(setbacks == QList<bool>{false, false, true, true, false});
}

TEST_CASE("meetings of a mission the delegate was on count in his story", "[timeline]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    QVariantMap json = test::meetingJson(g);
    json[u"attendees"_s] = QVariantList{};
    json[u"starts_at"_s] = u"2024-09-11T10:00:00+01:00"_s;
    json[u"time_zone"_s] = u"Africa/Casablanca"_s;
    const QString onMission = t.store().create(RecordKind::Meeting, json);
    TimelineFilter meetings;
    meetings.kinds = {TimelineEventKind::Meeting};
    const QList<TimelineEvent> events = Timeline(t.db()).forDelegate(g.delegate, meetings);
    const auto found =
        std::find_if(events.cbegin(), events.cend(), [&](const TimelineEvent &e) { return e.recordId == onMission; });
    REQUIRE(found != events.cend());
    CHECK(found->role == u"On the mission"_s);
    const auto attended =
        std::find_if(events.cbegin(), events.cend(), [&](const TimelineEvent &e) { return e.recordId == g.meeting; });
    REQUIRE(attended != events.cend());
    CHECK(attended->role == u"presenter"_s);
    CHECK(events.size() == 2);
}

TEST_CASE("timeline kinds have names and translated labels both ways", "[timeline]")
{
    for (TimelineEventKind kind : timelineKinds()) {
        CHECK(timelineKindFromName(timelineKindName(kind)) == kind);
        CHECK(!timelineKindLabel(kind).isEmpty());
    }
    CHECK(timelineKinds().size() == 11);
    CHECK(!timelineKindFromName(u"meetings"_s).has_value());
}

TEST_CASE("an assembled timeline filters again in memory by the same rules as a query", "[timeline]")
{
    Sample s;
    const Timeline timeline(s.t.db());
    const QList<TimelineEvent> all = timeline.forDelegate(s.hassani);
    REQUIRE(!all.isEmpty());
    // Folded only when the call filters by text; the in-memory filter folds what is not.
    for (const TimelineEvent &e : all) {
        CHECK(e.searchText.isEmpty());
    }
    TimelineFilter byText;
    byText.text = u"a"_s;
    for (const TimelineEvent &e : timeline.forDelegate(s.hassani, byText)) {
        CHECK(e.searchText == timelineSearchText(e));
    }

    TimelineFilter filter;
    filter.kinds = {TimelineEventKind::StageChange, TimelineEventKind::Impact, TimelineEventKind::Meeting};
    filter.from = QDate(1996, 1, 1);
    filter.to = QDate(2005, 12, 31);
    filter.text = u"yazaki"_s;
    filter.newestFirst = false;
    const QList<TimelineEvent> queried = timeline.forDelegate(s.hassani, filter);
    const QList<TimelineEvent> inMemory = filterTimeline(all, filter);
    REQUIRE(!inMemory.isEmpty());
    REQUIRE(inMemory.size() == queried.size());
    for (qsizetype i = 0; i < inMemory.size(); ++i) {
        CHECK(inMemory[i].recordId == queried[i].recordId);
        CHECK(inMemory[i].title == queried[i].title);
    }
    CHECK(sortedByDate(inMemory, false));

    // Every word must match somewhere in the title, the summary or the role, folded.
    TimelineFilter words;
    words.text = u"ＦＲＡＮＣＨＥ   Tanger"_s;
    const QList<TimelineEvent> tangier = filterTimeline(all, words);
    REQUIRE(!tangier.isEmpty());
    for (const TimelineEvent &e : tangier) {
        const QString text = e.title + e.summary + e.role;
        CHECK(text.contains(u"franche"_s, Qt::CaseInsensitive));
        CHECK(text.contains(u"tanger"_s, Qt::CaseInsensitive));
    }
    TimelineFilter byRole;
    byRole.text = u"implementation support"_s;
    CHECK(ofKind(filterTimeline(all, byRole), TimelineEventKind::StageChange, s.deal).size() == 9);
    TimelineFilter nothing;
    nothing.text = u"yazaki zzz"_s;
    CHECK(filterTimeline(all, nothing).isEmpty());
}

TEST_CASE("events made by hand filter without a precomputed search text", "[timeline]")
{
    TimelineEvent older;
    older.kind = TimelineEventKind::Note;
    older.start = PartialDate::ofYear(1998);
    older.title = u"Café in Rabat"_s;
    TimelineEvent newer = older;
    newer.kind = TimelineEventKind::Meeting;
    newer.start = PartialDate(QDate(2024, 5, 3));
    newer.title = u"ヤザキ本社"_s;
    const QList<TimelineEvent> events{older, newer};

    TimelineFilter filter;
    CHECK(filterTimeline(events, filter).first().title == newer.title); // newest first
    filter.newestFirst = false;
    CHECK(filterTimeline(events, filter).first().title == older.title);
    filter.text = u"cafe"_s;
    REQUIRE(filterTimeline(events, filter).size() == 1);
    filter.text = u"やざき"_s;
    REQUIRE(filterTimeline(events, filter).size() == 1);
    CHECK(filterTimeline(events, filter).first().kind == TimelineEventKind::Meeting);
    filter.text.clear();
    filter.from = QDate(1998, 12, 31); // "1998" still touches its last day
    filter.to = QDate(2000, 1, 1);
    CHECK(filterTimeline(events, filter).size() == 1);
}
