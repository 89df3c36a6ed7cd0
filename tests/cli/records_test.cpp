// add, show, update, delete, restore, purge, list and history through the real binary.
#include "clirunner.h"
#include "testdatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
const QString kAdd = u"add"_s;
const QString kShow = u"show"_s;
const QString kList = u"list"_s;

CliResult update(const Cli &cli, const QString &kind, const QString &id, const QVariantMap &changes)
{
    return cli.run({u"update"_s, kind, id, u"--json"_s, u"-"_s}, crm::test::toJson(changes));
}

QStringList listedIds(const CliResult &result)
{
    QStringList ids;
    for (const QString &line : result.outLines()) {
        ids << line.section(u'\t', 0, 0);
    }
    return ids;
}

QVariantMap agency(const QString &acronym, const QString &name)
{
    QVariantMap map = crm::test::agencyJson();
    map.insert(u"acronym"_s, acronym);
    map.insert(u"name"_s, name);
    return map;
}
} // namespace

TEST_CASE("add prints only the new id, and show --json gives the record back", "[cli][records]")
{
    Cli cli;
    cli.init();
    const CliResult added =
        cli.run({kAdd, u"agency"_s, u"--json"_s, u"-"_s}, crm::test::toJson(crm::test::agencyJson()));
    REQUIRE(added.exitCode == 0);
    REQUIRE(added.outLines().size() == 1);
    const QString id = added.outLines().constFirst();
    CHECK(id.size() == 36);
    const QJsonObject shown = cli.show(u"agency"_s, id);
    CHECK(shown.value(u"id"_s).toString() == id);
    CHECK(shown.value(u"acronym"_s).toString() == u"AMDIE"_s);
    CHECK(shown.value(u"country"_s).toString() == u"MA"_s);
    CHECK(shown.value(u"name_native"_s).toString().contains(u"Développement"_s));
    CHECK(shown.contains(u"created_at"_s));
}

TEST_CASE("add then show --json round-trips Japanese, Arabic and emoji text", "[cli][records][utf8]")
{
    Cli cli;
    cli.init();
    const QString investor = cli.add(u"investor"_s, {{u"name"_s, u"矢崎総業株式会社"_s},
                                                     {u"name_reading"_s, u"やざきそうぎょう"_s},
                                                     {u"notes"_s, u"شريك في طنجة 🚗🇲🇦 — 会議は良好"_s}});
    const QJsonObject shownInvestor = cli.show(u"investor"_s, investor);
    CHECK(shownInvestor.value(u"name"_s).toString() == u"矢崎総業株式会社"_s);
    CHECK(shownInvestor.value(u"name_reading"_s).toString() == u"やざきそうぎょう"_s);
    CHECK(shownInvestor.value(u"notes"_s).toString() == u"شريك في طنجة 🚗🇲🇦 — 会議は良好"_s);

    const QString delegate = cli.add(u"delegate"_s, {{u"family_name"_s, u"حساني"_s},
                                                     {u"given_name"_s, u"محمد عارف"_s},
                                                     {u"latin_family_name"_s, u"Hassani"_s},
                                                     {u"notes"_s, u"👋 مرحبا"_s}});
    const QJsonObject shownDelegate = cli.show(u"delegate"_s, delegate);
    CHECK(shownDelegate.value(u"family_name"_s).toString() == u"حساني"_s);
    CHECK(shownDelegate.value(u"given_name"_s).toString() == u"محمد عارف"_s);
    CHECK(shownDelegate.value(u"notes"_s).toString() == u"👋 مرحبا"_s);

    // Plain output is UTF-8 too.
    const CliResult listed = cli.run({kList, u"investor"_s});
    CHECK(listed.outText() == investor + u"\t矢崎総業株式会社\n"_s);
    CHECK(cli.run({kShow, u"delegate"_s, delegate}).outText().contains(u"family_name: حساني\n"_s));
}

