#include "domain/recordid.h"
#include "fixtures.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
QStringList actionsOf(const QList<HistoryEntry> &history)
{
    QStringList actions;
    for (const HistoryEntry &e : history) {
        actions << e.action;
    }
    return actions;
}

QStringList idsListed(const RecordStore &store, RecordKind kind, const ListQuery &query = {})
{
    QStringList ids;
    store.forEach(kind, query, [&ids](const QVariantMap &map) {
        ids << map.value(u"id"_s).toString();
        return true;
    });
    return ids;
}

QVariantMap investorNamed(const QString &name, const QString &reading)
{
    QVariantMap json{{u"name"_s, name}};
    if (!reading.isEmpty()) {
        json.insert(u"name_reading"_s, reading);
    }
    return json;
}
} // namespace

TEST_CASE("every kind is created, read, updated, moved to the Trash, restored and keeps its history", "[recordstore]")
{
    const RecordKind kind = GENERATE(from_range(allRecordKinds()));
    INFO("kind: " << kindName(kind).toStdString());
    test::TestDatabase t;
    RecordStore &store = t.store();
    const test::Graph g = test::makeGraph(t);
    const QVariantMap input = test::validJson(kind, g);
    const qint64 liveBefore = store.count(kind);

    const QString id = store.create(kind, input);
    CHECK(isValidRecordId(id));
    CHECK(store.exists(kind, id));
    CHECK(store.count(kind) == liveBefore + 1);

    const QVariantMap created = store.get(kind, id);
    CHECK(test::differences(input, created) == QStringList());
    CHECK(created.value(u"id"_s).toString() == id);
    CHECK(created.value(u"created_at"_s).toString() == u"2026-11-29T09:00:00.000Z"_s);
    CHECK(created.value(u"created_by"_s).toString() == t.officerId());
    CHECK(created.value(u"modified_at"_s).toString() == u"2026-11-29T09:00:00.000Z"_s);
    CHECK_FALSE(created.contains(u"deleted_at"_s));

    t.clock().advanceSecs(3600);
    const test::Change change = test::typicalChange(kind);
    REQUIRE(created.value(change.field) != change.value);
    CHECK(store.update(kind, id, {{change.field, change.value}}));
    const QVariantMap updated = store.get(kind, id);
    QVariantMap expected = input;
    expected.insert(change.field, change.value);
    CHECK(test::differences(expected, updated) == QStringList());
    CHECK(updated.value(u"created_at"_s).toString() == u"2026-11-29T09:00:00.000Z"_s);
    CHECK(updated.value(u"modified_at"_s).toString() == u"2026-11-29T10:00:00.000Z"_s);
    CHECK(updated.value(u"modified_by"_s).toString() == t.officerId());

    t.clock().advanceSecs(3600);
    store.moveToTrash(kind, id);
    CHECK(store.exists(kind, id));
    CHECK(store.count(kind) == liveBefore);
    CHECK(store.count(kind, true) == 1);
    const QVariantMap trashed = store.get(kind, id);
    CHECK(trashed.value(u"deleted_at"_s).toString() == u"2026-11-29T11:00:00.000Z"_s);
    CHECK(trashed.value(u"deleted_by"_s).toString() == t.officerId());
    CHECK_FALSE(idsListed(store, kind).contains(id));
    CHECK(idsListed(store, kind, test::listQuery([](ListQuery &q) { q.trash = true; })) == QStringList{id});

    store.restore(kind, id);
    CHECK(store.count(kind) == liveBefore + 1);
    CHECK(store.count(kind, true) == 0);
    CHECK_FALSE(store.get(kind, id).contains(u"deleted_at"_s));
    CHECK(idsListed(store, kind).contains(id));
    CHECK(test::differences(expected, store.get(kind, id)) == QStringList());

    const QList<HistoryEntry> history = store.history(kind, id);
    CHECK(actionsOf(history) == QStringList{u"create"_s, u"update"_s, u"delete"_s, u"restore"_s});
    REQUIRE(history.size() == 4);
    CHECK(history[1].field == change.field);
    CHECK(history[1].newValue == change.value.toString());
    CHECK(history[1].at == QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC));
}

