// Instant search (issue 7): what it finds, in what order, and that the index follows every change
// in the change's own transaction.
#include "fixtures.h"
#include "services/search.h"
#include "storage/database.h"

#include <QMap>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {

QList<SearchHit> find(test::TestDatabase &t, const QString &text, QList<RecordKind> kinds = {}, int limit = 10)
{
    SearchQuery query;
    query.text = text;
    query.kinds = std::move(kinds);
    query.limitPerKind = limit;
    return Search(t.db()).search(query);
}

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits) {
        result << hit.id;
    }
    return result;
}

QStringList titles(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits) {
        result << hit.title;
    }
    return result;
}

bool finds(test::TestDatabase &t, const QString &text, const QString &id)
{
    return ids(find(t, text)).contains(id);
}

QString investor(test::TestDatabase &t, const QString &name, const QString &latin = {}, const QString &reading = {})
{
    QVariantMap map{{u"name"_s, name}};
    if (!latin.isEmpty()) {
        map.insert(u"name_latin"_s, latin);
    }
    if (!reading.isEmpty()) {
        map.insert(u"name_reading"_s, reading);
    }
    return t.store().create(RecordKind::Investor, map);
}

QString note(test::TestDatabase &t, const QString &body, const QString &kind, const QString &id)
{
    return t.store().create(RecordKind::Note, {{u"body"_s, body}, {u"linked_kind"_s, kind}, {u"linked_id"_s, id}});
}

QString delegate(test::TestDatabase &t, const QString &family, const QString &given)
{
    return t.store().create(RecordKind::Delegate, {{u"family_name"_s, family}, {u"given_name"_s, given}});
}

} // namespace

TEST_CASE("search finds every kind by its names and text", "[search]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(finds(t, u"AMDIE"_s, g.agency));
    CHECK(finds(t, u"Développement des Investissements"_s, g.agency)); // the name in its own language
    CHECK(finds(t, u"Mohamed Aref"_s, g.delegate));
    CHECK(finds(t, u"Aerospace industrial"_s, g.delegate)); // a career position
    CHECK(finds(t, u"矢崎総業"_s, g.investor));
    CHECK(finds(t, u"山田"_s, g.contact));          // kanji
    CHECK(finds(t, u"やまだ たろう"_s, g.contact)); // kana reading
    CHECK(finds(t, u"山田太郎"_s, g.contact));      // written without the space
    CHECK(finds(t, u"Taro Yamada"_s, g.contact));   // romanised
    CHECK(finds(t, u"Tangier business mission"_s, g.mission));
    CHECK(finds(t, u"Tanger Automotive City"_s, g.mission)); // an agenda place
    CHECK(finds(t, u"second plant"_s, g.meeting));           // the summary
    CHECK(finds(t, u"森 愛子"_s, g.meeting));                // an attendee who is not a record
    CHECK(finds(t, u"wire-harness"_s, g.deal));
    CHECK(finds(t, u"labour cost data"_s, g.followUp));
    CHECK(finds(t, u"close to the port"_s, g.note));
    CHECK_FALSE(finds(t, u"negotiation"_s, g.deal)); // codes (the stage) are not searched
    CHECK(find(t, u"佐藤 花子"_s).isEmpty());        // nor are officers
}

TEST_CASE("search ignores case", "[search][folding]")
{
    test::TestDatabase t;
    const QString id = investor(t, u"Yazaki Corporation"_s);
    CHECK(finds(t, u"YAZAKI"_s, id));
    CHECK(finds(t, u"yAzAkI"_s, id));
}

TEST_CASE("search ignores accents both ways", "[search][folding]")
{
    test::TestDatabase t;
    const QString plain = delegate(t, u"Hassani"_s, u"Mohamed Aref"_s);
    const QString accented = delegate(t, u"Ouédraogo"_s, u"Éric"_s);
    CHECK(finds(t, u"Hassâni"_s, plain));
    CHECK(finds(t, u"ouedraogo"_s, accented));
    CHECK(finds(t, u"ERIC"_s, accented));
}

