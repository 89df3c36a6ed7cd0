// export and calendar through the real binary, on the sample dataset (demo); every file we write is
// read back by a reader nobody here wrote (Python's csv module, openpyxl, vobject, icalendar).
#include "../core/pythonreader.h"
#include "clirunner.h"

#include <QFile>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;
using crm::test::fileBytes;
using crm::test::runPython;

namespace {
struct Sample
{
    Cli cli;

    Sample() { cli.demo(); }

    // Runs the command, expects success and returns the bytes of the file it wrote.
    QByteArray write(const QStringList &arguments, const QString &file) const
    {
        const CliResult result = cli.run(arguments);
        INFO("stderr: " << result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        REQUIRE(QFile::exists(file));
        return fileBytes(file);
    }

    QString exported(const QString &kind, const QString &format, const QStringList &extra = {}) const
    {
        const QString path = cli.filePath(kind + u'.' + format);
        QFile::remove(path);
        write(QStringList{u"export"_s, kind, u"--"_s + format, path} + extra, path);
        return path;
    }

    // A refusal: exit code 1, a message naming what was wrong, and no file left behind.
    void refuses(const QStringList &arguments, const QString &message, const QString &file) const
    {
        const CliResult result = cli.run(arguments);
        INFO(arguments.join(u' ').toStdString() << " -> " << result.errText().toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.errText().contains(message));
        CHECK_FALSE(QFile::exists(file));
    }
};

// The rows of a CSV file as Python's csv module reads them, cells joined by " | ".
QStringList csvRows(const QByteArray &bytes)
{
    const QString script = uR"(
import csv, io, sys
text = sys.stdin.buffer.read().decode('utf-8-sig')
for row in csv.reader(io.StringIO(text, newline='')):
    print(' | '.join(cell.replace('\n', '\\n') for cell in row))
)"_s;
    return runPython(u"csv"_s, script, bytes).split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

TEST_CASE("export --csv writes the list's columns, titles for links, in UTF-8 with a BOM and CRLF", "[cli][export]")
{
    const Sample s;
    const QByteArray bytes = fileBytes(s.exported(u"contact"_s, u"csv"_s));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == 11); // the header and the ten sample contacts
    CHECK(bytes.count('\n') == 11);
    const QStringList rows = csvRows(bytes);
    REQUIRE(rows.size() == 11);
    CHECK(rows.at(0) == u"Name | Company | Position | Department | E-mail"_s);
    // The investor link shows the investor's name, not its id.
    CHECK(rows.contains(u"井上 浩二 | 矢崎総業株式会社 (Yazaki Corporation) | 課長 (Manager) | "
                        "経営企画室 (Corporate Planning Office) | k.inoue@yazaki.example"_s));
}

TEST_CASE("export --csv applies the quick filter, the sort and the Trash as the list does", "[cli][export]")
{
    const Sample s;
    const QStringList yazaki = csvRows(fileBytes(s.exported(u"contact"_s, u"csv"_s, {u"--filter"_s, u"Yazaki"_s})));
    REQUIRE(yazaki.size() == 4);
    for (const QString &row : yazaki.mid(1)) {
        CHECK(row.section(u" | "_s, 1, 1) == u"矢崎総業株式会社 (Yazaki Corporation)"_s);
    }

    const QStringList newest =
        csvRows(fileBytes(s.exported(u"meeting"_s, u"csv"_s, {u"--sort"_s, u"starts_at"_s, u"--desc"_s})));
    const QStringList oldest = csvRows(fileBytes(s.exported(u"meeting"_s, u"csv"_s, {u"--sort"_s, u"starts_at"_s})));
    REQUIRE(newest.size() == 16);
    CHECK(oldest.at(1).startsWith(u"1996-11-20 14:00 | 矢崎総業株式会社 (Yazaki Corporation) | "_s));
    CHECK(oldest.at(1).endsWith(u" | 2"_s)); // the interest level, a number
    CHECK(newest.at(15) == oldest.at(1));

    const CliResult listed = s.cli.run({u"list"_s, u"contact"_s});
    const QString line = listed.outLines().filter(u"井上 浩二"_s).value(0);
    REQUIRE_FALSE(line.isEmpty());
    REQUIRE(s.cli.run({u"delete"_s, u"contact"_s, line.section(u'\t', 0, 0)}).exitCode == 0);
    const QStringList trash = csvRows(fileBytes(s.exported(u"contact"_s, u"csv"_s, {u"--trash"_s})));
    REQUIRE(trash.size() == 2);
    CHECK(trash.at(1).startsWith(u"井上 浩二 | "_s));
    CHECK(csvRows(fileBytes(s.exported(u"contact"_s, u"csv"_s))).size() == 10);
}

TEST_CASE("export --xlsx gives openpyxl real date-times and numbers under a frozen bold header", "[cli][export]")
{
    const Sample s;
    const QString path = s.exported(u"meeting"_s, u"xlsx"_s, {u"--sort"_s, u"starts_at"_s});
    const QString script = uR"(
import io, sys, openpyxl
ws = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read())).active
print(ws.title, ws.freeze_panes, ws.max_row, ws['A1'].font.b)
print([c.value for c in ws[1]])
print(repr(ws['A2'].value), repr(ws['B2'].value), repr(ws['E2'].value))
)"_s;
    const QStringList lines = runPython(u"openpyxl"_s, script, fileBytes(path)).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == u"meeting A2 16 True"_s);
    CHECK(lines.at(1) == u"['When', 'Investor', 'Place', 'Mission', 'Interest']"_s);
    CHECK(lines.at(2) == u"datetime.datetime(1996, 11, 20, 14, 0) '矢崎総業株式会社 (Yazaki Corporation)' 2"_s);
}

