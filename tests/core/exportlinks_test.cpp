// What the desktop exports need from core: progress and cancel on a long list, one meeting as a
// calendar event, links that only ever say mailto:, http: or https:, and briefings that carry them.
#include "documents/briefingdocument.h"
#include "documents/calendarexport.h"
#include "documents/contactcards.h"
#include "documents/delegateprofile.h"
#include "documents/investorprofile.h"
#include "documents/listexport.h"
#include "documents/meetingbriefing.h"
#include "domain/weblinks.h"
#include "services/sampledata.h"
#include "testdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
struct Sample
{
    Sample() { loadSampleData(t.db()); }
    QString idOf(RecordKind kind, const QString &field, const QString &value)
    {
        const auto id = t.store().findIdBy(kind, field, value);
        REQUIRE(id);
        return *id;
    }
    test::TestDatabase t;
};

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("an e-mail address becomes a mailto: link, anything else none", "[links]")
{
    CHECK(weblinks::mailUrl(u"m.yamamoto@yazaki.example"_s) == QUrl(u"mailto:m.yamamoto@yazaki.example"_s));
    CHECK(weblinks::mailUrl(u" a.b@c.example "_s) == QUrl(u"mailto:a.b@c.example"_s));
    for (const QString &bad : {u""_s, u"someone"_s, u"a@b"_s, u"a b@c.example"_s, u"a@b.c?body=x"_s,
                               u"javascript:x@y.z"_s, u"a@b@c.example"_s}) {
        INFO(bad.toStdString());
        CHECK(weblinks::mailUrl(bad).isEmpty());
    }
}

TEST_CASE("a website becomes an http(s) link, https:// added when it has no scheme", "[links]")
{
    CHECK(weblinks::webUrl(u"https://www.yazaki-group.com"_s) == QUrl(u"https://www.yazaki-group.com"_s));
    CHECK(weblinks::webUrl(u"http://example.com/a?b=c"_s) == QUrl(u"http://example.com/a?b=c"_s));
    CHECK(weblinks::webUrl(u"www.example.co.jp"_s) == QUrl(u"https://www.example.co.jp"_s));
    CHECK(weblinks::webUrl(u"example.com:8080/x"_s) == QUrl(u"https://example.com:8080/x"_s));
    for (const QString &bad : {u""_s, u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, u"ftp://example.com"_s,
                               u"mailto:a@b.example"_s, u"data:text/html,x"_s, u"two words.com"_s, u"https://"_s}) {
        INFO(bad.toStdString());
        CHECK(weblinks::webUrl(bad).isEmpty());
    }
    CHECK(weblinks::isAllowed(QUrl(u"mailto:a@b.example"_s)));
    CHECK_FALSE(weblinks::isAllowed(QUrl(u"file:///tmp/x"_s)));
}