TEST_CASE("show without --json prints field: value lines", "[cli][records]")
{
    Cli cli;
    cli.init();
    QVariantMap investor = crm::test::investorJson();
    investor.insert(u"notes"_s, u"first line\nsecond line"_s);
    const QString id = cli.add(u"investor"_s, investor);
    const QStringList lines = cli.run({kShow, u"investor"_s, id}).outLines();
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.constFirst() == u"id: "_s + id);
    CHECK(lines.contains(u"name: 矢崎総業株式会社"_s));
    CHECK(lines.contains(u"aliases: [\"Yazaki\"]"_s)); // lists as JSON
    CHECK(lines.contains(u"notes: first line"_s));
    CHECK(lines.contains(u"  second line"_s));
    CHECK_FALSE(lines.contains(u"website: "_s)); // empty fields are left out
}

TEST_CASE("update is partial: fields not given keep their values", "[cli][records]")
{
    Cli cli;
    cli.init();
    const QString id = cli.add(u"agency"_s, crm::test::agencyJson());
    const CliResult changed = update(cli, u"agency"_s, id, {{u"acronym"_s, u"AMDI"_s}});
    CHECK(changed.exitCode == 0);
    CHECK(changed.outText() == u"updated\n"_s);
    const QJsonObject shown = cli.show(u"agency"_s, id);
    CHECK(shown.value(u"acronym"_s).toString() == u"AMDI"_s);
    CHECK(shown.value(u"name"_s).toString() == u"Moroccan Investment and Export Development Agency"_s);
    CHECK(shown.value(u"country"_s).toString() == u"MA"_s);
    CHECK(shown.value(u"name_native"_s).toString().startsWith(u"Agence"_s));

    SECTION("the same values again change nothing")
    {
        CHECK(update(cli, u"agency"_s, id, {{u"acronym"_s, u"AMDI"_s}}).outText() == u"unchanged\n"_s);
    }
    SECTION("null clears an optional field")
    {
        CHECK(update(cli, u"agency"_s, id, {{u"name_native"_s, QVariant()}}).outText() == u"updated\n"_s);
        CHECK(cli.show(u"agency"_s, id).value(u"name_native"_s).isNull());
    }
    SECTION("invalid changes exit 2 and keep the record as it was")
    {
        const CliResult refused = update(cli, u"agency"_s, id, {{u"country"_s, u"Atlantis"_s}});
        CHECK(refused.exitCode == 2);
        CHECK(refused.errText().contains(u"country: "_s));
        CHECK(cli.show(u"agency"_s, id).value(u"country"_s).toString() == u"MA"_s);
    }
    SECTION("an id in the changes that names another record exits 2")
    {
        CHECK(update(cli, u"agency"_s, id, {{u"id"_s, u"01a2269b-0000-7000-8000-000000000000"_s}}).exitCode == 2);
    }
}

TEST_CASE("add, show and update round-trip a meeting's talking points and the confidential flag",
          "[cli][records][briefing]")
{
    Cli cli;
    cli.init();
    QVariantMap investorInput = crm::test::investorJson();
    investorInput.insert(u"confidential"_s, true);
    const QString investor = cli.add(u"investor"_s, investorInput);
    CHECK(cli.show(u"investor"_s, investor).value(u"confidential"_s) == QJsonValue(true));

    const QString points = u"Labour costs in Tangier\nA second plant?"_s;
    const QString meeting = cli.add(u"meeting"_s, {{u"starts_at"_s, u"2024-05-10T10:00:00+09:00"_s},
                                                   {u"investor_id"_s, investor},
                                                   {u"talking_points"_s, points}});
    QJsonObject shown = cli.show(u"meeting"_s, meeting);
    CHECK(shown.value(u"talking_points"_s).toString() == points);
    CHECK(shown.value(u"confidential"_s) == QJsonValue(false));

    CHECK(update(cli, u"meeting"_s, meeting, {{u"confidential"_s, true}}).outText() == u"updated\n"_s);
    CHECK(update(cli, u"investor"_s, investor, {{u"confidential"_s, false}}).outText() == u"updated\n"_s);
    shown = cli.show(u"meeting"_s, meeting);
    CHECK(shown.value(u"confidential"_s) == QJsonValue(true));
    CHECK(shown.value(u"talking_points"_s).toString() == points);
    CHECK(cli.show(u"investor"_s, investor).value(u"confidential"_s) == QJsonValue(false));

    const CliResult refused = update(cli, u"meeting"_s, meeting, {{u"confidential"_s, u"yes"_s}});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errText().contains(u"confidential: must be true or false"_s));

    const QJsonArray entries = cli.run({u"history"_s, u"meeting"_s, meeting, u"--json"_s}).jsonArray();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).toObject().value(u"new_value"_s).toString().contains(u"A second plant?"_s));
    CHECK(entries.at(1).toObject().value(u"field"_s).toString() == u"confidential"_s);
    CHECK(entries.at(1).toObject().value(u"old_value"_s).toString() == u"false"_s);
    CHECK(entries.at(1).toObject().value(u"new_value"_s).toString() == u"true"_s);
}