TEST_CASE("search folds full-width and half-width forms", "[search][folding]")
{
    test::TestDatabase t;
    const QString id = investor(t, u"矢崎総業株式会社"_s, u"Yazaki Corporation"_s, u"ヤザキソウギョウ"_s);
    CHECK(finds(t, u"ＹＡＺＡＫＩ"_s, id));
    CHECK(finds(t, u"ﾔｻﾞｷ"_s, id));
    const QString halfWidth = investor(t, u"ｶﾈｶ"_s);
    CHECK(finds(t, u"カネカ"_s, halfWidth));
}

TEST_CASE("search folds hiragana and katakana", "[search][folding]")
{
    test::TestDatabase t;
    const QString id = investor(t, u"矢崎総業株式会社"_s, u"Yazaki Corporation"_s, u"やざきそうぎょう"_s);
    CHECK(finds(t, u"ヤザキ"_s, id));
    CHECK(finds(t, u"やざき"_s, id));
    CHECK(finds(t, u"ソウギョウ"_s, id));
}

TEST_CASE("search finds Japanese inside a word, without word boundaries", "[search][folding]")
{
    test::TestDatabase t;
    const QString id = investor(t, u"矢崎総業株式会社"_s);
    const QString n = note(t, u"矢崎総業の海外事業部と面談した。"_s, u"investor"_s, id);
    CHECK(finds(t, u"崎総業"_s, id));
    CHECK(finds(t, u"海外事業"_s, n));
    CHECK(finds(t, u"事業部と面談"_s, n));
}

TEST_CASE("search finds Arabic inside a word", "[search][folding]")
{
    test::TestDatabase t;
    const QString person = delegate(t, u"الحساني"_s, u"محمد"_s);
    const QString n = note(t, u"التقينا ومحمد في طنجة"_s, u"delegate"_s, person);
    CHECK(finds(t, u"حساني"_s, person));
    CHECK(finds(t, u"محمد"_s, n)); // written joined to the conjunction: ومحمد
    CHECK(finds(t, u"طنجة"_s, n));
    CHECK(finds(t, u"مُحَمَّد"_s, person)); // vowel marks do not matter
}

TEST_CASE("search finds variant kanji of business cards from the common form typed", "[search][folding][kanji]")
{
    test::TestDatabase t;
    const QString yamazaki = delegate(t, u"山﨑"_s, u"髙志"_s);
    const QString takasaki = investor(t, u"髙﨑精工株式会社"_s);
    const QString watanabe = delegate(t, u"渡辺"_s, u"健"_s);
    CHECK(ids(find(t, u"山崎"_s)) == QStringList{yamazaki});
    CHECK(ids(find(t, u"山崎 高志"_s)) == QStringList{yamazaki});
    CHECK(ids(find(t, u"高崎精工"_s)) == QStringList{takasaki});
    CHECK(ids(find(t, u"高崎精工株式会社"_s)) == QStringList{takasaki});
    CHECK(ids(find(t, u"渡邉"_s)) == QStringList{watanabe}); // a variant typed finds the common form
    CHECK(find(t, u"高崎精工"_s).constFirst().matched == u"髙﨑精工株式会社"_s); // shown as written
    const QString kawasai = investor(t, u"川埼製作所"_s);
    CHECK(ids(find(t, u"川埼"_s)) == QStringList{kawasai});
    CHECK(find(t, u"川崎"_s).isEmpty()); // 埼 is another kanji than 崎

    // In other text too: the note shows the words around the match as written.
    const QString n = note(t, u"Met 髙﨑精工 about the new plant"_s, u"investor"_s, takasaki);
    const QList<SearchHit> hits = find(t, u"高崎精工 plant"_s, {RecordKind::Note});
    REQUIRE(ids(hits) == QStringList{n});
    CHECK(hits.constFirst().matched.contains(u"髙﨑精工"_s));
}