TEST_CASE("a list export tells its progress page by page and stops when told to", "[export][progress]")
{
    Sample s;
    ListExportQuery query;
    query.kind = RecordKind::Contact;
    QList<std::pair<qint64, qint64>> calls;
    const auto table = ListExport::table(s.t.db(), query, [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    REQUIRE(table);
    const qint64 contacts = s.t.store().count(RecordKind::Contact);
    REQUIRE(calls.size() >= 2);
    CHECK(calls.first() == std::pair<qint64, qint64>(0, contacts));
    CHECK(calls.last() == std::pair<qint64, qint64>(contacts, contacts));
    CHECK(table->rows.size() == contacts);
    CHECK(table->rows == ListExport::table(s.t.db(), query).rows);

    int asked = 0;
    CHECK_FALSE(ListExport::table(s.t.db(), query, [&](qint64, qint64) { return ++asked < 2; }));
    CHECK(asked == 2);
}

TEST_CASE("cancelled vCards leave no file, and an existing one as it was", "[export][progress]")
{
    Sample s;
    ListExportQuery query;
    query.kind = RecordKind::Delegate;
    const QString path = s.t.dir() + u"/delegates.vcf"_s;
    const auto stop = [](qint64, qint64) { return false; };
    CHECK_FALSE(ContactCards::writeFile(s.t.db(), query, interchange::VCardVersion::V4, path, stop));
    CHECK_FALSE(QFile::exists(path));

    const auto written = ContactCards::writeFile(s.t.db(), query, interchange::VCardVersion::V4, path);
    REQUIRE(written);
    CHECK(*written == s.t.store().count(RecordKind::Delegate));
    const QByteArray before = bytesOf(path);
    CHECK(before.count("BEGIN:VCARD") == *written);
    CHECK_FALSE(ContactCards::writeFile(s.t.db(), query, interchange::VCardVersion::V3, path,
                                        [](qint64 done, qint64) { return done == 0; }));
    CHECK(bytesOf(path) == before);
}

TEST_CASE("one meeting becomes the calendar event the range export writes for it", "[export][calendar]")
{
    Sample s;
    const CalendarItems range = CalendarExport::items(s.t.db(), {QDate(2026, 9, 1), QDate(2026, 9, 30), {}});
    REQUIRE(range.events.size() == 1);
    const interchange::CalendarEvent expected = range.events.first();
    const auto one = CalendarExport::meeting(s.t.db(), expected.id);
    REQUIRE(one);
    CHECK(one->title == expected.title);
    CHECK(one->start == expected.start);
    CHECK(one->end == expected.end);
    CHECK(one->timeZone == u"Asia/Ho_Chi_Minh"_s);
    CHECK(one->place == expected.place);
    CHECK(one->attendees.size() == expected.attendees.size());
    CHECK_FALSE(one->attendees.isEmpty());
    CHECK_FALSE(CalendarExport::meeting(s.t.db(), u"0190a3c4-0000-7000-8000-000000000000"_s));
}

TEST_CASE("briefings link websites with https: and people's e-mails with mailto:", "[briefing][links]")
{
    Sample s;
    const QString yazaki = s.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    const BriefingDocument profile = InvestorProfile(s.t.db()).build(yazaki);
    CHECK(profile.html.contains(u"<a href=\"https://www.yazaki-group.com\">https://www.yazaki-group.com</a>"_s));
    CHECK(profile.html.contains(u"<a href=\"mailto:m.yamamoto@yazaki.example\">m.yamamoto@yazaki.example</a>"_s));

    const QString diop = s.idOf(RecordKind::Delegate, u"family_name"_s, u"Diop"_s);
    CHECK(DelegateProfile(s.t.db()).build(diop).html.contains(u"href=\"mailto:aissatou.diop@aspii.example\""_s));

    QString meeting;
    s.t.store().forEach(RecordKind::Meeting, {}, [&](const QVariantMap &row) {
        if (row.value(u"investor_id"_s) == yazaki && row.value(u"starts_at"_s).toString().startsWith(u"1996"_s)) {
            meeting = row.value(u"id"_s).toString();
        }
        return true;
    });
    REQUIRE_FALSE(meeting.isEmpty());
    const BriefingDocument briefing = MeetingBriefing(s.t.db()).build(meeting, {});
    CHECK(briefing.html.contains(u"href=\"https://www.yazaki-group.com\""_s));
    CHECK(briefing.html.contains(u"href=\"mailto:"_s));

    // A value that is no link stays text.
    s.t.store().update(RecordKind::Investor, yazaki, {{u"website"_s, QVariant()}});
    CHECK_FALSE(InvestorProfile(s.t.db()).build(yazaki).html.contains(u"yazaki-group"_s));
}

TEST_CASE("the briefing PDF keeps the links as link annotations", "[briefing][links][pdf]")
{
    Sample s;
    const QString yazaki = s.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    const QString path = s.t.dir() + u"/profile.pdf"_s;
    writeBriefingPdf(path, InvestorProfile(s.t.db()).build(yazaki));
    const QByteArray pdf = bytesOf(path);
    CHECK(pdf.contains("/URI (https://www.yazaki-group.com)"));
    CHECK(pdf.contains("/URI (mailto:m.yamamoto@yazaki.example)"));
}
