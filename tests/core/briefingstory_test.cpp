// The investor story of the printed documents tells the truth about the day it describes: the
// open follow-ups of everything the investor is linked to, and the deals as they stood on a past
// meeting's day (issue 15).
#include "briefingtesttext.h"
#include "documents/documenttemplate.h"
#include "documents/investorprofile.h"
#include "documents/meetingbriefing.h"
#include "documents/missionbooklet.h"
#include "fixtures.h"
#include "services/sampledata.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
BriefingOptions inLanguage(const QString &language)
{
    BriefingOptions options;
    options.language = language;
    return options;
}

QString briefingText(test::TestDatabase &t, const QString &meetingId, const QString &language = u"en"_s)
{
    return test::documentText(MeetingBriefing(t.db()).build(meetingId, inLanguage(language)).html);
}

// The sample with Yazaki and the id of its meeting starting on the day given ("2007-05-15").
struct YazakiSample
{
    YazakiSample()
    {
        loadSampleData(t.db());
        const auto id = t.store().findIdBy(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
        REQUIRE(id);
        yazaki = *id;
    }

    QString meetingOn(const QString &day)
    {
        QString found;
        t.store().forEach(RecordKind::Meeting, {}, [&](const QVariantMap &meeting) {
            if (meeting.value(u"investor_id"_s) == yazaki && meeting.value(u"starts_at"_s).toString().startsWith(day)) {
                found = meeting.value(u"id"_s).toString();
            }
            return true;
        });
        REQUIRE_FALSE(found.isEmpty());
        return found;
    }

    QString addMeeting(const QString &startsAt)
    {
        return t.store().create(RecordKind::Meeting, {{u"starts_at"_s, startsAt},
                                                      {u"time_zone"_s, u"Asia/Tokyo"_s},
                                                      {u"investor_id"_s, yazaki},
                                                      {u"place"_s, u"矢崎総業 本社"_s}});
    }

    test::TestDatabase t;
    QString yazaki;
};

QString followUp(test::TestDatabase &t, const QString &title, const QString &due, const QString &kind,
                 const QString &id, bool done = false)
{
    QVariantMap data{{u"title"_s, title},
                     {u"owner_id"_s, t.officerId()},
                     {u"due_date"_s, due},
                     {u"linked_kind"_s, kind},
                     {u"linked_id"_s, id}};
    if (done) {
        data.insert(u"done"_s, true);
        data.insert(u"done_at"_s, u"2026-11-01T09:00:00Z"_s);
    }
    return t.store().create(RecordKind::FollowUp, data);
}
} // namespace

TEST_CASE("a briefing lists the open follow-ups of the investor's deals, meetings and contacts, soonest first",
          "[briefing][followup]")
{
    test::TestDatabase t; // today is 29 November 2026
    const test::Graph g = test::makeGraph(t);
    // The graph's own follow-up is on the meeting, due 24 May 2024: overdue today.
    followUp(t, u"Call about the deal"_s, u"2027-01-10"_s, u"deal"_s, g.deal);
    followUp(t, u"Send the contact our brochure"_s, u"2026-12-05"_s, u"contact"_s, g.contact);
    followUp(t, u"Invite to the seminar"_s, u"2026-12-01"_s, u"investor"_s, g.investor);
    followUp(t, u"Already done"_s, u"2026-12-02"_s, u"deal"_s, g.deal, true);
    const QString other = t.store().create(RecordKind::Investor, {{u"name"_s, u"Other K.K."_s}});
    followUp(t, u"Someone else's task"_s, u"2026-12-03"_s, u"investor"_s, other);

    const QString expected =
        u"Open follow-ups 24 May 2024 Overdue Send labour cost data to Yazaki Meeting of 10 May 2024 Ask AMDIE for "
        u"the 2023 figures. 1 December 2026 Invite to the seminar 5 December 2026 Send the contact our brochure "
        u"Contact: 山田 太郎 10 January 2027 Call about the deal Deal: Wire-harness plant, Tangier"_s;
    const QString briefing = briefingText(t, g.meeting);
    CHECK(briefing.contains(expected));
    CHECK_FALSE(briefing.contains(u"Already done"_s));
    CHECK_FALSE(briefing.contains(u"Someone else's task"_s));
    CHECK(briefing.count(u"Call about the deal"_s) == 1);

    // The investor profile shares the story, follow-ups included.
    const QString profile = test::documentText(InvestorProfile(t.db()).build(g.investor, inLanguage(u"en"_s)).html);
    CHECK(profile.contains(expected));

    // Overdue as of today: a week later the contact's is overdue too, the investor's already.
    t.clock().set(QDateTime(QDate(2026, 12, 8), QTime(9, 0), Qt::UTC));
    CHECK(briefingText(t, g.meeting).contains(u"5 December 2026 Overdue Send the contact our brochure"_s));
    CHECK(briefingText(t, g.meeting).contains(u"1 December 2026 Overdue Invite to the seminar"_s));

    const QString ja = briefingText(t, g.meeting, u"ja"_s);
    CHECK(ja.contains(u"2024年5月24日 期限超過 Send labour cost data to Yazaki 2024年5月10日の面談"_s));
    CHECK(ja.contains(u"案件：Wire-harness plant, Tangier"_s));
    const QString fr = briefingText(t, g.meeting, u"fr"_s);
    CHECK(fr.contains(u"24 mai 2024 En retard Send labour cost data to Yazaki Rendez-vous du 10 mai 2024"_s));
    CHECK(fr.contains(u"Contact : 山田 太郎"_s));
}

