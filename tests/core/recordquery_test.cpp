#include "domain/textfold.h"
#include "generator/generator.h"
#include "services/sampledata.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/recordquery.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
QString investor(test::TestDatabase &t, const QString &name, const QString &reading, const QString &latin = {})
{
    QVariantMap json{{u"name"_s, name}, {u"name_reading"_s, reading}};
    if (!latin.isEmpty()) {
        json.insert(u"name_latin"_s, latin);
    }
    return t.store().create(RecordKind::Investor, json);
}

QStringList titles(const QList<QVariantMap> &rows)
{
    QStringList result;
    for (const QVariantMap &row : rows) {
        result << row.value(u"name"_s).toString();
    }
    return result;
}
} // namespace

TEST_CASE("folding matches full-width, half-width, katakana, case and accents alike", "[textfold]")
{
    CHECK(foldText(u"ＹＡＺＡＫＩ"_s) == u"yazaki"_s);
    CHECK(foldText(u"ヤザキ"_s) == u"やざき"_s);
    CHECK(foldText(u"ﾔｻﾞｷ"_s) == u"やざき"_s);
    CHECK(foldText(u"Hassâni"_s) == u"hassani"_s);
    CHECK(foldText(u"  Yazaki   Corporation "_s) == u"yazaki corporation"_s);
    CHECK(foldText(u"محمد"_s) == u"محمد"_s);
}

TEST_CASE("investor lists sort by kana reading, not by the kanji", "[recordquery]")
{
    test::TestDatabase t;
    investor(t, u"矢崎総業株式会社"_s, u"やざきそうぎょう"_s);
    investor(t, u"味の素株式会社"_s, u"あじのもと"_s);
    investor(t, u"株式会社カネカ"_s, u"カネカ"_s);
    RecordQuery &query = t.db().queries();
    PageQuery page;
    page.kind = RecordKind::Investor;
    CHECK(titles(query.page(page, 0, 10)) ==
          QStringList{u"味の素株式会社"_s, u"株式会社カネカ"_s, u"矢崎総業株式会社"_s});
    page.ascending = false;
    CHECK(titles(query.page(page, 0, 10)).constFirst() == u"矢崎総業株式会社"_s);
}

TEST_CASE("the quick filter finds a record from any script of its names and takes % literally", "[recordquery]")
{
    test::TestDatabase t;
    investor(t, u"矢崎総業株式会社"_s, u"やざきそうぎょう"_s, u"Yazaki Corporation"_s);
    investor(t, u"100% Solar K.K."_s, u"ひゃくぱーせんと"_s);
    RecordQuery &query = t.db().queries();
    PageQuery page;
    page.kind = RecordKind::Investor;
    for (const QString &typed : {u"yazaki"_s, u"ＹＡＺＡＫＩ"_s, u"ヤザキ"_s, u"矢崎"_s, u"corp yaz"_s}) {
        page.filter = typed;
        INFO(typed.toStdString());
        CHECK(titles(query.page(page, 0, 10)) == QStringList{u"矢崎総業株式会社"_s});
        CHECK(query.count(page) == 1);
    }
    page.filter = u"0%"_s;
    CHECK(titles(query.page(page, 0, 10)) == QStringList{u"100% Solar K.K."_s});
    page.filter = u"_"_s;
    CHECK(query.count(page) == 0);
}

TEST_CASE("pages read a long list in slices without gaps or repeats", "[recordquery]")
{
    test::TestDatabase t;
    for (int i = 0; i < 45; ++i) {
        investor(t, u"Company %1"_s.arg(i, 2, 10, QLatin1Char('0')), {});
    }
    RecordQuery &query = t.db().queries();
    PageQuery page;
    page.kind = RecordKind::Investor;
    page.sortField = u"name"_s;
    QStringList all;
    for (qint64 offset = 0; offset < 45; offset += 20) {
        all += titles(query.page(page, offset, 20));
    }
    CHECK(all.size() == 45);
    CHECK(all.constFirst() == u"Company 00"_s);
    CHECK(all.constLast() == u"Company 44"_s);
    CHECK(all.removeDuplicates() == 0);
}