TEST_CASE("search ignores company legal forms, Japanese and English", "[search][folding]")
{
    test::TestDatabase t;
    const QString yazaki = investor(t, u"矢崎総業株式会社"_s, u"Yazaki Corporation"_s);
    const QString kaneka = investor(t, u"株式会社カネカ"_s, u"Kaneka Co., Ltd."_s);
    for (const QString &typed : {u"yazaki corporation"_s, u"Yazaki Co., Ltd."_s, u"YAZAKI K.K."_s, u"矢崎総業"_s,
                                 u"矢崎総業株式会社"_s, u"(株)矢崎総業"_s, u"㈱矢崎総業"_s}) {
        INFO(typed.toStdString());
        const QList<SearchHit> hits = find(t, typed);
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.constFirst().id == yazaki);
        CHECK(hits.constFirst().rank < 1); // a name that is the query, once legal forms are dropped
    }
    CHECK(finds(t, u"カネカ株式会社"_s, kaneka));
    CHECK(finds(t, u"kaneka corporation"_s, kaneka));
    CHECK_FALSE(finds(t, u"kaneka corporation"_s, yazaki)); // "corporation" alone matches nothing
}

TEST_CASE("search takes FTS syntax literally and never fails on it", "[search]")
{
    test::TestDatabase t;
    const QString plain = investor(t, u"Yazaki Corporation"_s);
    const QString odd =
        t.store().create(RecordKind::Deal, {{u"title"_s, u"Plant \"Phase 2\" (NEAR port) *AND* OR-NOT"_s},
                                            {u"investor_id"_s, plain},
                                            {u"stage"_s, u"lead"_s},
                                            {u"host_country"_s, u"MA"_s},
                                            {u"sector"_s, u"automotive"_s}});
    for (const QString &typed : {u"\""_s,
                                 u"\"\""_s,
                                 u"\"yazaki"_s,
                                 u"*"_s,
                                 u"yaz*"_s,
                                 u"AND"_s,
                                 u"OR"_s,
                                 u"NOT"_s,
                                 u"NEAR"_s,
                                 u"NEAR("_s,
                                 u"NEAR(yazaki port)"_s,
                                 u"("_s,
                                 u")"_s,
                                 u"()"_s,
                                 u"^yazaki"_s,
                                 u":"_s,
                                 u"names:yazaki"_s,
                                 u"{names}: x"_s,
                                 u"-"_s,
                                 u"-yazaki"_s,
                                 u"yazaki AND"_s,
                                 u"'"_s,
                                 u"\\"_s,
                                 u"%"_s,
                                 u"_"_s,
                                 u"\u0002"_s,
                                 u"a\nb"_s}) {
        INFO(typed.toStdString());
        CHECK_NOTHROW(find(t, typed));
    }
    CHECK(ids(find(t, u"\"phase 2\""_s)) == QStringList{odd}); // quotes are text to find
    CHECK(ids(find(t, u"(near port)"_s)) == QStringList{odd});
    CHECK(ids(find(t, u"*and*"_s)) == QStringList{odd});
    CHECK(ids(find(t, u"or-not"_s)) == QStringList{odd});
    CHECK(find(t, u"yaz*"_s).isEmpty());
    CHECK(find(t, u"-"_s).isEmpty()); // no letter or digit: nothing to look for
}

TEST_CASE("one- and two-character searches find names by the start of their words", "[search]")
{
    test::TestDatabase t;
    const QString yazaki = investor(t, u"矢崎総業株式会社"_s, u"Yazaki Corporation"_s, u"やざきそうぎょう"_s);
    const QString kaneka = investor(t, u"株式会社カネカ"_s, u"Kaneka Co., Ltd."_s, u"かねか"_s);
    const QString hassani = delegate(t, u"Hassani"_s, u"Mohamed Aref"_s);
    CHECK(ids(find(t, u"y"_s)) == QStringList{yazaki});
    CHECK(ids(find(t, u"ya"_s)) == QStringList{yazaki});
    CHECK(ids(find(t, u"矢"_s)) == QStringList{yazaki});
    CHECK(ids(find(t, u"矢崎"_s)) == QStringList{yazaki});
    CHECK(ids(find(t, u"カ"_s)) == QStringList{kaneka});  // the legal form before it does not count
    CHECK(ids(find(t, u"ﾔｻﾞ"_s)) == QStringList{yazaki}); // two characters once the voiced mark joins
    CHECK(ids(find(t, u"ar"_s)) == QStringList{hassani}); // Aref, the start of a word
    CHECK(find(t, u"zz"_s).isEmpty());
    CHECK(find(t, u"ak"_s).isEmpty()); // inside words: too short to mean anything there

    SECTION("two characters also find recent text")
    {
        const QString n = note(t, u"新工場の候補地を視察"_s, u"investor"_s, kaneka);
        CHECK(ids(find(t, u"工場"_s)) == QStringList{n});
        CHECK(find(t, u"工"_s).isEmpty()); // one character: names only
    }
}