TEST_CASE("export --vcard writes contacts and delegates that vobject reads, readings and organisation included",
          "[cli][export]")
{
    const Sample s;
    const QString script = uR"(
import sys, vobject
for card in vobject.readComponents(sys.stdin.buffer.read().decode('utf-8')):
    org = card.org.value[0] if hasattr(card, 'org') else ''
    reading = card.x_phonetic_last_name.value if hasattr(card, 'x_phonetic_last_name') else ''
    print(card.version.value, card.fn.value, card.n.value.family, reading, org, sep=' | ')
)"_s;
    const QString v4 = s.exported(u"contact"_s, u"vcard"_s, {u"--filter"_s, u"Yazaki"_s});
    const QStringList contacts = runPython(u"vobject"_s, script, fileBytes(v4)).split(u'\n', Qt::SkipEmptyParts);
    CHECK(contacts.size() == 3);
    CHECK(contacts.contains(u"4.0 | 井上 浩二 | 井上 | いのうえ | 矢崎総業株式会社 (Yazaki Corporation)"_s));

    const QString v3 = s.exported(u"delegate"_s, u"vcard"_s, {u"--vcard-version"_s, u"3"_s});
    const QStringList delegates = runPython(u"vobject"_s, script, fileBytes(v3)).split(u'\n', Qt::SkipEmptyParts);
    CHECK(delegates.size() == 5);
    CHECK(delegates.contains(
        u"3.0 | Mohamed Aref Hassani | Hassani |  | AMDIE – Moroccan Investment and Export Development Agency"_s));
}

TEST_CASE("calendar writes the range's meetings in their zone and open follow-ups that icalendar reads",
          "[cli][export]")
{
    const Sample s;
    const QString path = s.cli.filePath(u"autumn.ics"_s);
    const QString script = uR"(
import sys
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
for e in cal.walk('VEVENT'):
    start = e['DTSTART']
    print('EVENT', e['SUMMARY'], start.params.get('TZID'), start.dt.strftime('%Y-%m-%d %H:%M'), e['LOCATION'],
          len(e.get('ATTENDEE', [])), sep=' | ')
for t in cal.walk('VTODO'):
    print('TODO', t['SUMMARY'], t['DUE'].dt.isoformat(), sep=' | ')
print('ZONES', ','.join(sorted(str(z['TZID']) for z in cal.walk('VTIMEZONE'))), sep=' | ')
)"_s;
    const auto items = [&](const QStringList &extra) {
        QFile::remove(path);
        const QByteArray ics = s.write(
            QStringList{u"calendar"_s, u"--from"_s, u"2025-10-01"_s, u"--to"_s, u"2026-03"_s, u"--ics"_s, path} + extra,
            path);
        return runPython(u"icalendar"_s, script, ics).split(u'\n', Qt::SkipEmptyParts);
    };

    const QStringList all = items({});
    CHECK(all.contains(u"EVENT | Meeting with 東雲繊維株式会社 (Shinonome Textile Co., Ltd.) | Asia/Tokyo | "
                       "2025-10-22 14:00 | 東雲繊維 東京事務所 | 3"_s));
    // Due 2026-03-31, the last day of --to 2026-03; done follow-ups and later ones are left out.
    CHECK(all.filter(u"TODO | "_s) ==
          QStringList{u"TODO | Collect 2025 realised jobs figures for the Yazaki plants from AMDIE | 2026-03-31"_s});
    CHECK(all.filter(u"EVENT | "_s).filter(u" | 1996-"_s).isEmpty());
    // One VTIMEZONE per zone used: the Hai Phong meeting (Asia/Ho_Chi_Minh) is in September 2026.
    CHECK(all.contains(u"ZONES | Asia/Tokyo"_s));
    const qsizetype meetings = all.filter(u"EVENT | "_s).size();
    CHECK(meetings == 6); // the autumn 2025 group's meetings in Tokyo

    // --officer: only the meetings they attend (田中 健一 attends none in the range) and the follow-ups
    // they own.
    const QStringList sato = items({u"--officer"_s, u"HS"_s});
    CHECK(sato.filter(u"TODO | "_s).size() == 1);
    CHECK(sato.filter(u"EVENT | "_s).size() < meetings);
}

