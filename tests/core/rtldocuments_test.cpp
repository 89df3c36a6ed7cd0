// The printed documents with a right-to-left name (issue 20, item 6): the sample's delegate كريم منصور
// is isolated in the profile's title, text and timeline, Qt's layout honours the isolates, and the
// PDF carries the name; the machine-readable metadata does not get the marks.
#include "documents/calendarexport.h"
#include "documents/delegateprofile.h"
#include "domain/bidi.h"
#include "pdftext.h"
#include "services/sampledata.h"
#include "testdatabase.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextLayout>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
const QChar fsi(0x2068);
const QChar pdi(0x2069);
const QString mansour = u"كريم منصور"_s;

// Where each character of text is drawn, left to right, in one line of a left-to-right paragraph.
QList<qreal> drawnAt(const QString &text)
{
    QTextLayout layout(text);
    QTextOption option;
    option.setTextDirection(Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(10000);
    layout.endLayout();
    QList<qreal> x;
    for (int i = 0; i < text.size(); ++i) {
        x << line.cursorToX(i);
    }
    return x;
}
} // namespace

TEST_CASE("an Arabic name keeps the year that follows it on its right once isolated", "[bidi][documents]")
{
    // Unisolated, "2019" after Arabic letters is read as an Arabic number and drawn left of the name.
    const QString plain = mansour + u", 2019"_s;
    const QList<qreal> before = drawnAt(plain);
    CHECK(before[plain.indexOf(u"2019"_s)] < before[0]);

    const QString isolated = isolate(mansour) + u", 2019"_s;
    const QList<qreal> after = drawnAt(isolated);
    const qsizetype year = isolated.indexOf(u"2019"_s);
    for (qsizetype i = 1; i <= mansour.size(); ++i) {
        CHECK(after[year] > after[i]);
    }
}

TEST_CASE("the delegate profile of an Arabic-named delegate isolates the name wherever it is composed",
          "[bidi][documents][briefing]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const auto id = t.store().findIdBy(RecordKind::Delegate, u"latin_family_name"_s, u"Mansour"_s);
    REQUIRE(id);
    BriefingOptions options;
    options.language = u"en"_s;
    const BriefingDocument profile = DelegateProfile(t.db()).build(*id, options);
    CHECK(profile.title == u"Delegate profile – "_s + fsi + mansour + pdi);
    CHECK(profile.html.contains(fsi + mansour + pdi));
    // The HTML reader keeps the marks, so the page is laid out with them.
    QTextDocument document;
    document.setHtml(profile.html);
    CHECK(document.toPlainText().contains(fsi + mansour + pdi));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"mansour.pdf"_s);
    writeBriefingPdf(path, profile);
    REQUIRE(QFileInfo(path).size() > 0);
    if (const auto text = test::pdfText(path)) {
        CHECK(hasRightToLeft(*text));
        CHECK_FALSE(text->contains(fsi));
        CHECK_FALSE(text->contains(pdi));
    }
}

TEST_CASE("the calendar export carries the Arabic name as stored, without isolates", "[bidi][documents]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const CalendarItems items = CalendarExport::items(t.db(), {QDate(1990, 1, 1), QDate(2040, 12, 31), {}});
    const QString ics =
        QString::fromUtf8(interchange::ICalendarWriter::write(items.events, items.todos, t.db().clock()))
            .replace(u"\r\n "_s, QString()); // lines unfolded
    CHECK(ics.contains(u"منصور"_s));
    CHECK_FALSE(ics.contains(fsi));
    CHECK_FALSE(ics.contains(pdi));
}