TEST_CASE("delete moves a record to the Trash, list --trash shows it and restore brings it back", "[cli][records]")
{
    Cli cli;
    cli.init();
    const QString kept = cli.add(u"agency"_s, agency(u"AMDIE"_s, u"Moroccan agency"_s));
    const QString deleted = cli.add(u"agency"_s, agency(u"EIPPO"_s, u"Ethiopian office"_s));

    const CliResult removal = cli.run({u"delete"_s, u"agency"_s, deleted});
    CHECK(removal.exitCode == 0);
    CHECK(listedIds(cli.run({kList, u"agency"_s})) == QStringList{kept});
    CHECK(listedIds(cli.run({kList, u"agency"_s, u"--trash"_s})) == QStringList{deleted});
    CHECK(cli.show(u"agency"_s, deleted).contains(u"deleted_at"_s));
    CHECK(cli.run({u"update"_s, u"agency"_s, deleted, u"--json"_s, u"-"_s}, "{\"acronym\": \"X\"}").exitCode == 1);

    CHECK(cli.run({u"restore"_s, u"agency"_s, deleted}).exitCode == 0);
    CHECK(listedIds(cli.run({kList, u"agency"_s})).size() == 2);
    CHECK(cli.run({kList, u"agency"_s, u"--trash"_s}).out.isEmpty());
    CHECK_FALSE(cli.show(u"agency"_s, deleted).contains(u"deleted_at"_s));
}

TEST_CASE("purge deletes for good, and only records in the Trash", "[cli][records]")
{
    Cli cli;
    cli.init();
    const QString id = cli.add(u"agency"_s, crm::test::agencyJson());
    const CliResult refused = cli.run({u"purge"_s, u"agency"_s, id});
    CHECK(refused.exitCode == 1);
    CHECK(refused.errText().contains(u"Trash"_s));
    CHECK(cli.run({kShow, u"agency"_s, id}).exitCode == 0);

    REQUIRE(cli.run({u"delete"_s, u"agency"_s, id}).exitCode == 0);
    CHECK(cli.run({u"purge"_s, u"agency"_s, id}).exitCode == 0);
    CHECK(cli.run({kShow, u"agency"_s, id}).exitCode == 3);
}

TEST_CASE("list sorts by a field, descending on request, and stops at the limit", "[cli][records][list]")
{
    Cli cli;
    cli.init();
    const QString b = cli.add(u"agency"_s, agency(u"BBB"_s, u"Zeta agency"_s));
    const QString a = cli.add(u"agency"_s, agency(u"AAA"_s, u"Eta agency"_s));
    const QString c = cli.add(u"agency"_s, agency(u"CCC"_s, u"Alpha agency"_s));
    CHECK(listedIds(cli.run({kList, u"agency"_s, u"--sort"_s, u"acronym"_s})) == QStringList{a, b, c});
    CHECK(listedIds(cli.run({kList, u"agency"_s, u"--sort=acronym"_s, u"--desc"_s, u"--limit"_s, u"2"_s})) ==
          QStringList{c, b});
    const CliResult unknown = cli.run({kList, u"agency"_s, u"--sort"_s, u"colour"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errText().contains(u"colour"_s));
}

TEST_CASE("list --json prints a JSON array of records without child lists", "[cli][records][list]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli.run({u"demo"_s}).exitCode == 0);
    for (const QString &kind : {u"investor"_s, u"meeting"_s, u"deal"_s, u"delegate"_s}) {
        const CliResult plain = cli.run({kList, kind});
        const CliResult json = cli.run({kList, kind, u"--json"_s});
        REQUIRE(json.exitCode == 0);
        const QJsonArray records = json.jsonArray();
        CHECK(records.size() == plain.outLines().size());
        REQUIRE_FALSE(records.isEmpty());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject record = records.at(i).toObject();
            CHECK(record.value(u"id"_s).toString() == listedIds(plain).at(i));
            CHECK(record.contains(u"created_by"_s));
            for (const QString &child : {u"attendees"_s, u"stays"_s, u"positions"_s, u"impact"_s, u"credits"_s}) {
                CHECK_FALSE(record.contains(child));
            }
        }
    }
    CHECK(cli.run({kList, u"note"_s, u"--json"_s, u"--trash"_s}).outText() == u"[]\n"_s);
}

