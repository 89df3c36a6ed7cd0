// add and update read strict JSON (docs/json-format.md, "JSON text" and "Types"): what Qt alone
// would quietly change is refused with exit code 2, the field named, and nothing written.
#include "clirunner.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
struct BadInput
{
    const char *finding;
    QString kind;
    QByteArray json;
    QString expected; // a piece of standard error
};

CliResult addFrom(const Cli &cli, const QString &kind, const QByteArray &json)
{
    return cli.run({u"add"_s, kind, u"--json"_s, u"-"_s}, json);
}
} // namespace

TEST_CASE("add refuses JSON that is looser than the format, names the field and writes nothing", "[cli][json]")
{
    Cli cli;
    cli.init();
    const QByteArray investor = R"({"name": "矢崎総業株式会社", "hq_country": "JP", )";
    const QList<BadInput> inputs{
        {"a number as a boolean", u"officer"_s, R"({"name": "佐藤 花子", "initials": "HS", "active": 2})",
         u"active: must be true or false"_s},
        {"1 as a boolean", u"officer"_s, R"({"name": "佐藤 花子", "initials": "HS", "active": 1})",
         u"active: must be true or false"_s},
        {"text as a boolean", u"investor"_s, investor + R"("confidential": "false"})",
         u"confidential: must be true or false"_s},
        {"a number in quotes", u"investor"_s, investor + R"("employees": "5"})",
         u"employees: must be a whole number written without quotes"_s},
        {"a fraction as a whole number", u"investor"_s, investor + R"("employees": 5.5})",
         u"employees: must be a whole number"_s},
        {"a number out of range", u"investor"_s, investor + R"("employees": 1e400})",
         u"employees: number 1e400 is out of range at line 1, column "_s},
        {"a whole number past 2^53", u"investor"_s, investor + R"("employees": 12345678901234567890})",
         u"employees: is too large"_s},
        {"an invalid escape", u"investor"_s, investor + R"("notes": "x\q"})", u"notes: invalid escape \\q"_s},
        {"a raw NUL", u"investor"_s, investor + QByteArray("\"notes\": \"x\0y\"}", 15),
         u"notes: raw control character U+0000 inside a string; write it as \\u0000"_s},
        {"a raw tab", u"investor"_s, investor + "\"notes\": \"x\ty\"}",
         u"notes: raw control character U+0009 inside a string; write it as \\t"_s},
        {"an escaped lone surrogate", u"investor"_s, investor + R"("name_latin": "\ud800"})",
         u"name_latin: \\uD800 is the first half of a surrogate pair without its second half"_s},
        {"a raw lone surrogate", u"investor"_s, investor + "\"name_latin\": \"\xed\xa0\x80\"}",
         u"name_latin: a surrogate (U+D800) written as UTF-8 is not a character"_s},
        {"a key given twice", u"investor"_s, investor + R"("employees": 5, "employees": 6})",
         u"employees: given twice in one object"_s},
        {"a nested invalid escape", u"delegate"_s,
         R"({"family_name": "山田", "stays": [{"start_date": "1996-04-01", "notes": "a\qb"}]})",
         u"stays[0].notes: invalid escape \\q"_s},
    };
    for (const BadInput &input : inputs) {
        INFO(input.finding);
        const CliResult result = addFrom(cli, input.kind, input.json);
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.errText().contains(input.expected));
        CHECK(cli.run({u"list"_s, input.kind}).out.isEmpty()); // nothing was written
    }
}

TEST_CASE("a lexical JSON problem names the input, the field, the line, the column and the byte offset", "[cli][json]")
{
    Cli cli;
    cli.init();
    const CliResult result = addFrom(cli, u"agency"_s, "{\n  \"name\": \"AMDIE\",\n  \"notes\": \"é\\x\"\n}\n");
    CHECK(result.exitCode == 2);
    CHECK(result.errText().startsWith(
        u"delegates-crm-cli: standard input is not valid JSON: notes: invalid escape \\x (JSON allows"_s));
    CHECK(result.errText().contains(u"at line 3, column 14 (byte offset 35)"_s));
}

TEST_CASE("update refuses loose JSON and leaves the record as it was", "[cli][json]")
{
    Cli cli;
    cli.init();
    const QString id = cli.add(u"investor"_s, crm::test::investorJson());
    const QJsonObject before = cli.show(u"investor"_s, id);
    for (const QByteArray &changes :
         {QByteArray(R"({"employees": "5"})"), QByteArray(R"({"confidential": 1})"), QByteArray(R"({"notes": "x\q"})"),
          QByteArray("{\"notes\": \"x\ty\"}"), QByteArray(R"({"notes": "\udfff"})")}) {
        INFO(changes.toStdString());
        const CliResult result = cli.run({u"update"_s, u"investor"_s, id, u"--json"_s, u"-"_s}, changes);
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
    }
    CHECK(cli.show(u"investor"_s, id) == before);
}

TEST_CASE("add stores escapes, surrogate pairs and whole numbers written with an exponent exactly", "[cli][json]")
{
    Cli cli;
    cli.init();
    const CliResult added =
        addFrom(cli, u"investor"_s,
                R"({"name": "\u77E2\u5d0e \"Yazaki\"", "hq_country": "JP", "employees": 1.5e3, "confidential": true,)"
                R"( "notes": "line 1\nline 2\ttabbed \/ \\ \ud83d\ude97 شريك"})");
    REQUIRE(added.exitCode == 0);
    const QJsonObject shown = cli.show(u"investor"_s, added.outLines().value(0));
    CHECK(shown.value(u"name"_s).toString() == u"矢崎 \"Yazaki\""_s);
    CHECK(shown.value(u"employees"_s).toInteger() == 1500);
    CHECK(shown.value(u"confidential"_s).toBool());
    CHECK(shown.value(u"notes"_s).toString() == u"line 1\nline 2\ttabbed / \\ 🚗 شريك"_s);
}