TEST_CASE("an export reads a list page by page as the list pages it: same rows, same order, under its filter",
          "[recordquery][export]")
{
    test::TestDatabase t;
    generateDataset(t.db(), {.scale = 20, .seed = 3});
    // Equal sort keys (the id decides between them), a null sort value, and one record in the Trash.
    investor(t, u"Company"_s, u"かいしゃ"_s);
    investor(t, u"Company"_s, u"かいしゃ"_s);
    t.store().create(RecordKind::Investor, {{u"name"_s, u"Unsorted Ltd"_s}});
    t.store().moveToTrash(RecordKind::Investor, investor(t, u"Gone"_s, u"ごーん"_s));
    RecordQuery &query = t.db().queries();

    const auto sorted = [](RecordKind kind, const QString &field, bool ascending, const QString &filter = {},
                           bool trash = false) {
        PageQuery page;
        page.kind = kind;
        page.sortField = field;
        page.ascending = ascending;
        page.filter = filter;
        page.trash = trash;
        return page;
    };
    const QList<PageQuery> lists{sorted(RecordKind::Investor, {}, true),
                                 sorted(RecordKind::Investor, {}, false),
                                 sorted(RecordKind::Investor, u"hq_city"_s, true),
                                 sorted(RecordKind::Investor, u"employees"_s, false),
                                 sorted(RecordKind::Contact, u"investor_id"_s, true),
                                 sorted(RecordKind::Meeting, u"starts_at"_s, false),
                                 sorted(RecordKind::Investor, {}, true, u"co"_s),
                                 sorted(RecordKind::Investor, {}, true, {}, true)};
    for (const PageQuery &list : lists) {
        INFO(kindName(list.kind).toStdString() << " by " << list.sortField.toStdString() << " filter "
                                               << list.filter.toStdString() << (list.trash ? " (Trash)" : ""));
        const QList<QVariantMap> whole = query.page(list, 0, -1);
        REQUIRE_FALSE(whole.isEmpty());
        QList<QVariantMap> paged;
        qsizetype calls = 0;
        query.pages(list, 7, [&](const QList<QVariantMap> &rows) {
            CHECK(rows.size() <= 7);
            paged += rows;
            ++calls;
            return true;
        });
        CHECK(paged == whole);
        CHECK(calls == (whole.size() + 6) / 7);
    }

    // Stopped after the first page: nothing more is read.
    qsizetype calls = 0;
    query.pages(lists.constFirst(), 7, [&](const QList<QVariantMap> &) { return ++calls < 1; });
    CHECK(calls == 1);
}

TEST_CASE("an unknown sort field is refused by name", "[recordquery]")
{
    test::TestDatabase t;
    RecordQuery &query = t.db().queries();
    PageQuery page;
    page.kind = RecordKind::Investor;
    page.sortField = u"name; DROP TABLE investor"_s;
    CHECK_THROWS_AS(query.page(page, 0, 10), Error);
}

TEST_CASE("a delegate's related records include its agency, meetings, missions and credited deals", "[recordquery]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const auto hassani = t.store().findIdBy(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    REQUIRE(hassani);
    const QList<RelatedGroup> groups = t.db().queries().related(RecordKind::Delegate, *hassani);
    QSet<RecordKind> kinds;
    for (const RelatedGroup &g : groups) {
        kinds.insert(g.kind);
    }
    CHECK(kinds.contains(RecordKind::Agency));
    CHECK(kinds.contains(RecordKind::Meeting));
    CHECK(kinds.contains(RecordKind::Mission));
    CHECK(kinds.contains(RecordKind::Deal));
}

TEST_CASE("an investor's related records list its contacts, meetings and deals", "[recordquery]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const auto yazaki = t.store().findIdBy(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    REQUIRE(yazaki);
    QMap<RecordKind, qsizetype> sizes;
    for (const RelatedGroup &g : t.db().queries().related(RecordKind::Investor, *yazaki)) {
        if (!g.outgoing) {
            sizes[g.kind] += g.records.size();
        }
    }
    CHECK(sizes.value(RecordKind::Contact) >= 2);
    CHECK(sizes.value(RecordKind::Meeting) >= 4);
    CHECK(sizes.value(RecordKind::Deal) >= 1);
}