TEST_CASE("history lists the create and update entries with old and new values", "[cli][records][history]")
{
    Cli cli;
    cli.init();
    const QString officer = cli.add(u"officer"_s, {{u"name"_s, u"佐藤 花子"_s}, {u"initials"_s, u"HS"_s}});
    const QString id = cli.add(u"agency"_s, crm::test::agencyJson(), {u"--officer"_s, u"HS"_s});
    REQUIRE(
        cli.run({u"--officer"_s, u"HS"_s, u"update"_s, u"agency"_s, id, u"--json"_s, u"-"_s}, "{\"acronym\": \"AMDI\"}")
            .exitCode == 0);

    const QJsonArray entries = cli.run({u"history"_s, u"agency"_s, id, u"--json"_s}).jsonArray();
    REQUIRE(entries.size() == 2);
    const QJsonObject created = entries.at(0).toObject();
    CHECK(created.value(u"action"_s).toString() == u"create"_s);
    CHECK(created.value(u"officer_id"_s).toString() == officer);
    CHECK(created.value(u"officer_name"_s).toString() == u"佐藤 花子"_s);
    CHECK(created.value(u"new_value"_s).toString().contains(u"AMDIE"_s));
    const QJsonObject updated = entries.at(1).toObject();
    CHECK(updated.value(u"action"_s).toString() == u"update"_s);
    CHECK(updated.value(u"field"_s).toString() == u"acronym"_s);
    CHECK(updated.value(u"old_value"_s).toString() == u"AMDIE"_s);
    CHECK(updated.value(u"new_value"_s).toString() == u"AMDI"_s);
    CHECK(updated.value(u"at"_s).toString().endsWith(u'Z'));

    const QStringList lines = cli.run({u"history"_s, u"agency"_s, id}).outLines();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).section(u'\t', 1, 2) == u"佐藤 花子\tcreate"_s);
    CHECK(lines.at(1).section(u'\t', 1) == u"佐藤 花子\tupdate\tacronym\tAMDIE\tAMDI"_s);
}

TEST_CASE("changes carry the officer given by --officer or CRM_OFFICER, and none without", "[cli][records][officer]")
{
    Cli cli;
    cli.init();
    const QString officer = cli.add(u"officer"_s, {{u"name"_s, u"小林 美咲"_s}, {u"initials"_s, u"MK"_s}});
    CHECK(cli.show(u"officer"_s, officer).value(u"created_by"_s).isNull());

    SECTION("--officer, in any case")
    {
        const QString id = cli.add(u"agency"_s, crm::test::agencyJson(), {u"--officer"_s, u"mk"_s});
        CHECK(cli.show(u"agency"_s, id).value(u"created_by"_s).toString() == officer);
    }
    SECTION("CRM_OFFICER")
    {
        cli.setEnv(u"CRM_OFFICER"_s, u"MK"_s);
        const QString id = cli.add(u"agency"_s, crm::test::agencyJson());
        CHECK(cli.show(u"agency"_s, id).value(u"modified_by"_s).toString() == officer);
    }
    SECTION("unknown initials exit 1 and change nothing")
    {
        const CliResult result = cli.run({u"--officer"_s, u"ZZ"_s, kAdd, u"agency"_s, u"--json"_s, u"-"_s},
                                         crm::test::toJson(crm::test::agencyJson()));
        CHECK(result.exitCode == 1);
        CHECK(result.errText().contains(u"ZZ"_s));
        CHECK(cli.run({kList, u"agency"_s}).out.isEmpty());
    }
}