TEST_CASE("Yazaki's briefing lists the follow-ups of its deal, the overdue one marked", "[briefing][followup]")
{
    YazakiSample s;
    const QString text = briefingText(s.t, s.meetingOn(u"2007-05-15"_s));
    CHECK(text.contains(u"Open follow-ups 31 March 2026 Overdue Collect 2025 realised jobs figures for the Yazaki "
                        u"plants from AMDIE Deal: Wire-harness plants, Morocco Needed for the UNIDO programme report. "
                        u"15 February 2027 Annual aftercare call with Yazaki (Morocco plants)"_s));
    // Done in 2003: not open.
    CHECK_FALSE(text.contains(u"Send Yazaki the Kenitra incentive summary"_s));
}

TEST_CASE("a 2007 meeting's briefing shows the deal's stage and figures as known in 2007", "[briefing][asof]")
{
    YazakiSample s;
    const QString meeting = s.meetingOn(u"2007-05-15"_s);
    const QString text = briefingText(s.t, meeting);
    CHECK(text.contains(u"Open deals Deals as known on 15 May 2007"_s));
    // Operational since 2002; aftercare only from 2008.
    CHECK(text.contains(u"Wire-harness plants, Morocco Morocco Operational 100,000,000.00 USD announced "
                        u"3,000 announced · 4,200 realised"_s));
    CHECK(text.contains(u"Jobs held by women: 1,800 announced"_s));
    CHECK_FALSE(text.contains(u"Aftercare"_s));
    CHECK_FALSE(text.contains(u"250,000,000"_s));
    CHECK_FALSE(text.contains(u"12,500"_s));
    CHECK_FALSE(text.contains(u"8,100"_s));
    CHECK_FALSE(text.contains(u"Local managers"_s)); // planned in 1999, realised only in 2020

    const QString ja = briefingText(s.t, meeting, u"ja"_s);
    CHECK(ja.contains(u"2007年5月15日時点の案件情報"_s));
    CHECK(ja.contains(u"操業"_s));
    CHECK_FALSE(ja.contains(u"アフターケア・拡張"_s));
    const QString fr = briefingText(s.t, meeting, u"fr"_s);
    CHECK(fr.contains(u"Projets tels que connus le 15 mai 2007"_s));
    CHECK(fr.contains(u"En activité"_s));

    // 1998: contacted, nothing announced yet.
    const QString text1998 = briefingText(s.t, s.meetingOn(u"1998-11-12"_s));
    CHECK(text1998.contains(u"Deals as known on 12 November 1998"_s));
    CHECK(text1998.contains(u"Wire-harness plants, Morocco Morocco Contacted"_s));
    CHECK_FALSE(text1998.contains(u"USD"_s));
}

