#include "briefingtesttext.h"
#include "documents/documentwriter.h"
#include "documents/missionbooklet.h"
#include "pdftext.h"
#include "services/sampledata.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
BriefingDocument bookletOf(test::TestDatabase &t, const QString &missionId, const QString &language)
{
    BriefingOptions options;
    options.language = language;
    return MissionBooklet(t.db()).build(missionId, options);
}

// The text of each page of a PDF, as pdftotext gives it; nullopt without poppler-utils. NFKC:
// pdftotext writes the "fi" of "briefing" as the ligature ﬁ.
std::optional<QStringList> pdfPages(const QString &path)
{
    const auto text = test::pdfText(path);
    if (!text) {
        return std::nullopt;
    }
    QStringList pages = text->normalized(QString::NormalizationForm_KC).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

// A mission of twelve meetings, one a day from 2 March 2026 at 10:00 Tokyo time, each at its own investor.
QString twelveMeetingMission(test::TestDatabase &t)
{
    const QString mission = t.store().create(RecordKind::Mission, {{u"kind"_s, u"investor_mission"_s},
                                                                   {u"title"_s, u"Twelve visits, March 2026"_s},
                                                                   {u"start_date"_s, u"2026-03-02"_s},
                                                                   {u"end_date"_s, u"2026-03-13"_s},
                                                                   {u"places"_s, QVariantList{u"Tokyo"_s}}});
    for (int day = 2; day <= 13; ++day) {
        const QString investor =
            t.store().create(RecordKind::Investor, {{u"name"_s, u"Investor %1 K.K."_s.arg(day, 2, 10, QChar(u'0'))}});
        t.store().create(RecordKind::Meeting,
                         {{u"starts_at"_s, u"2026-03-%1T10:00:00+09:00"_s.arg(day, 2, 10, QChar(u'0'))},
                          {u"time_zone"_s, u"Asia/Tokyo"_s},
                          {u"mission_id"_s, mission},
                          {u"investor_id"_s, investor},
                          {u"place"_s, u"Head office"_s}});
    }
    return mission;
}
} // namespace

TEST_CASE("a mission booklet has a cover, contents, the agenda by day and each meeting's briefing",
          "[briefing][mission]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const auto mission =
        t.store().findIdBy(RecordKind::Mission, u"title"_s, u"Programme stay – M. A. Hassani (Morocco), autumn 1996"_s);
    REQUIRE(mission);

    const BriefingDocument en = bookletOf(t, *mission, u"en"_s);
    CHECK(en.warnings.isEmpty());
    CHECK(en.title == u"Mission booklet – Programme stay – M. A. Hassani (Morocco), autumn 1996"_s);
    const QString text = test::documentText(en.html);
    CHECK(text.contains(u"Kind Programme stay"_s));
    CHECK(text.contains(u"Dates 2 September 1996 – 20 December 1996"_s));
    CHECK(text.contains(u"Places Tokyo"_s));
    CHECK(text.contains(u"Participants Mohamed Aref Hassani delegate"_s));
    CHECK(text.contains(u"Contents 矢崎総業株式会社 (Yazaki Corporation) 20 November 1996, 14:00 Page 2"_s));
    CHECK(text.contains(u"Agenda 2 September 1996 10:00 Welcome and programme briefing ITPO Tokyo"_s));
    // The agenda's item at the meeting's time and place is the meeting, said once.
    CHECK(text.contains(
        u"20 November 1996 14:00 Meeting with 矢崎総業株式会社 (Yazaki Corporation) 矢崎総業 本社, 東京都港区 "
        u"Meeting briefing"_s));
    CHECK(text.contains(u"Meeting briefing: 矢崎総業株式会社"_s));
    CHECK_FALSE(text.contains(u"null"_s));
    CHECK_FALSE(text.contains(u"false"_s));

    const QString ja = test::documentText(bookletOf(t, *mission, u"ja"_s).html);
    CHECK(ja.contains(u"ミッション資料集"_s));
    CHECK(ja.contains(u"種別 招へい滞在"_s));
    CHECK(ja.contains(u"目次"_s));
    CHECK(ja.contains(u"1996年11月20日"_s));
    CHECK(ja.contains(u"面談ブリーフィング資料: 矢崎総業株式会社"_s));
    CHECK_FALSE(ja.contains(u"Mission booklet"_s));
}