TEST_CASE("a record given with its own id keeps that id", "[recordstore]")
{
    test::TestDatabase t;
    const QString given = newRecordId();
    QVariantMap input = test::agencyJson();
    input.insert(u"id"_s, given);
    CHECK(t.store().create(RecordKind::Agency, input) == given);
    CHECK(t.store().get(RecordKind::Agency, given).value(u"acronym"_s).toString() == u"AMDIE"_s);
}

TEST_CASE("read-only metadata in the input is ignored, not stored", "[recordstore]")
{
    test::TestDatabase t;
    QVariantMap input = test::agencyJson();
    input.insert(u"created_at"_s, u"1999-01-01T00:00:00.000Z"_s);
    input.insert(u"deleted_at"_s, u"1999-01-01T00:00:00.000Z"_s);
    const QString id = t.store().create(RecordKind::Agency, input);
    const QVariantMap back = t.store().get(RecordKind::Agency, id);
    CHECK(back.value(u"created_at"_s).toString() == u"2026-11-29T09:00:00.000Z"_s);
    CHECK_FALSE(back.contains(u"deleted_at"_s));
    CHECK(t.store().count(RecordKind::Agency) == 1);
}

TEST_CASE("an update changes only the fields it names", "[recordstore]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    CHECK(t.store().update(RecordKind::Agency, id, {{u"notes"_s, u"Partner since the 1990s"_s}}));
    QVariantMap expected = test::agencyJson();
    expected.insert(u"notes"_s, u"Partner since the 1990s"_s);
    CHECK(test::differences(expected, t.store().get(RecordKind::Agency, id)) == QStringList());
}

TEST_CASE("an update that changes nothing writes nothing", "[recordstore]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    const QString before = test::tableCounts(t);
    t.clock().advanceSecs(60);
    CHECK_FALSE(t.store().update(RecordKind::Agency, id, {{u"acronym"_s, u"AMDIE"_s}, {u"country"_s, u"MA"_s}}));
    CHECK_FALSE(t.store().update(RecordKind::Agency, id, {}));
    CHECK(test::tableCounts(t) == before);
    CHECK(t.store().get(RecordKind::Agency, id).value(u"modified_at"_s).toString() == u"2026-11-29T09:00:00.000Z"_s);
    CHECK(t.store().history(RecordKind::Agency, id).size() == 1);
}

TEST_CASE("null or empty text clears an optional field", "[recordstore]")
{
    test::TestDatabase t;
    QVariantMap input = test::agencyJson();
    input.insert(u"website"_s, u"https://www.amdie.gov.ma"_s);
    const QString id = t.store().create(RecordKind::Agency, input);
    CHECK(t.store().update(RecordKind::Agency, id, {{u"website"_s, QVariant()}, {u"acronym"_s, u""_s}}));
    const QVariantMap back = t.store().get(RecordKind::Agency, id);
    CHECK_FALSE(back.value(u"website"_s).isValid());
    CHECK_FALSE(back.value(u"acronym"_s).isValid());
    CHECK(back.value(u"name"_s).toString() == test::agencyJson().value(u"name"_s).toString());
}

TEST_CASE("a list given on update replaces the whole list and keeps the ids of the elements it keeps", "[recordstore]")
{
    test::TestDatabase t;
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    const QString id = t.store().create(RecordKind::Delegate, test::delegateJson(agency));
    const QVariantMap before = t.store().get(RecordKind::Delegate, id);
    const QVariantList stays = before.value(u"stays"_s).toList();
    REQUIRE(stays.size() == 1);
    const QString firstStayId = stays[0].toMap().value(u"id"_s).toString();
    CHECK(isValidRecordId(firstStayId));

    QVariantMap kept = stays[0].toMap();
    kept.insert(u"notes"_s, u"Visited Yazaki in Susono"_s);
    const QVariantMap added{{u"start_date"_s, u"2004-10-04"_s}, {u"end_date"_s, u"2004-11-26"_s}};
    CHECK(t.store().update(RecordKind::Delegate, id, {{u"stays"_s, QVariantList{kept, added}}}));

    const QVariantMap after = t.store().get(RecordKind::Delegate, id);
    const QVariantList newStays = after.value(u"stays"_s).toList();
    REQUIRE(newStays.size() == 2);
    CHECK(newStays[0].toMap().value(u"id"_s).toString() == firstStayId);
    CHECK(newStays[0].toMap().value(u"notes"_s).toString() == u"Visited Yazaki in Susono"_s);
    const QString secondStayId = newStays[1].toMap().value(u"id"_s).toString();
    CHECK(isValidRecordId(secondStayId));
    CHECK(secondStayId != firstStayId);
    CHECK(newStays[1].toMap().value(u"start_date"_s).toString() == u"2004-10-04"_s);
    CHECK(t.rows(u"delegate_stay"_s) == 2);
    // The positions were not named, so they are untouched.
    CHECK(after.value(u"positions"_s) == before.value(u"positions"_s));

    CHECK(t.store().update(RecordKind::Delegate, id, {{u"stays"_s, QVariantList()}}));
    CHECK(t.store().get(RecordKind::Delegate, id).value(u"stays"_s).toList().isEmpty());
    CHECK(t.rows(u"delegate_stay"_s) == 0);
    CHECK(t.rows(u"delegate_position"_s) == 2);
}