TEST_CASE("a future meeting's briefing, and today's, show the deals as they are today", "[briefing][asof]")
{
    YazakiSample s;
    for (const QString &startsAt : {u"2027-01-12T10:00:00+09:00"_s, u"2026-11-29T15:00:00+09:00"_s}) {
        INFO(startsAt.toStdString());
        const QString text = briefingText(s.t, s.addMeeting(startsAt));
        CHECK(text.contains(u"Wire-harness plants, Morocco Morocco Aftercare / expansion 100,000,000.00 USD announced "
                            u"· 250,000,000.00 USD realised 3,000 announced · 12,500 realised"_s));
        CHECK(text.contains(u"Jobs held by women: 1,800 announced · 8,100 realised"_s));
        CHECK_FALSE(text.contains(u"as known on"_s));
    }
}

TEST_CASE("a deal that did not exist on a past meeting's day is left out of its briefing", "[briefing][asof]")
{
    YazakiSample s;
    // Recorded today with a history that starts in 2010, and recorded today with no history at all.
    s.t.store().create(
        RecordKind::Deal,
        {{u"title"_s, u"Harness plant, Egypt"_s},
         {u"investor_id"_s, s.yazaki},
         {u"host_country"_s, u"EG"_s},
         {u"sector"_s, u"automotive"_s},
         {u"stage"_s, u"contacted"_s},
         {u"stage_history"_s, QVariantList{QVariantMap{{u"stage"_s, u"lead"_s}, {u"date"_s, u"2010-03-01"_s}},
                                           QVariantMap{{u"stage"_s, u"contacted"_s}, {u"date"_s, u"2010-06-01"_s}}}}});
    s.t.store().create(RecordKind::Deal, {{u"title"_s, u"Harness plant, Ghana"_s},
                                          {u"investor_id"_s, s.yazaki},
                                          {u"host_country"_s, u"GH"_s},
                                          {u"sector"_s, u"automotive"_s},
                                          {u"stage"_s, u"lead"_s}});
    const QString past = briefingText(s.t, s.meetingOn(u"2007-05-15"_s));
    CHECK(past.contains(u"Wire-harness plants, Morocco"_s));
    CHECK_FALSE(past.contains(u"Harness plant, Egypt"_s));
    CHECK_FALSE(past.contains(u"Harness plant, Ghana"_s));

    const QString later = briefingText(s.t, s.addMeeting(u"2011-02-01T10:00:00+09:00"_s));
    CHECK(later.contains(u"Harness plant, Egypt Egypt Contacted"_s));
    CHECK_FALSE(later.contains(u"Harness plant, Ghana"_s));

    const QString future = briefingText(s.t, s.addMeeting(u"2027-02-01T10:00:00+09:00"_s));
    CHECK(future.contains(u"Harness plant, Egypt"_s));
    CHECK(future.contains(u"Harness plant, Ghana"_s));
}

TEST_CASE("a mission booklet gives each meeting's deals as known on that meeting's day", "[briefing][asof][mission]")
{
    YazakiSample s;
    const auto mission =
        s.t.store().findIdBy(RecordKind::Mission, u"title"_s, u"Programme stay – M. A. Hassani (Morocco), 2007"_s);
    REQUIRE(mission);
    const QString text = test::documentText(MissionBooklet(s.t.db()).build(*mission, inLanguage(u"en"_s)).html);
    CHECK(text.contains(u"Deals as known on 15 May 2007"_s));
    CHECK(text.contains(u"Wire-harness plants, Morocco Morocco Operational"_s));
    CHECK_FALSE(text.contains(u"Aftercare"_s));
}

TEST_CASE("every document label exists in every document language", "[briefing]")
{
    const auto labels = [](const QString &language) {
        return QJsonDocument::fromJson(builtInTemplate(u"labels-%1.json"_s.arg(language)).toUtf8())
            .object()
            .value(u"labels"_s)
            .toObject()
            .keys();
    };
    const QStringList english = labels(u"en"_s);
    REQUIRE(english.contains(u"deals_as_of"_s));
    for (const QString &language : {u"ja"_s, u"fr"_s}) {
        INFO(language.toStdString());
        CHECK(labels(language) == english);
    }
}