TEST_CASE("search ranks a name that is the query, then names starting with it, then the rest", "[search][rank]")
{
    test::TestDatabase t;
    const QString inside = investor(t, u"Ayazaki Trading"_s);
    const QString word = investor(t, u"Sumi Yazaki Cables"_s);
    const QString prefix = investor(t, u"Yazaki Europe Limited"_s);
    const QString exact = investor(t, u"Yazaki Corporation"_s);
    const QString inNotes = investor(t, u"Kaneka"_s);
    t.store().update(RecordKind::Investor, inNotes, {{u"notes"_s, u"Supplies Yazaki with resin."_s}});

    const QList<SearchHit> hits = find(t, u"yazaki"_s, {RecordKind::Investor});
    CHECK(ids(hits) == QStringList{exact, prefix, word, inside, inNotes});
    CHECK(hits[0].field == u"name"_s);
    CHECK(hits[4].field == u"notes"_s);
    CHECK(hits[4].matched == u"Supplies Yazaki with resin."_s);
    for (qsizetype i = 1; i < hits.size(); ++i) {
        CHECK(hits[i - 1].rank <= hits[i].rank);
    }
}

TEST_CASE("search groups hits by kind, the best group first, at most the limit of each", "[search][rank]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    for (int i = 0; i < 4; ++i) {
        note(t, u"Call with Yazaki number "_s + QString::number(i), u"investor"_s, g.investor);
    }
    const QList<SearchHit> hits = find(t, u"yazaki"_s, {}, 3);
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.constFirst().kind == RecordKind::Investor);
    QList<RecordKind> order;
    QMap<RecordKind, int> counts;
    for (const SearchHit &hit : hits) {
        if (order.isEmpty() || order.constLast() != hit.kind) {
            CHECK_FALSE(order.contains(hit.kind)); // one run per kind
            order << hit.kind;
        }
        ++counts[hit.kind];
    }
    CHECK(counts.value(RecordKind::Note) == 3);
    CHECK(order.contains(RecordKind::Mission));
    CHECK(order.contains(RecordKind::FollowUp));

    SECTION("a kind filter keeps to those kinds")
    {
        const QList<SearchHit> notes = find(t, u"yazaki"_s, {RecordKind::Note, RecordKind::Mission}, 10);
        for (const SearchHit &hit : notes) {
            CHECK((hit.kind == RecordKind::Note || hit.kind == RecordKind::Mission));
        }
        CHECK(notes.size() == 6); // five notes and the mission
    }
}

TEST_CASE("a note hit says which record it is about and shows the words around the match", "[search]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString longNote = note(t,
                                  u"Long call with the overseas division about schedules, budgets and people. "
                                  "They raised the customs clearance times at the port of Tangier again, and "
                                  "asked for a written answer before the board meeting in March."_s,
                                  u"investor"_s, g.investor);
    const QList<SearchHit> hits = find(t, u"customs clearance"_s);
    REQUIRE(ids(hits) == QStringList{longNote});
    const SearchHit &hit = hits.constFirst();
    CHECK(hit.kind == RecordKind::Note);
    CHECK(hit.ownerKind == RecordKind::Investor);
    CHECK(hit.ownerId == g.investor);
    CHECK(hit.ownerTitle == u"矢崎総業株式会社 (Yazaki Corporation)"_s);
    CHECK(hit.field == u"body"_s);
    CHECK(hit.matched.contains(u"customs clearance times"_s));
    CHECK(hit.matched.startsWith(u"\u2026"_s));
    CHECK(hit.matched.size() < 100);
}