TEST_CASE("child lists keep the order they were given in", "[recordstore]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QVariantList attendees = t.store().get(RecordKind::Meeting, g.meeting).value(u"attendees"_s).toList();
    QStringList roles;
    for (const QVariant &a : attendees) {
        roles << a.toMap().value(u"role"_s).toString();
    }
    CHECK(roles == QStringList{u"presenter"_s, u"decision maker"_s, u"facilitator"_s, u"interpreter"_s});
}

TEST_CASE("a missing record is NotFound for get, update, trash and history, and find returns nothing", "[recordstore]")
{
    test::TestDatabase t;
    RecordStore &store = t.store();
    const QString missing = newRecordId();
    CHECK_FALSE(store.exists(RecordKind::Agency, missing));
    CHECK_FALSE(store.find(RecordKind::Agency, missing).has_value());
    for (const auto &attempt : std::initializer_list<std::function<void()>>{
             [&] { store.get(RecordKind::Agency, missing); },
             [&] {
                 store.update(RecordKind::Agency, missing, {{u"name"_s, u"x"_s}});
             },
             [&] { store.moveToTrash(RecordKind::Agency, missing); },
             [&] { store.restore(RecordKind::Agency, missing); }, [&] { store.purge(RecordKind::Agency, missing); },
             [&] { store.history(RecordKind::Agency, missing); }, [&] { store.title(RecordKind::Agency, missing); }}) {
        const auto error = test::errorFrom(attempt);
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::NotFound);
        CHECK(error->message().contains(missing));
    }
}

TEST_CASE("an id names a record of one kind only", "[recordstore]")
{
    test::TestDatabase t;
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    CHECK_FALSE(t.store().exists(RecordKind::Investor, agency));
    const auto error = test::errorFrom([&] { t.store().get(RecordKind::Investor, agency); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::NotFound);
}

TEST_CASE("find returns the record when it exists", "[recordstore]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Investor, test::investorJson());
    const auto found = t.store().find(RecordKind::Investor, id);
    REQUIRE(found.has_value());
    CHECK(found->value(u"name_latin"_s).toString() == u"Yazaki Corporation"_s);
}

TEST_CASE("a record's title is what lists and links show", "[recordstore]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(t.store().title(RecordKind::Agency, g.agency) ==
          u"AMDIE \u2013 Moroccan Investment and Export Development Agency"_s);
    CHECK(t.store().title(RecordKind::Investor, g.investor) == u"矢崎総業株式会社 (Yazaki Corporation)"_s);
    CHECK(t.store().title(RecordKind::Delegate, g.delegate) == u"Mohamed Aref Hassani"_s);
    CHECK(t.store().title(RecordKind::Contact, g.contact) == u"山田 太郎"_s);
    CHECK(t.store().title(RecordKind::Meeting, g.meeting) == u"2024-05-10 10:00 \u2013 矢崎総業 本社"_s);
    CHECK(t.store().title(RecordKind::Officer, g.officer) == u"佐藤 花子"_s);
}

