#include "documents/documenttemplate.h"
#include "documents/meetingbriefing.h"
#include "domain/error.h"
#include "pdftext.h"
#include "services/sampledata.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// The sample's first meeting at Yazaki: Hassani's 1996 stay, with an interpreter on the ITPO side.
struct Sample
{
    Sample()
    {
        loadSampleData(t.db());
        const auto investor = t.store().findIdBy(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
        REQUIRE(investor);
        t.store().forEach(RecordKind::Meeting, {}, [&](const QVariantMap &meeting) {
            if (meeting.value(u"investor_id"_s) == *investor &&
                meeting.value(u"starts_at"_s).toString().startsWith(u"1996-11-20"_s)) {
                meetingId = meeting.value(u"id"_s).toString();
            }
            return true;
        });
        REQUIRE_FALSE(meetingId.isEmpty());
    }

    BriefingDocument build(const QString &language, const QString &templateDir = {})
    {
        BriefingOptions options;
        options.language = language;
        options.templateDir = templateDir;
        return MeetingBriefing(t.db()).build(meetingId, options);
    }

    test::TestDatabase t;
    QString meetingId;
};

QString plain(const QString &html)
{
    QString text = html;
    // Cells and blocks part words; inline tags (b, span) do not.
    text.replace(QRegularExpression(u"</?(td|th|tr|p|br|h1|h2|table)\\b[^>]*>"_s), u" "_s);
    return text.remove(QRegularExpression(u"<[^>]*>"_s)).simplified();
}
} // namespace

TEST_CASE("a meeting briefing gives the meeting, the investor, both sides and the open deals", "[briefing]")
{
    Sample s;
    const BriefingDocument doc = s.build(u"en"_s);
    CHECK(doc.warnings.isEmpty());
    CHECK(doc.title == u"Meeting briefing – 矢崎総業株式会社, 20 November 1996"_s);
    const QString text = plain(doc.html);
    CHECK(text.contains(u"20 November 1996, 14:00 (Asia/Tokyo)"_s));
    CHECK(text.contains(u"矢崎総業株式会社 (やざきそうぎょう) · Yazaki Corporation"_s));
    CHECK(text.contains(u"Head office Tokyo, Japan"_s));
    // People in their own script, with the reading and the romanised name.
    CHECK(text.contains(u"山本 誠 (やまもと まこと) Makoto Yamamoto"_s));
    CHECK(text.contains(u"Mohamed Aref Hassani"_s));
    CHECK(text.contains(u"Open deals"_s));
    // The deal as it stood on the meeting's day: contacted that very day, nothing announced yet.
    CHECK(text.contains(u"Open deals Deals as known on 20 November 1996"_s));
    CHECK(text.contains(u"Wire-harness plants, Morocco Morocco Contacted"_s));
    CHECK_FALSE(text.contains(u"USD"_s));
    // No record of the sample has a parent company: no label for it, not even empty.
    CHECK_FALSE(text.contains(u"Parent company"_s));
    CHECK_FALSE(doc.html.contains(u"null"_s));
    CHECK_FALSE(doc.confidential);
    CHECK(doc.footer.startsWith(doc.title + u" · Printed 29 November 2026"_s));
    // The history is what was known on the meeting's day, the meeting itself left out.
    CHECK(text.contains(u"15 October 1996 Wire-harness plants, Morocco: Lead"_s));
    CHECK_FALSE(text.contains(u"2020"_s));
    CHECK_FALSE(text.contains(u"1 April 2024"_s));
    CHECK_FALSE(text.contains(u"20 November 1996 矢崎総業株式会社 (Yazaki Corporation)"_s));
}

TEST_CASE("a briefing's labels and dates follow the document's language, names their own culture", "[briefing]")
{
    Sample s;
    const QString ja = plain(s.build(u"ja"_s).html);
    CHECK(ja.contains(u"面談ブリーフィング"_s));
    CHECK(ja.contains(u"1996年11月20日"_s));
    CHECK(ja.contains(u"自動車"_s)); // the sector
    CHECK(ja.contains(u"Mohamed Aref Hassani"_s));
    CHECK_FALSE(ja.contains(u"Meeting briefing"_s));

    const QString fr = plain(s.build(u"fr"_s).html);
    CHECK(fr.contains(u"Fiche de rendez-vous"_s));
    CHECK(fr.contains(u"20 novembre 1996"_s));
    CHECK(fr.contains(u"Participants"_s));
    CHECK(fr.contains(u"Automobile"_s));

    CHECK_THROWS_AS(s.build(u"de"_s), Error);
}

TEST_CASE("talking points and a confidential meeting show in the briefing and its footer", "[briefing]")
{
    Sample s;
    QVariantMap meeting = s.t.store().get(RecordKind::Meeting, s.meetingId);
    meeting.insert(u"talking_points"_s, u"1. Free-zone incentives\n2. محمد الحسني joins in March"_s);
    meeting.insert(u"confidential"_s, true);
    s.t.store().update(RecordKind::Meeting, s.meetingId, meeting);
    const BriefingDocument doc = s.build(u"en"_s);
    CHECK(doc.confidential);
    CHECK(doc.footer.endsWith(u" · CONFIDENTIAL"_s));
    CHECK(doc.html.contains(u"Talking points"_s));
    CHECK(doc.html.contains(u"1. Free-zone incentives\n2. محمد الحسني joins in March"_s));
}