TEST_CASE("an edit is searchable by its new words, not its old, in the edit's transaction", "[search][index]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    REQUIRE(finds(t, u"third plant"_s, g.note));
    {
        Transaction transaction(t.db());
        t.store().update(RecordKind::Note, g.note, {{u"body"_s, u"Kenitra expansion confirmed by the board."_s}});
        CHECK(finds(t, u"kenitra expansion"_s, g.note)); // inside the transaction already
        CHECK_FALSE(finds(t, u"third plant"_s, g.note));
        // rolled back: the guard is not committed
    }
    CHECK(finds(t, u"third plant"_s, g.note));
    CHECK_FALSE(finds(t, u"kenitra expansion"_s, g.note));

    t.store().update(RecordKind::Note, g.note, {{u"body"_s, u"Kenitra expansion confirmed by the board."_s}});
    CHECK(finds(t, u"kenitra"_s, g.note));
    CHECK_FALSE(finds(t, u"third plant"_s, g.note));
    t.reopen();
    CHECK(finds(t, u"kenitra"_s, g.note));
}

TEST_CASE("a record in the Trash is not found, and is again once restored", "[search][index]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    REQUIRE(finds(t, u"yazaki"_s, g.investor));
    REQUIRE(finds(t, u"close to the port"_s, g.note));
    t.store().moveToTrash(RecordKind::Investor, g.investor);
    CHECK_FALSE(finds(t, u"yazaki"_s, g.investor));
    CHECK_FALSE(finds(t, u"close to the port"_s, g.note)); // its note goes with it
    t.store().restore(RecordKind::Investor, g.investor);
    CHECK(finds(t, u"yazaki"_s, g.investor));
    CHECK(finds(t, u"close to the port"_s, g.note));

    t.store().moveToTrash(RecordKind::Meeting, g.meeting);
    CHECK_FALSE(finds(t, u"second plant"_s, g.meeting));
    t.store().restore(RecordKind::Meeting, g.meeting);
    CHECK(finds(t, u"decision maker"_s, g.meeting)); // restored with its lists (an attendee's role)
}

TEST_CASE("a purged record leaves nothing in the index", "[search][index]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const auto indexed = [&t](const QString &id) {
        return test::sqlValue(t.db(), u"SELECT count(*) FROM search_doc WHERE record_id = ?"_s, {id}).toInt();
    };
    REQUIRE(indexed(g.followUp) == 1);
    t.store().moveToTrash(RecordKind::FollowUp, g.followUp);
    t.store().purge(RecordKind::FollowUp, g.followUp);
    CHECK(indexed(g.followUp) == 0);
    CHECK_FALSE(finds(t, u"labour cost data"_s, g.followUp));

    SECTION("notes purged with their record go too")
    {
        const QString about = note(t, u"Hassani called about the free zone."_s, u"delegate"_s, g.delegate);
        REQUIRE(indexed(about) == 1);
        t.store().moveToTrash(RecordKind::Delegate, g.delegate);
        t.store().purge(RecordKind::Delegate, g.delegate);
        CHECK(indexed(about) == 0);
        CHECK(find(t, u"free zone"_s).isEmpty());
    }
    SECTION("a list element removed with a purged record takes its text along")
    {
        REQUIRE(finds(t, u"decision maker"_s, g.meeting)); // the contact's role among the attendees
        t.store().moveToTrash(RecordKind::Contact, g.contact);
        t.store().purge(RecordKind::Contact, g.contact);
        CHECK_FALSE(finds(t, u"decision maker"_s, g.meeting));
        CHECK(finds(t, u"second plant"_s, g.meeting));
    }
    CHECK(t.db().check() == QStringList());
}

TEST_CASE("an edit that changes nothing searched leaves the index as it was", "[search][index]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QVariant before = test::sqlValue(t.db(), u"SELECT count(*) FROM search_body_data"_s);
    t.store().update(RecordKind::Meeting, g.meeting, {{u"interest_level"_s, 5}});
    CHECK(test::sqlValue(t.db(), u"SELECT count(*) FROM search_body_data"_s) == before);
    CHECK(finds(t, u"second plant"_s, g.meeting));
}

TEST_CASE("search of nothing finds nothing", "[search]")
{
    test::TestDatabase t;
    test::makeGraph(t);
    CHECK(find(t, QString()).isEmpty());
    CHECK(find(t, u"   "_s).isEmpty());
    CHECK(find(t, u"yazaki"_s, {}, 0).isEmpty());
    CHECK(titles(find(t, u"yazaki"_s, {RecordKind::Officer})).isEmpty());
}
