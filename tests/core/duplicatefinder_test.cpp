// Finding duplicates on a real database (services/duplicates): the form's warning (similarTo) and
// Find Duplicates (scan), through the match keys storage keeps in step with every change.
#include "fixtures.h"
#include "services/duplicates/duplicatefinder.h"
#include "services/records/records.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
QString addInvestor(Database &db, const QVariantMap &fields)
{
    QVariantMap investor{{u"name"_s, QString()}, {u"hq_country"_s, u"JP"_s}};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        investor.insert(it.key(), it.value());
    }
    return Records(db).create(RecordKind::Investor, investor).id;
}

QString addContact(Database &db, const QString &investorId, const QVariantMap &fields)
{
    QVariantMap contact{{u"investor_id"_s, investorId}};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        contact.insert(it.key(), it.value());
    }
    return Records(db).create(RecordKind::Contact, contact).id;
}

QStringList idsOf(const QList<DuplicateMatch> &matches)
{
    QStringList ids;
    for (const DuplicateMatch &match : matches) {
        ids << match.id;
    }
    return ids;
}

QList<QStringList> groupsOf(const QList<DuplicateGroup> &groups)
{
    QList<QStringList> ids;
    for (const DuplicateGroup &group : groups) {
        ids << group.ids;
    }
    return ids;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}
} // namespace

TEST_CASE("typing ヤザキ warns of the investor whose alias is Yazaki, and names the reason", "[duplicates]")
{
    test::TestDatabase t;
    const QString yazaki =
        addInvestor(t.db(), {{u"name"_s, u"矢崎総業株式会社"_s}, {u"aliases"_s, QVariantList{u"Yazaki"_s}}});
    addInvestor(t.db(), {{u"name"_s, u"デンソー"_s}});
    const DuplicateFinder finder(t.db());

    const QList<DuplicateMatch> matches = finder.similarTo(RecordKind::Investor, {{u"name"_s, u"ヤザキ"_s}});
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].id == yazaki);
    CHECK(matches[0].title.contains(u"矢崎総業"_s));
    CHECK(matches[0].reason == DuplicateReason::Alias);
    CHECK(matches[0].value == u"Yazaki"_s);
    CHECK(matches[0].score == duplicateScore(DuplicateReason::Alias));

    const QList<DuplicateMatch> byName = finder.similarTo(RecordKind::Investor, {{u"name"_s, u"矢崎総業(株)"_s}});
    REQUIRE(byName.size() == 1);
    CHECK(byName[0].reason == DuplicateReason::Name);
    CHECK(byName[0].score == duplicateScore(DuplicateReason::Name));

    CHECK(finder.similarTo(RecordKind::Investor, {{u"name"_s, u"ヤザキ"_s}}, yazaki).isEmpty()); // itself, editing
    // A Latin name meets the kana romanised: a name match, weaker than one without romanisation.
    const QString latin = addInvestor(t.db(), {{u"name"_s, u"Yazaki Corporation"_s}});
    const QList<DuplicateMatch> both = finder.similarTo(RecordKind::Investor, {{u"name"_s, u"ヤザキ"_s}});
    REQUIRE(both.size() == 2);
    CHECK(both[0].id == latin);
    CHECK(both[0].reason == DuplicateReason::Name);
    CHECK(both[0].score == duplicateScore(DuplicateReason::Name, true));
    CHECK(both[1].id == yazaki);
    CHECK(finder.similarTo(RecordKind::Investor, {{u"name"_s, u"Toyota"_s}}).isEmpty());
    CHECK(finder.similarTo(RecordKind::Meeting, {{u"title"_s, u"Yazaki"_s}}).isEmpty());
}

TEST_CASE("the warning lists the best match first and at most limit of them", "[duplicates]")
{
    test::TestDatabase t;
    const QString investor = addInvestor(t.db(), {{u"name"_s, u"矢崎総業"_s}});
    const QString sameName =
        addContact(t.db(), investor, {{u"family_name"_s, u"山田"_s}, {u"given_name"_s, u"太郎"_s}});
    const QString sameMail = addContact(t.db(), investor,
                                        {{u"family_name"_s, u"Yamada"_s},
                                         {u"given_name"_s, u"T."_s},
                                         {u"email"_s, u"t.yamada@yazaki.co.jp"_s},
                                         {u"phones"_s, QVariantList{u"03-1234-5678"_s}}});
    const DuplicateFinder finder(t.db());
    const QVariantMap typed{{u"given_name"_s, u"太郎"_s},
                            {u"latin_family_name"_s, u"Yamada"_s},
                            {u"latin_given_name"_s, u"Taro"_s},
                            {u"family_name"_s, u"山田"_s},
                            {u"email"_s, u"T.Yamada@Yazaki.co.jp"_s},
                            {u"phones"_s, QVariantList{u"+81 3 1234 5678"_s}}};
    const QList<DuplicateMatch> matches = finder.similarTo(RecordKind::Contact, typed);
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].id == sameMail);
    CHECK(matches[0].reason == DuplicateReason::Email);
    CHECK(matches[0].reasons == QList<DuplicateReason>{DuplicateReason::Email, DuplicateReason::Phone});
    CHECK(matches[0].score == combinedScore({95, 90}));
    CHECK(matches[1].id == sameName);
    CHECK(matches[1].reason == DuplicateReason::Name);
    CHECK(finder.similarTo(RecordKind::Contact, typed, {}, 1).size() == 1);
}