TEST_CASE("a related group longer than the pane can show is cut, and says how many there are", "[recordquery]")
{
    test::TestDatabase t;
    const QString id = investor(t, u"青葉物流株式会社"_s, u"あおばぶつりゅう"_s);
    const int notes = kRelatedLimit + 3;
    for (int i = 0; i < notes; ++i) {
        t.store().create(RecordKind::Note,
                         {{u"body"_s, u"Call %1"_s.arg(i)}, {u"linked_kind"_s, u"investor"_s}, {u"linked_id"_s, id}});
    }
    t.store().moveToTrash(RecordKind::Note, t.store().findIdBy(RecordKind::Note, u"body"_s, u"Call 0"_s).value());
    const QList<RelatedGroup> groups = t.db().queries().related(RecordKind::Investor, id);
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().kind == RecordKind::Note);
    CHECK(groups.first().records.size() == kRelatedLimit);
    CHECK(groups.first().total == notes - 1); // the one in the Trash is not counted

    // A group that fits is whole, and its total is its size.
    const QString small = investor(t, u"小さな会社"_s, u"ちいさなかいしゃ"_s);
    t.store().create(RecordKind::Note,
                     {{u"body"_s, u"Once"_s}, {u"linked_kind"_s, u"investor"_s}, {u"linked_id"_s, small}});
    const QList<RelatedGroup> one = t.db().queries().related(RecordKind::Investor, small);
    REQUIRE(one.size() == 1);
    CHECK(one.first().total == 1);
}

TEST_CASE("related lists opened again show what another program wrote meanwhile", "[recordquery]")
{
    // related() reuses the connection's prepared statements; one left stepping would hold a read
    // snapshot, and the record pane would go on showing the lists as they were.
    test::TestDatabase t;
    const QString id = investor(t, u"青葉物流株式会社"_s, u"あおばぶつりゅう"_s);
    t.store().create(RecordKind::Note,
                     {{u"body"_s, u"First call"_s}, {u"linked_kind"_s, u"investor"_s}, {u"linked_id"_s, id}});
    RecordQuery &query = t.db().queries();
    REQUIRE(query.related(RecordKind::Investor, id).size() == 1);

    const std::unique_ptr<Database> other = SqliteDatabase::open(t.path(), Database::OpenMode::MustExist);
    other->records().create(RecordKind::Note,
                            {{u"body"_s, u"Second call"_s}, {u"linked_kind"_s, u"investor"_s}, {u"linked_id"_s, id}});

    const QList<RelatedGroup> groups = query.related(RecordKind::Investor, id);
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().total == 2);
}

TEST_CASE("the quick filter looks words up in the search index, kept current with each edit", "[recordquery]")
{
    test::TestDatabase t;
    const QString aoba = investor(t, u"青葉物流株式会社"_s, u"あおばぶつりゅう"_s, u"Aoba Logistics Co., Ltd."_s);
    investor(t, u"桜海食品"_s, u"さくらうみしょくひん"_s, u"Sakuraumi Foods Corporation"_s);
    RecordQuery &query = t.db().queries();
    PageQuery page;
    page.kind = RecordKind::Investor;
    const auto found = [&](const QString &typed) {
        page.filter = typed;
        INFO(typed.toStdString());
        CHECK(query.count(page) == query.page(page, 0, 10).size());
        return titles(query.page(page, 0, 10));
    };
    // Through the index (three characters and more), by the search box's rules.
    CHECK(found(u"ロジスティクス logis"_s).isEmpty());
    CHECK(found(u"logis"_s) == QStringList{u"青葉物流株式会社"_s});
    CHECK(found(u"アオバ"_s) == QStringList{u"青葉物流株式会社"_s});
    CHECK(found(u"ＳＡＫＵＲＡ foods"_s) == QStringList{u"桜海食品"_s});
    // Scanned: two characters, a legal form alone or begun, a word with its legal form inside.
    CHECK(found(u"物流"_s) == QStringList{u"青葉物流株式会社"_s});
    CHECK(found(u"corporation"_s) == QStringList{u"桜海食品"_s});
    CHECK(found(u"株式"_s) == QStringList{u"青葉物流株式会社"_s});
    CHECK(found(u"青葉物流株式会社"_s) == QStringList{u"青葉物流株式会社"_s});

    // An edit is found by its new words at once, and no longer by its old ones.
    t.store().update(RecordKind::Investor, aoba, {{u"name_latin"_s, u"Aoba Freight"_s}});
    CHECK(found(u"freight"_s) == QStringList{u"青葉物流株式会社"_s});
    CHECK(found(u"logis"_s).isEmpty());

    // The Trash is not in the index: its filter scans.
    t.store().moveToTrash(RecordKind::Investor, aoba);
    CHECK(found(u"freight"_s).isEmpty());
    page.trash = true;
    CHECK(found(u"freight"_s) == QStringList{u"青葉物流株式会社"_s});
}

