#include "documents/timelineexport.h"
#include "fixtures.h"
#include "pdftext.h"
#include "services/sampledata.h"
#include "services/timeline.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

TimelineEvent event(TimelineEventKind kind, const PartialDate &start, const QString &title, const QString &summary = {})
{
    TimelineEvent e;
    e.kind = kind;
    e.start = start;
    e.title = title;
    e.summary = summary;
    e.recordKind = RecordKind::Meeting;
    e.recordId = u"0192a000-0000-7000-8000-000000000001"_s;
    return e;
}

TimelineEvent span(const PartialDate &start, const std::optional<PartialDate> &end)
{
    TimelineEvent e = event(TimelineEventKind::CareerPosition, start, u"Attaché"_s);
    e.end = end;
    return e;
}

// An RFC 4180 reader, strict enough to prove the writer right: quoted fields may hold commas,
// doubled quotes and line breaks; records end with CRLF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    REQUIRE(field.isEmpty());
    REQUIRE(row.isEmpty()); // the last record ends with CRLF too
    return rows;
}

QString csvText(const QByteArray &csv)
{
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(csv.mid(3));
}

struct Sample
{
    test::TestDatabase t;
    QString hassani;

    Sample()
    {
        loadSampleData(t.db());
        hassani = t.store().findIdBy(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s).value();
    }
};
} // namespace

TEST_CASE("a timeline CSV has a byte order mark, a header row and CRLF line ends", "[timeline][export]")
{
    const QByteArray csv = timelineCsv({event(TimelineEventKind::Meeting, QDate(2024, 5, 1), u"Tokyo"_s)});
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "kind,start,end,open,title,summary,role,code,setback,record_kind,record_id\r\n"));
    CHECK(csv.endsWith("\r\n"));
    CHECK(csv.count("\r\n") == 2);
    CHECK(csv.count('\n') == 2); // no bare line feeds

    const QByteArray empty = timelineCsv({});
    CHECK(empty == "\xEF\xBB\xBF"
                   "kind,start,end,open,title,summary,role,code,setback,record_kind,record_id\r\n");
}

TEST_CASE("timeline CSV quotes commas, quotes and line breaks, and round-trips", "[timeline][export]")
{
    TimelineEvent meeting = event(TimelineEventKind::Meeting, QDate(2024, 5, 1), u"Yazaki, Tokyo"_s,
                                  u"He said \"yes\".\nThen we had lunch."_s);
    meeting.role = u"presenter"_s;
    TimelineEvent stage = event(TimelineEventKind::StageChange, QDate(2001, 3, 1), u"Wire-harness plants: Lost"_s);
    stage.code = u"lost"_s;
    stage.setback = true;
    stage.recordKind = RecordKind::Deal;
    const TimelineEvent japanese =
        event(TimelineEventKind::Note, QDate(2020, 2, 2), u"矢崎総業 本社"_s, u"شريك في طنجة 🚗"_s);

    const QString text = csvText(timelineCsv({meeting, stage, japanese}));
    CHECK(text.contains(u",\"Yazaki, Tokyo\",\"He said \"\"yes\"\".\nThen we had lunch.\",presenter,"_s));

    const QList<QStringList> rows = parseCsv(text);
    REQUIRE(rows.size() == 4);
    for (const QStringList &row : rows) {
        CHECK(row.size() == 11);
    }
    CHECK(rows[1] == QStringList{u"meeting"_s, u"2024-05-01"_s, QString(), u"false"_s, u"Yazaki, Tokyo"_s,
                                 u"He said \"yes\".\nThen we had lunch."_s, u"presenter"_s, QString(), u"false"_s,
                                 u"meeting"_s, meeting.recordId});
    CHECK(rows[2] == QStringList{u"stage_change"_s, u"2001-03-01"_s, QString(), u"false"_s,
                                 u"Wire-harness plants: Lost"_s, QString(), QString(), u"lost"_s, u"true"_s, u"deal"_s,
                                 stage.recordId});
    CHECK(rows[3][4] == u"矢崎総業 本社"_s);
    CHECK(rows[3][5] == u"شريك في طنجة 🚗"_s);
}