TEST_CASE("records in the Trash are never proposed, and come back with a restore", "[duplicates][trash]")
{
    test::TestDatabase t;
    Records records(t.db());
    const QString a = addInvestor(t.db(), {{u"name"_s, u"Nidec Corporation"_s}});
    const QString b = addInvestor(t.db(), {{u"name"_s, u"日本電産"_s}, {u"aliases"_s, QVariantList{u"NIDEC"_s}}});
    const DuplicateFinder finder(t.db());
    REQUIRE(groupsOf(finder.scan(RecordKind::Investor)) == QList<QStringList>{sorted({a, b})});

    records.trash(RecordKind::Investor, b);
    CHECK(finder.scan(RecordKind::Investor).isEmpty());
    CHECK(idsOf(finder.similarTo(RecordKind::Investor, {{u"name"_s, u"nidec"_s}})) == QStringList{a});

    records.restore(RecordKind::Investor, b);
    CHECK(groupsOf(finder.scan(RecordKind::Investor)) == QList<QStringList>{sorted({a, b})});

    records.trash(RecordKind::Investor, b);
    records.purge(RecordKind::Investor, b);
    CHECK(finder.scan(RecordKind::Investor).isEmpty());
    CHECK(test::sqlValue(t.db(), u"SELECT count(*) FROM match_key WHERE record_id = ?"_s, {b}).toInt() == 0);
}

TEST_CASE("the keys follow edits: a renamed record is found by its new name only", "[duplicates]")
{
    test::TestDatabase t;
    Records records(t.db());
    const QString id = addInvestor(t.db(), {{u"name"_s, u"Omron"_s}, {u"website"_s, u"https://www.omron.com/"_s}});
    const DuplicateFinder finder(t.db());
    CHECK(idsOf(finder.similarTo(RecordKind::Investor, {{u"name"_s, u"OMRON Corporation"_s}})) == QStringList{id});

    records.update(RecordKind::Investor, id, {{u"name"_s, u"Kyocera"_s}});
    CHECK(finder.similarTo(RecordKind::Investor, {{u"name"_s, u"Omron"_s}}).isEmpty());
    CHECK(idsOf(finder.similarTo(RecordKind::Investor, {{u"name"_s, u"京セラ"_s}, {u"name_latin"_s, u"KYOCERA"_s}})) ==
          QStringList{id});
    // An edit that changes no key leaves them as they are; the website still finds it.
    records.update(RecordKind::Investor, id, {{u"employees"_s, 70000}});
    const QList<DuplicateMatch> bySite =
        finder.similarTo(RecordKind::Investor, {{u"name"_s, u"X"_s}, {u"website"_s, u"omron.com/en"_s}});
    REQUIRE(bySite.size() == 1);
    CHECK(bySite[0].reason == DuplicateReason::Website);
    CHECK(bySite[0].value == u"https://www.omron.com/"_s);
}