TEST_CASE("findIdBy finds a live record by the value of a field", "[recordstore]")
{
    test::TestDatabase t;
    CHECK(t.store().findIdBy(RecordKind::Officer, u"initials"_s, u"HS"_s) == std::optional<QString>(t.officerId()));
    CHECK_FALSE(t.store().findIdBy(RecordKind::Officer, u"initials"_s, u"ZZ"_s).has_value());

    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    CHECK(t.store().findIdBy(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s) == std::optional<QString>(agency));
    t.store().moveToTrash(RecordKind::Agency, agency);
    CHECK_FALSE(t.store().findIdBy(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s).has_value());

    const QStringList fields =
        test::invalidFields([&] { t.store().findIdBy(RecordKind::Agency, u"name; DROP TABLE agency"_s, u"x"_s); });
    CHECK(fields == QStringList{u"name; DROP TABLE agency"_s});
    CHECK(t.rows(u"agency"_s) == 1);
}

TEST_CASE("lists sort by the kana reading and page with limit and offset", "[recordstore]")
{
    test::TestDatabase t;
    RecordStore &store = t.store();
    // By code point 山 (U+5C71) sorts before 青 (U+9752); by reading あおき sorts before やまだ.
    const QString yamada = store.create(RecordKind::Investor, investorNamed(u"山田製作所"_s, u"やまだせいさくしょ"_s));
    const QString aoki = store.create(RecordKind::Investor, investorNamed(u"青木工業"_s, u"あおきこうぎょう"_s));
    const QString kato = store.create(RecordKind::Investor, investorNamed(u"加藤電機"_s, u"かとうでんき"_s));
    CHECK(idsListed(store, RecordKind::Investor) == QStringList{aoki, kato, yamada});
    CHECK(idsListed(store, RecordKind::Investor, test::listQuery([](ListQuery &q) { q.ascending = false; })) ==
          QStringList{yamada, kato, aoki});
    CHECK(idsListed(store, RecordKind::Investor, test::listQuery([](ListQuery &q) { q.limit = 2; })) ==
          QStringList{aoki, kato});
    CHECK(idsListed(store, RecordKind::Investor, test::listQuery([](ListQuery &q) {
                        q.limit = 2;
                        q.offset = 2;
                    })) == QStringList{yamada});
    // By name the code points decide: 加 (U+52A0), 山 (U+5C71), 青 (U+9752).
    CHECK(idsListed(store, RecordKind::Investor, test::listQuery([](ListQuery &q) { q.sortField = u"name"_s; })) ==
          QStringList{kato, yamada, aoki});

    QStringList visited;
    store.forEach(RecordKind::Investor, {}, [&visited](const QVariantMap &map) {
        visited << map.value(u"id"_s).toString();
        return visited.size() < 2;
    });
    CHECK(visited.size() == 2);

    const QStringList fields = test::invalidFields([&] {
        store.forEach(RecordKind::Investor,
                      test::listQuery([](ListQuery &q) { q.sortField = u"name; DROP TABLE investor"_s; }),
                      [](const QVariantMap &) { return true; });
    });
    CHECK(fields == QStringList{u"sort"_s});
    CHECK(store.count(RecordKind::Investor) == 3);
}

TEST_CASE("lists give children only when asked", "[recordstore]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    QVariantMap without;
    QVariantMap with;
    t.store().forEach(RecordKind::Delegate, {}, [&without](const QVariantMap &m) {
        without = m;
        return false;
    });
    t.store().forEach(RecordKind::Delegate, test::listQuery([](ListQuery &q) { q.withChildren = true; }),
                      [&with](const QVariantMap &m) {
                          with = m;
                          return false;
                      });
    CHECK(without.value(u"id"_s).toString() == g.delegate);
    CHECK_FALSE(without.contains(u"stays"_s));
    CHECK(with.value(u"stays"_s).toList().size() == 1);
    CHECK(with.value(u"positions"_s).toList().size() == 2);
}

TEST_CASE("counts cover live records, the Trash and every kind", "[recordstore]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(t.store().totalCount() == 10);
    t.store().moveToTrash(RecordKind::Note, g.note);
    CHECK(t.store().count(RecordKind::Note) == 0);
    CHECK(t.store().count(RecordKind::Note, true) == 1);
    CHECK(t.store().totalCount() == 10);
}