TEST_CASE("a mission booklet without meetings, places or participants leaves no stray labels", "[briefing][mission]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Mission, {{u"kind"_s, u"seminar"_s},
                                                              {u"title"_s, u"Seminar"_s},
                                                              {u"start_date"_s, u"2026-06-01"_s},
                                                              {u"end_date"_s, u"2026-06-01"_s}});
    const BriefingDocument doc = bookletOf(t, id, u"en"_s);
    CHECK(test::documentText(doc.html) == u"UNIDO ITPO Tokyo Seminar Mission booklet Kind Seminar Dates 1 June 2026"_s);
    CHECK_FALSE(doc.confidential);
}

TEST_CASE("a booklet of twelve meetings numbers its pages and its contents name the pages the meetings are on",
          "[briefing][mission][pdf]")
{
    test::TestDatabase t;
    const QString mission = twelveMeetingMission(t);
    const BriefingDocument doc = bookletOf(t, mission, u"en"_s);
    CHECK_FALSE(doc.confidential);

    // The contents, as the booklet prints them: date of the meeting -> page.
    QList<std::pair<QString, int>> contents;
    const QRegularExpression row(u"(\\d+ March 2026), 10:00</td><td align=\"right\">Page (\\d+)</td>"_s);
    for (auto it = row.globalMatch(doc.html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        contents.append({match.captured(1), match.captured(2).toInt()});
    }
    REQUIRE(contents.size() == 12);
    // Each meeting fits a page and begins a new one: twelve pages in a row after the front matter.
    for (qsizetype i = 1; i < contents.size(); ++i) {
        CHECK(contents.at(i).second == contents.at(i - 1).second + 1);
    }
    const int pageCount = contents.last().second;
    CHECK(pageCount >= 13);
    CHECK(documentPages(doc.html).count == pageCount);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"booklet.pdf"_s);
    writeBriefingPdf(path, doc);
    const auto pages = pdfPages(path);
    if (!pages) {
        return;
    }
    REQUIRE(pages->size() == pageCount);
    for (int page = 1; page <= pageCount; ++page) {
        INFO("page " << page);
        CHECK(pages->at(page - 1).contains(u"Page %1 of %2"_s.arg(page).arg(pageCount)));
    }
    for (const auto &[date, page] : contents) {
        INFO(date.toStdString() << " on page " << page);
        const QString heading =
            u"Meeting briefing: Investor %1 K.K."_s.arg(date.section(u' ', 0, 0).toInt(), 2, 10, QChar(u'0'));
        CHECK(pages->at(page - 1).contains(heading));
        CHECK(pages->at(page - 1).contains(date + u", 10:00 (Asia/Tokyo)"_s));
        CHECK_FALSE(pages->at(page - 2).contains(heading));
    }

    if (qEnvironmentVariableIsSet("CRM_BOOKLET_TIMING")) { // the measure for the README, not a test
        QList<qint64> runs;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            writeBriefingPdf(path, bookletOf(t, mission, u"en"_s));
            runs << timer.elapsed();
        }
        std::sort(runs.begin(), runs.end());
        WARN("12-meeting booklet to PDF, median of 5: " << runs.at(2) << " ms");
    }
}

TEST_CASE("a booklet is confidential when one of its meetings is", "[briefing][mission]")
{
    test::TestDatabase t;
    const QString mission = twelveMeetingMission(t);
    QString meeting;
    t.store().forEach(RecordKind::Meeting, {}, [&](const QVariantMap &row) {
        meeting = row.value(u"id"_s).toString();
        return false;
    });
    t.store().update(RecordKind::Meeting, meeting, {{u"confidential"_s, true}});
    const BriefingDocument doc = bookletOf(t, mission, u"en"_s);
    CHECK(doc.confidential);
    CHECK(doc.footer.endsWith(u" · CONFIDENTIAL"_s));
}