TEST_CASE("timeline CSV keeps vague dates vague and marks open spans", "[timeline][export]")
{
    const QList<QStringList> rows =
        parseCsv(csvText(timelineCsv({span(PartialDate::ofMonth(1991, 3), PartialDate::ofMonth(2009, 6)),
                                      span(PartialDate::ofYear(2009), std::nullopt)})));
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].mid(0, 4) == QStringList{u"position"_s, u"1991-03"_s, u"2009-06"_s, u"false"_s});
    CHECK(rows[2].mid(0, 4) == QStringList{u"position"_s, u"2009"_s, QString(), u"true"_s});
}

TEST_CASE("timeline CSV defuses cells a spreadsheet would run as formulas", "[timeline][export]")
{
    const QList<QStringList> rows = parseCsv(csvText(
        timelineCsv({event(TimelineEventKind::Note, QDate(2024, 1, 1), u"=HYPERLINK(\"x\")"_s, u"+81 3 1234 5678"_s),
                     event(TimelineEventKind::Note, QDate(2024, 1, 2), u"@SUM(A1)"_s, u"- first point\n- second"_s),
                     event(TimelineEventKind::Note, QDate(2024, 1, 3), u"a = b"_s, u"-"_s)})));
    REQUIRE(rows.size() == 4);
    CHECK(rows[1][4] == u"'=HYPERLINK(\"x\")"_s);
    CHECK(rows[1][5] == u"'+81 3 1234 5678"_s);
    CHECK(rows[2][4] == u"'@SUM(A1)"_s);
    CHECK(rows[2][5] == u"'- first point\n- second"_s);
    CHECK(rows[3][4] == u"a = b"_s); // only a leading sign is dangerous
    CHECK(rows[3][5] == u"'-"_s);
}

TEST_CASE("span lengths read in days, months or years, never finer than the dates", "[timeline][export]")
{
    const QDate today(2026, 11, 29);
    CHECK(timelineSpanText(span(QDate(2024, 1, 1), PartialDate(QDate(2024, 1, 12))), today) == u"12 days"_s);
    CHECK(timelineSpanText(span(QDate(2024, 1, 1), PartialDate(QDate(2024, 1, 1))), today) == u"1 day"_s);
    CHECK(timelineSpanText(span(QDate(1996, 9, 2), PartialDate(QDate(1996, 12, 1))), today) == u"3 months"_s);
    CHECK(timelineSpanText(span(QDate(2020, 1, 1), PartialDate(QDate(2021, 6, 30))), today) == u"1 year, 6 months"_s);
    CHECK(timelineSpanText(span(PartialDate::ofMonth(1991, 3), PartialDate::ofMonth(2009, 6)), today) == u"18 years"_s);
    // Known to the year: counted in years, at least one.
    CHECK(timelineSpanText(span(PartialDate::ofYear(1996), PartialDate::ofYear(1996)), today) == u"1 year"_s);
    CHECK(timelineSpanText(span(PartialDate::ofMonth(2026, 11), PartialDate::ofMonth(2026, 11)), today) ==
          u"1 month"_s);
    // An open span lasts until today.
    CHECK(timelineSpanText(span(QDate(2008, 11, 29), std::nullopt), today) == u"18 years"_s);
    // Points have no length.
    CHECK(timelineSpanText(event(TimelineEventKind::Meeting, QDate(2024, 1, 1), u"x"_s), today).isEmpty());
}