TEST_CASE("the quick filter finds variant kanji from the common form typed", "[recordquery][kanji]")
{
    test::TestDatabase t;
    investor(t, u"髙﨑精工株式会社"_s, u"たかさきせいこう"_s);
    investor(t, u"埼玉精工"_s, u"さいたませいこう"_s);
    t.store().create(RecordKind::Delegate, {{u"family_name"_s, u"山﨑"_s}, {u"given_name"_s, u"髙志"_s}});
    t.store().create(RecordKind::Delegate, {{u"family_name"_s, u"山田"_s}, {u"given_name"_s, u"花子"_s}});
    RecordQuery &query = t.db().queries();
    PageQuery page;
    page.kind = RecordKind::Investor;
    // Through the index (three characters and more) and scanned (fewer); 埼 is not 崎.
    for (const QString &typed : {u"高崎精工"_s, u"高崎"_s, u"崎精"_s, u"髙﨑"_s}) {
        page.filter = typed;
        INFO(typed.toStdString());
        CHECK(titles(query.page(page, 0, 10)) == QStringList{u"髙﨑精工株式会社"_s});
        CHECK(query.count(page) == 1);
    }
    page.kind = RecordKind::Delegate;
    for (const QString &typed : {u"山崎"_s, u"高志"_s, u"山崎 高志"_s}) {
        page.filter = typed;
        INFO(typed.toStdString());
        REQUIRE(query.count(page) == 1);
        CHECK(query.page(page, 0, 10).constFirst().value(u"family_name"_s) == u"山﨑"_s);
    }
}

TEST_CASE("every related record's title is the title of the whole record, for every kind", "[recordquery][related]")
{
    // related() reads only the columns a title needs; a title reading another column would differ here.
    QSet<RecordKind> kindsSeen;
    qsizetype checked = 0;
    qsizetype differing = 0;
    for (const bool generated : {false, true}) {
        test::TestDatabase t;
        if (generated) {
            generateDataset(t.db(), {.scale = 20, .seed = 3});
        } else {
            loadSampleData(t.db());
            // Notes whose first line is about the 80 characters a title keeps, in characters
            // outside the BMP (two UTF-16 units each) too.
            const QString investorId = *t.store().findIdBy(RecordKind::Investor, u"hq_city"_s, QVariant(u"Osaka"_s));
            const QString smiley = u"\U0001F600"_s;
            const QStringList lines{QString(79, u'a'), QString(80, u'b'), QString(81, u'c'), smiley.repeated(41),
                                    u"x"_s + smiley.repeated(40)};
            for (const QString &line : lines) {
                const QVariantMap note{{u"body"_s, QString(line + u"\nsecond line"_s)},
                                       {u"linked_kind"_s, u"investor"_s},
                                       {u"linked_id"_s, investorId}};
                t.store().create(RecordKind::Note, note);
            }
        }
        RecordQuery &query = t.db().queries();
        for (RecordKind kind : allRecordKinds()) {
            t.store().forEach(kind, {}, [&](const QVariantMap &row) {
                for (const RelatedGroup &group : query.related(kind, row.value(u"id"_s).toString())) {
                    for (const RecordRef &ref : group.records) {
                        kindsSeen.insert(ref.kind);
                        ++checked;
                        if (ref.title != t.store().title(ref.kind, ref.id)) {
                            ++differing;
                            UNSCOPED_INFO(kindName(ref.kind).toStdString()
                                          << " " << ref.id.toStdString() << ": \"" << ref.title.toStdString() << "\"");
                        }
                    }
                }
                return true;
            });
        }
    }
    CHECK(checked > 0);
    CHECK(differing == 0);
    CHECK(kindsSeen.size() == allRecordKinds().size());
}