TEST_CASE("the scan joins records that share keys into groups, strongest first", "[duplicates]")
{
    test::TestDatabase t;
    const QString yazaki = addInvestor(t.db(), {{u"name"_s, u"Yazaki Corporation"_s}});
    const QString katakana =
        addInvestor(t.db(), {{u"name"_s, u"ヤザキ"_s}, {u"website"_s, u"http://yazaki-group.com"_s}});
    const QString site = addInvestor(
        t.db(), {{u"name"_s, u"矢崎総業株式会社"_s}, {u"website"_s, u"https://www.yazaki-group.com/global/"_s}});
    const QString denso1 = addInvestor(t.db(), {{u"name"_s, u"株式会社デンソー"_s}});
    const QString denso2 = addInvestor(t.db(), {{u"name"_s, u"デンソー"_s}, {u"name_latin"_s, u"DENSO"_s}});
    addInvestor(t.db(), {{u"name"_s, u"Toyota"_s}});

    const QList<DuplicateGroup> groups = DuplicateFinder(t.db()).scan(RecordKind::Investor);
    REQUIRE(groups.size() == 2);
    // The Yazaki group's strongest pair shares a website (85), the Densos a name (80).
    CHECK(groups[0].ids == sorted({yazaki, katakana, site}));
    CHECK(groups[0].score == duplicateScore(DuplicateReason::Website));
    CHECK(groups[0].reasons == QList<DuplicateReason>{DuplicateReason::Website, DuplicateReason::Name});
    CHECK(groups[0].titles.size() == 3);
    CHECK(groups[0].titles.contains(u"ヤザキ"_s));
    CHECK(websiteKey(groups[0].values.constFirst()) == u"yazaki-group.com"_s); // as one of them has it
    CHECK(groups[1].ids == sorted({denso1, denso2}));
    CHECK(groups[1].reasons == QList<DuplicateReason>{DuplicateReason::Name});
    CHECK(groups[1].kind == RecordKind::Investor);
}

TEST_CASE("a key shared by very many records is too common to mean one record", "[duplicates]")
{
    test::TestDatabase t;
    const QString investor = addInvestor(t.db(), {{u"name"_s, u"Switchboard KK"_s}});
    for (int i = 0; i <= DuplicateFinder::kMaxShared; ++i) {
        addContact(t.db(), investor,
                   {{u"family_name"_s, u"Person"_s},
                    {u"given_name"_s, QString::number(i)},
                    {u"phones"_s, QVariantList{u"03-0000-0000"_s}}});
    }
    const QString a = addContact(t.db(), investor, {{u"family_name"_s, u"Ito"_s}, {u"given_name"_s, u"Ken"_s}});
    const QString b = addContact(t.db(), investor,
                                 {{u"family_name"_s, u"伊藤"_s},
                                  {u"given_name"_s, u"健"_s},
                                  {u"latin_family_name"_s, u"ITO"_s},
                                  {u"latin_given_name"_s, u"Ken"_s}});
    CHECK(groupsOf(DuplicateFinder(t.db()).scan(RecordKind::Contact)) == QList<QStringList>{sorted({a, b})});
}

TEST_CASE("the scan reports progress and stops when asked", "[duplicates]")
{
    test::TestDatabase t;
    addInvestor(t.db(), {{u"name"_s, u"A"_s}, {u"aliases"_s, QVariantList{u"Same"_s}}});
    addInvestor(t.db(), {{u"name"_s, u"B"_s}, {u"aliases"_s, QVariantList{u"Same"_s}}});
    QList<std::pair<qint64, qint64>> calls;
    const auto groups = DuplicateFinder(t.db()).scan(RecordKind::Investor, [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    CHECK(groups.size() == 1);
    CHECK(calls == QList<std::pair<qint64, qint64>>{{1, 1}});
}

TEST_CASE("a database of schema 13 gets the match keys of its live records", "[duplicates][database]")
{
    test::TestDatabase old(13);
    Records records(old.db());
    const QString a = records.create(RecordKind::Investor, test::investorJson()).id;
    const QString b = records.create(RecordKind::Investor, {{u"name"_s, u"ヤザキ"_s}, {u"hq_country"_s, u"JP"_s}}).id;
    const QString trashed =
        records.create(RecordKind::Investor, {{u"name"_s, u"Yazaki"_s}, {u"hq_country"_s, u"JP"_s}}).id;
    records.trash(RecordKind::Investor, trashed);
    const QString agency = records.create(RecordKind::Agency, test::agencyJson()).id;

    old.reopen();
    REQUIRE(old.db().schemaVersion() == 15);
    const DuplicateFinder finder(old.db());
    CHECK(groupsOf(finder.scan(RecordKind::Investor)) == QList<QStringList>{sorted({a, b})});
    CHECK(idsOf(finder.similarTo(RecordKind::Agency, {{u"name"_s, u"amdie"_s}})) == QStringList{agency});
    CHECK(test::sqlValue(old.db(), u"SELECT count(*) FROM match_key WHERE record_id = ?"_s, {trashed}).toInt() == 0);
}

TEST_CASE("each reason has a text for people and a code for scripts", "[duplicates]")
{
    CHECK(duplicateReasonText(DuplicateReason::Email) == u"same e-mail"_s);
    CHECK(duplicateReasonText(DuplicateReason::Alias) == u"name is an alias"_s);
    CHECK(duplicateReasonCode(DuplicateReason::Phone) == u"phone"_s);
}