TEST_CASE("the printable chronology groups events by year and escapes their text", "[timeline][export]")
{
    TimelineEvent meeting =
        event(TimelineEventKind::Meeting, QDate(2024, 5, 1), u"<b>&</b> Yazaki"_s, u"line one\nline <two>"_s);
    meeting.role = u"presenter"_s;
    TimelineEvent stage = event(TimelineEventKind::StageChange, QDate(2001, 3, 1), u"Plants: On hold"_s);
    stage.setback = true;
    const QList<TimelineEvent> events{meeting, stage, span(PartialDate::ofMonth(1991, 3), std::nullopt)};

    const QString html = timelineHtml(u"M. A. Hassani & <co>"_s, events, kEnglish, kClock);
    CHECK(html.contains(u"<h1 style=\"font-size:18pt;\">M. A. Hassani &amp; &lt;co&gt;</h1>"_s));
    CHECK(html.contains(u">2024</h2>"_s));
    CHECK(html.contains(u">2001</h2>"_s));
    CHECK(html.contains(u">1991</h2>"_s));
    CHECK(html.indexOf(u">2024</h2>"_s) < html.indexOf(u">2001</h2>"_s)); // in the order given
    CHECK(html.contains(u"<b>&lt;b&gt;&amp;&lt;/b&gt; Yazaki</b>"_s));
    CHECK(!html.contains(u"<b>&</b>"_s));
    CHECK(html.contains(u"line one<br>line &lt;two&gt;"_s));
    CHECK(html.contains(u"<i>presenter</i>"_s));
    CHECK(html.contains(u"↩ setback"_s));
    CHECK(html.contains(u"since March 1991"_s));
    CHECK(html.contains(u"35 years"_s));
    CHECK(html.contains(u"1991–2026 · 3 events · printed Sunday, 29 November 2026"_s));

    // What QTextDocument shows is the text as typed.
    QTextDocument document;
    document.setHtml(html);
    const QString plain = document.toPlainText();
    CHECK(plain.contains(u"<b>&</b> Yazaki"_s));
    CHECK(plain.contains(u"M. A. Hassani & <co>"_s));
}

TEST_CASE("an empty chronology still prints its heading", "[timeline][export]")
{
    const QString html = timelineHtml(u"Nobody"_s, {}, kEnglish, kClock);
    CHECK(html.contains(u"Nobody</h1>"_s));
    CHECK(html.contains(u"0 events"_s));
    CHECK(html.contains(u"No events."_s));
}

TEST_CASE("a delegate's timeline prints to a PDF with his name and Japanese text", "[timeline][export][pdf]")
{
    Sample s;
    const QList<TimelineEvent> events = Timeline(s.t.db()).forDelegate(s.hassani);
    REQUIRE(!events.isEmpty());
    const QString title = s.t.store().title(RecordKind::Delegate, s.hassani);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"hassani.pdf"_s);

    writeTimelinePdf(path, title, events, kEnglish, kClock);

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.size() > 10'000);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"hassani.pdf"_s}); // no temporary file left

    const std::optional<QString> extracted = test::pdfText(path);
    if (!extracted) {
        return;
    }
    const QString &text = *extracted;
    CHECK(text.contains(u"Hassani"_s));
    CHECK(text.contains(u"矢崎"_s));
    CHECK(text.contains(u"1996"_s));
    CHECK(text.contains(u"Page 1 of "_s));
}

TEST_CASE("a PDF that cannot be written fails before rendering, naming the path", "[timeline][export][pdf]")
{
    const QList<TimelineEvent> events{event(TimelineEventKind::Meeting, QDate(2024, 5, 1), u"Tokyo"_s)};
    const QString missing = u"/nonexistent-dir/x.pdf"_s;
    const std::optional<Error> error =
        test::errorFrom([&] { writeTimelinePdf(missing, u"Hassani"_s, events, kEnglish, kClock); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Invalid);
    CHECK(error->message().contains(missing));
    CHECK(!QFile::exists(missing));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::optional<Error> folder =
        test::errorFrom([&] { writeTimelinePdf(dir.path(), u"Hassani"_s, events, kEnglish, kClock); });
    REQUIRE(folder);
    CHECK(folder->message().contains(dir.path()));
}