TEST_CASE("a mission's agenda items keep the clock of the city the mission is in at the time", "[briefing][mission]")
{
    test::TestDatabase t;
    const QString mission =
        t.store().create(RecordKind::Mission,
                         {{u"kind"_s, u"investor_mission"_s},
                          {u"title"_s, u"Tokyo, then Lagos"_s},
                          {u"start_date"_s, u"2026-03-02"_s},
                          {u"end_date"_s, u"2026-03-06"_s},
                          {u"agenda"_s, QVariantList{QVariantMap{{u"starts_at"_s, u"2026-03-02T07:00:00Z"_s},
                                                                 {u"description"_s, u"Breakfast in Tokyo"_s}},
                                                     QVariantMap{{u"starts_at"_s, u"2026-03-05T08:00:00Z"_s},
                                                                 {u"description"_s, u"Factory visit in Lagos"_s}}}}});
    const QString tokyo = t.store().create(RecordKind::Investor, {{u"name"_s, u"Tokyo Parts K.K."_s}});
    const QString lagos = t.store().create(RecordKind::Investor, {{u"name"_s, u"Lagos Assembly Ltd"_s}});
    t.store().create(RecordKind::Meeting, {{u"starts_at"_s, u"2026-03-02T10:00:00+09:00"_s},
                                           {u"time_zone"_s, u"Asia/Tokyo"_s},
                                           {u"mission_id"_s, mission},
                                           {u"investor_id"_s, tokyo}});
    t.store().create(RecordKind::Meeting, {{u"starts_at"_s, u"2026-03-05T14:00:00+01:00"_s},
                                           {u"time_zone"_s, u"Africa/Lagos"_s},
                                           {u"mission_id"_s, mission},
                                           {u"investor_id"_s, lagos}});

    const QString text = test::documentText(bookletOf(t, mission, u"en"_s).html);
    // 07:00Z is 16:00 in Tokyo; 08:00Z is 09:00 in Lagos, not 17:00 on the first meeting's clock.
    CHECK(text.contains(u"2 March 2026 10:00 Meeting with Tokyo Parts K.K. 16:00 Breakfast in Tokyo"_s));
    CHECK(text.contains(u"5 March 2026 09:00 Factory visit in Lagos 14:00 Meeting with Lagos Assembly Ltd"_s));
}

TEST_CASE("a printer of any resolution breaks the booklet's pages where its contents say", "[briefing][mission][pdf]")
{
    test::TestDatabase t;
    const QString mission = twelveMeetingMission(t);
    // Talking points of every length up to two pages, so that some briefings end near a page's
    // foot, where a line more or less moves the next meeting's page.
    QStringList meetings;
    t.store().forEach(RecordKind::Meeting, {}, [&](const QVariantMap &meeting) {
        meetings << meeting.value(u"id"_s).toString();
        return true;
    });
    for (qsizetype m = 0; m < meetings.size(); ++m) {
        QStringList points;
        for (qsizetype i = 0; i < 20 + 7 * m; ++i) {
            points << u"Point %1: the plant's expansion, the suppliers' audit and the training of managers."_s.arg(i);
        }
        t.store().update(RecordKind::Meeting, meetings.at(m), {{u"talking_points"_s, points.join(u'\n')}});
    }
    const BriefingDocument doc = bookletOf(t, mission, u"en"_s);
    const DocumentPages expected = documentPages(doc.html, briefingFrame(doc));
    REQUIRE(expected.count >= 13);

    // A printer lays the document out at its own resolution (the preview at the screen's); the
    // pages must still be those the contents were numbered from.
    for (const int dpi : {72, 150, 300, 600}) {
        INFO(dpi << " dpi");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"printed.pdf"_s);
        {
            QPdfWriter printer(path);
            printer.setResolution(dpi);
            printer.setPageLayout(documentPageLayout());
            REQUIRE(paintPagedDocument(printer, doc.html, briefingFrame(doc)));
        }
        const auto pages = pdfPages(path);
        if (!pages) {
            return;
        }
        REQUIRE(pages->size() == expected.count);
        for (int day = 2; day <= 13; ++day) {
            const QString heading = u"Meeting briefing: Investor %1 K.K."_s.arg(day, 2, 10, QChar(u'0'));
            const int page = expected.anchors.value(u"meeting-%1"_s.arg(day - 1), -1);
            INFO(heading.toStdString() << " expected on page " << page);
            CHECK((page > 0 && pages->at(page - 1).contains(heading)));
        }
    }
}