TEST_CASE("an officer's template replaces the built-in one, and a broken one falls back with a warning", "[briefing]")
{
    Sample s;
    QTemporaryDir dir;
    {
        QFile file(QDir(dir.path()).filePath(u"meeting-briefing.html"_s));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("<p>OFFICE LETTERHEAD</p><h1>{{investor.name}}</h1>");
    }
    BriefingDocument doc = s.build(u"en"_s, dir.path());
    CHECK(doc.warnings.isEmpty());
    CHECK(plain(doc.html) == u"OFFICE LETTERHEAD 矢崎総業株式会社"_s);

    {
        QFile file(QDir(dir.path()).filePath(u"meeting-briefing.html"_s));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("<h1>{{#investor}}{{name}}</h1>"); // a section never closed
    }
    doc = s.build(u"en"_s, dir.path());
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings.first().contains(u"meeting-briefing.html"_s));
    CHECK(doc.warnings.first().contains(u"the built-in one was used"_s));
    CHECK(plain(doc.html).contains(u"Open deals"_s));
}

TEST_CASE("an officer's copy of a shared part changes every document using it, a broken one is reported", "[briefing]")
{
    Sample s;
    QTemporaryDir dir;
    const auto writeStory = [&](const QByteArray &text) {
        QFile file(QDir(dir.path()).filePath(u"investor-story.html"_s));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    writeStory("<p>OFFICE STORY</p>{{#has_deals}}<h2>{{label.open_deals}}</h2>{{/has_deals}}");
    const BriefingDocument doc = s.build(u"en"_s, dir.path());
    CHECK(doc.warnings.isEmpty());
    CHECK(plain(doc.html).contains(u"OFFICE STORY Open deals"_s));
    CHECK_FALSE(plain(doc.html).contains(u"Recent history"_s));

    writeStory("{{#has_deals}}never closed");
    const BriefingDocument fallback = s.build(u"en"_s, dir.path());
    REQUIRE(fallback.warnings.size() == 1);
    CHECK(fallback.warnings.first().contains(u"investor-story.html"_s));
    CHECK(plain(fallback.html).contains(u"Recent history"_s));
}

TEST_CASE("the briefing PDF keeps kanji, kana, accents and Arabic as text, on a page that is not blank",
          "[briefing][pdf]")
{
    Sample s;
    QVariantMap meeting = s.t.store().get(RecordKind::Meeting, s.meetingId);
    meeting.insert(u"talking_points"_s, u"Délégué de Fès; محمد الحسني"_s);
    s.t.store().update(RecordKind::Meeting, s.meetingId, meeting);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"briefing.pdf"_s);
    writeBriefingPdf(path, s.build(u"ja"_s));
    const auto text = test::pdfText(path);
    if (!text) {
        return;
    }
    for (const QString &expected : {u"矢崎総業株式会社"_s, u"やざきそうぎょう"_s, u"山本 誠"_s, u"田中 健一"_s,
                                    u"面談ブリーフィング"_s, u"Délégué de Fès"_s, u"1 / "_s}) {
        INFO(expected.toStdString());
        CHECK(text->contains(expected));
    }
    // pdftotext writes a right-to-left run in visual order; either order is the original text.
    const QString arabic = u"محمد الحسني"_s;
    QString reversed = arabic;
    std::reverse(reversed.begin(), reversed.end());
    CHECK((text->contains(arabic) || text->contains(u"الحسني محمد"_s) || text->contains(reversed)));

    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (pdftoppm.isEmpty()) {
        return;
    }
    QProcess render;
    render.start(pdftoppm,
                 {u"-r"_s, u"40"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-png"_s, path, dir.filePath(u"page"_s)});
    REQUIRE(render.waitForFinished(60'000));
    const QStringList pages = QDir(dir.path()).entryList({u"page*.png"_s});
    REQUIRE(pages.size() == 1);
    const QImage page(dir.filePath(pages.first()));
    REQUIRE_FALSE(page.isNull());
    int dark = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    CHECK(dark > page.width() * page.height() / 100); // text, not a blank page
}

TEST_CASE("every built-in template parses", "[briefing]")
{
    CHECK_FALSE(builtInTemplate(u"meeting-briefing.html"_s).isEmpty());
    CHECK_NOTHROW(renderDocumentTemplate(u"meeting-briefing.html"_s, {}));
    // The shared style comes in through the document-style partial.
    for (const QString &name : {u"meeting-briefing.html"_s, u"investor-profile.html"_s, u"delegate-profile.html"_s}) {
        INFO(name.toStdString());
        CHECK(renderDocumentTemplate(name, {}).html.contains(u"table.list th { text-align: left;"_s));
    }
    CHECK_THROWS_AS(renderDocumentTemplate(u"no-such-template.html"_s, {}), Error);
}

TEST_CASE("very long talking points wrap and run onto further pages instead of being cut", "[briefing][pdf]")
{
    Sample s;
    QStringList lines;
    for (int i = 1; i <= 150; ++i) {
        lines << u"Point %1: a long remark about the free-zone incentives, the training of local managers and the "
                 u"suppliers' quality programme, written as one line the page must wrap."_s.arg(i);
    }
    QVariantMap meeting = s.t.store().get(RecordKind::Meeting, s.meetingId);
    meeting.insert(u"talking_points"_s, lines.join(u'\n'));
    s.t.store().update(RecordKind::Meeting, s.meetingId, meeting);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    writeBriefingPdf(path, s.build(u"en"_s));
    const auto text = test::pdfText(path);
    if (!text) {
        return;
    }
    const qsizetype pages = text->count(u'\f');
    CHECK(pages >= 4);
    CHECK(text->contains(u"Point 150: a long remark"_s)); // the last line is printed, not cut
    CHECK(text->contains(u"Page %1 of %1"_s.arg(pages)));
}