TEST_CASE("Japanese, Arabic and emoji text survive a round trip and a reopen", "[recordstore]")
{
    test::TestDatabase t;
    const QString arabic = u"الوكالة المغربية لتنمية الاستثمارات والصادرات"_s;
    const QString emoji = u"Signed \U0001F91D \U0001F1F2\U0001F1E6 \U0001F3ED"_s;
    QVariantMap agency = test::agencyJson();
    agency.insert(u"name_native"_s, arabic);
    agency.insert(u"notes"_s, emoji);
    const QString agencyId = t.store().create(RecordKind::Agency, agency);

    QVariantMap delegate = test::delegateJson(agencyId);
    delegate.insert(u"family_name"_s, u"حساني"_s);
    delegate.insert(u"given_name"_s, u"محمد"_s);
    delegate.insert(u"phones"_s, QVariantList{u"☎ +212 600"_s});
    const QString delegateId = t.store().create(RecordKind::Delegate, delegate);

    QVariantMap investor = test::investorJson();
    investor.insert(u"aliases"_s, QVariantList{u"Yazaki"_s, u"矢崎"_s, u"ﾔｻﾞｷ"_s});
    investor.insert(u"notes"_s, u"𠮷野家の隣 (a character outside the BMP)"_s);
    const QString investorId = t.store().create(RecordKind::Investor, investor);

    const auto checkAll = [&] {
        CHECK(test::differences(agency, t.store().get(RecordKind::Agency, agencyId)) == QStringList());
        CHECK(test::differences(delegate, t.store().get(RecordKind::Delegate, delegateId)) == QStringList());
        CHECK(test::differences(investor, t.store().get(RecordKind::Investor, investorId)) == QStringList());
        CHECK(t.store().get(RecordKind::Agency, agencyId).value(u"notes"_s).toString() == emoji);
        CHECK(t.store().title(RecordKind::Delegate, delegateId) == u"محمد حساني"_s);
    };
    checkAll();
    t.reopen();
    checkAll();
}

TEST_CASE("records written before a reopen are all there after it", "[recordstore]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QVariantMap deal = t.store().get(RecordKind::Deal, g.deal);
    const QVariantMap mission = t.store().get(RecordKind::Mission, g.mission);
    t.reopen();
    CHECK(t.store().get(RecordKind::Deal, g.deal) == deal);
    CHECK(t.store().get(RecordKind::Mission, g.mission) == mission);
    CHECK(t.db().check() == QStringList());
}

TEST_CASE("a listing can be bounded to a range of one field, and an unknown field is refused", "[recordstore]")
{
    test::TestDatabase t;
    RecordStore &store = t.store();
    const QString investor = store.create(RecordKind::Investor, test::investorJson());
    QMap<QString, QString> byDue;
    for (const QString &due : {u"2026-03-31"_s, u"2026-04-01"_s, u"2026-04-30"_s, u"2026-05-01"_s}) {
        byDue.insert(due, store.create(RecordKind::FollowUp, {{u"title"_s, u"Call back"_s},
                                                              {u"owner_id"_s, t.officerId()},
                                                              {u"due_date"_s, due},
                                                              {u"linked_kind"_s, u"investor"_s},
                                                              {u"linked_id"_s, investor}}));
    }
    ListQuery april;
    april.rangeField = u"due_date"_s;
    april.from = u"2026-04-01"_s;
    april.to = u"2026-05-01"_s; // exclusive
    QStringList inApril = idsListed(store, RecordKind::FollowUp, april);
    inApril.sort();
    QStringList expected{byDue.value(u"2026-04-01"_s), byDue.value(u"2026-04-30"_s)};
    expected.sort();
    CHECK(inApril == expected);

    ListQuery fromMay;
    fromMay.rangeField = u"due_date"_s;
    fromMay.from = u"2026-05-01"_s; // no upper bound
    CHECK(idsListed(store, RecordKind::FollowUp, fromMay) == QStringList{byDue.value(u"2026-05-01"_s)});

    ListQuery unknown;
    unknown.rangeField = u"due_date; DROP TABLE followup"_s;
    CHECK(test::invalidFields([&] { idsListed(store, RecordKind::FollowUp, unknown); }) == QStringList{u"range"_s});
    CHECK(store.count(RecordKind::FollowUp) == 4);
}