TEST_CASE("export and calendar refuse bad input with a message naming it and write nothing", "[cli][export]")
{
    const Sample s;
    const QString out = s.cli.filePath(u"out.file"_s);
    s.refuses({u"export"_s, u"deal"_s, u"--vcard"_s, out}, u"--vcard writes contacts and delegates only"_s, out);
    s.refuses({u"export"_s, u"dealz"_s, u"--csv"_s, out}, u"unknown kind \"dealz\""_s, out);
    s.refuses({u"export"_s, u"contact"_s}, u"--csv FILE, --xlsx FILE and --vcard FILE"_s, out);
    s.refuses({u"export"_s, u"contact"_s, u"--csv"_s, out, u"--xlsx"_s, out}, u"--csv FILE, --xlsx FILE"_s, out);
    s.refuses({u"export"_s, u"contact"_s, u"--vcard"_s, out, u"--vcard-version"_s, u"2.1"_s}, u"--vcard-version"_s,
              out);
    s.refuses({u"export"_s, u"contact"_s, u"--csv"_s, out, u"--sort"_s, u"shoe_size"_s}, u"--sort"_s, out);
    const QString missing = s.cli.filePath(u"no/such/folder/out.csv"_s);
    s.refuses({u"export"_s, u"contact"_s, u"--csv"_s, missing}, u"does not exist"_s, missing);
    s.refuses({u"calendar"_s, u"--from"_s, u"2025-13-01"_s, u"--to"_s, u"2026-01-01"_s, u"--ics"_s, out},
              u"--from must be a date"_s, out);
    s.refuses({u"calendar"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2025-12-31"_s, u"--ics"_s, out},
              u"--from 2026-01-01 is after --to 2025-12-31"_s, out);
    s.refuses({u"calendar"_s, u"--from"_s, u"2026-01-01"_s, u"--ics"_s, out}, u"--to"_s, out);
    s.refuses({u"--officer"_s, u"ZZ"_s, u"calendar"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-02-01"_s,
               u"--ics"_s, out},
              u"--officer"_s, out);
}

TEST_CASE("export never writes a cell that a spreadsheet would run as a formula", "[cli][export]")
{
    const Sample s;
    const QString line = s.cli.run({u"list"_s, u"contact"_s}).outLines().filter(u"井上 浩二"_s).value(0);
    REQUIRE_FALSE(line.isEmpty());
    const CliResult updated = s.cli.run({u"update"_s, u"contact"_s, line.section(u'\t', 0, 0), u"--json"_s, u"-"_s},
                                        R"json({"title": "=HYPERLINK(\"https://evil.example\",\"x\")"})json");
    INFO("stderr: " << updated.errText().toStdString());
    REQUIRE(updated.exitCode == 0);

    const QStringList rows = csvRows(fileBytes(s.exported(u"contact"_s, u"csv"_s, {u"--filter"_s, u"Inoue"_s})));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).section(u" | "_s, 2, 2) == u"'=HYPERLINK(\"https://evil.example\",\"x\")"_s);

    const QString script = uR"(
import io, sys, openpyxl
ws = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read())).active
print(ws['C2'].data_type, ws['C2'].value)
)"_s;
    const QString xlsx = s.exported(u"contact"_s, u"xlsx"_s, {u"--filter"_s, u"Inoue"_s});
    CHECK(runPython(u"openpyxl"_s, script, fileBytes(xlsx)).trimmed() ==
          u"s =HYPERLINK(\"https://evil.example\",\"x\")"_s);
}
