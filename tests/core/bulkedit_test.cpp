// Bulk edit (issue 19, point 5): one field set on many records of one kind in one transaction,
// through the records service, and its undo.
#include "fixtures.h"
#include "services/records/bulkedit.h"
#include "services/records/records.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {

QStringList makeInvestors(test::TestDatabase &t, int n, const QString &sector = u"automotive"_s)
{
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        QVariantMap json = test::investorJson();
        json.insert(u"name"_s, u"Investor %1"_s.arg(i));
        json.insert(u"name_latin"_s, u"Investor %1"_s.arg(i));
        json.remove(u"name_reading"_s);
        json.remove(u"aliases"_s);
        json.insert(u"sector"_s, sector);
        ids << Records(t.db()).create(RecordKind::Investor, json).id;
    }
    return ids;
}

QString sectorOf(test::TestDatabase &t, const QString &id)
{
    return Records(t.db()).get(RecordKind::Investor, id).value(u"sector"_s).toString();
}

QStringList sectorsOf(test::TestDatabase &t, const QStringList &ids)
{
    QStringList sectors;
    for (const QString &id : ids) {
        sectors << sectorOf(t, id);
    }
    return sectors;
}

} // namespace

TEST_CASE("the fields that can be set on many records come from the catalogue", "[bulkedit]")
{
    const auto names = [](RecordKind kind) {
        QStringList names;
        for (const catalogue::FieldSpec *f : BulkEdit::fields(kind)) {
            names << f->name;
        }
        return names;
    };
    CHECK(names(RecordKind::Investor) == QStringList{u"sector"_s, u"hq_country"_s, u"confidential"_s});
    CHECK(names(RecordKind::Delegate) == QStringList{u"country"_s, u"status"_s, u"confidential"_s});
    CHECK(names(RecordKind::Deal) == QStringList{u"host_country"_s, u"sector"_s, u"stage"_s});
    CHECK(names(RecordKind::FollowUp) == QStringList{u"owner_id"_s});
    CHECK(names(RecordKind::Contact).contains(u"name_order"_s) == false);
}

TEST_CASE("a bulk edit sets the field on every record in one go, one audit line each", "[bulkedit]")
{
    test::TestDatabase t;
    const QStringList ids = makeInvestors(t, 5);
    const qint64 auditBefore = t.rows(u"audit_log"_s);

    const BulkEditResult result = BulkEdit(t.db()).apply(RecordKind::Investor, ids, u"sector"_s, u"aerospace"_s);

    CHECK(result.changed.size() == 5);
    CHECK(result.unchanged == 0);
    CHECK(sectorsOf(t, ids) == QStringList(5, u"aerospace"_s));
    CHECK(t.rows(u"audit_log"_s) == auditBefore + 5);
    for (const BulkEditChange &change : result.changed) {
        CHECK(change.before == QVariant(u"automotive"_s));
        CHECK(change.after.value(u"sector"_s) == QVariant(u"aerospace"_s));
        const QList<HistoryEntry> lines = Records(t.db()).history(RecordKind::Investor, change.id);
        CHECK(std::count_if(lines.cbegin(), lines.cend(), [](const HistoryEntry &e) {
                  return e.action == u"update"_s && e.field == u"sector"_s;
              }) == 1);
    }
}

TEST_CASE("records already holding the value are neither written nor counted", "[bulkedit]")
{
    test::TestDatabase t;
    QStringList ids = makeInvestors(t, 3);
    ids << makeInvestors(t, 2, u"aerospace"_s);
    const qint64 auditBefore = t.rows(u"audit_log"_s);
    BulkEdit bulk(t.db());

    CHECK(bulk.countChanging(RecordKind::Investor, ids, u"sector"_s, u"aerospace"_s) == 3);
    const BulkEditResult result = bulk.apply(RecordKind::Investor, ids, u"sector"_s, u"aerospace"_s);

    CHECK(result.changed.size() == 3);
    CHECK(result.unchanged == 2);
    CHECK(t.rows(u"audit_log"_s) == auditBefore + 3);
}

TEST_CASE("a preview says what a bulk edit would change and writes nothing", "[bulkedit]")
{
    test::TestDatabase t;
    const QStringList ids = makeInvestors(t, 4);
    const QString before = test::tableCounts(t);

    const BulkEditResult preview = BulkEdit(t.db()).preview(RecordKind::Investor, ids, u"hq_country"_s, u"ma"_s);

    CHECK(preview.changed.size() == 4);
    CHECK(preview.value == QVariant(u"MA"_s));
    CHECK(test::tableCounts(t) == before);
    CHECK(Records(t.db()).get(RecordKind::Investor, ids.first()).value(u"hq_country"_s) == QVariant(u"JP"_s));
}

TEST_CASE("a bad value, a record in the Trash or an unknown id refuses the whole bulk edit", "[bulkedit]")
{
    test::TestDatabase t;
    const QStringList ids = makeInvestors(t, 4);
    Records records(t.db());
    BulkEdit bulk(t.db());

    SECTION("a value the field does not take names the field and the first record")
    {
        const QString before = test::tableCounts(t);
        const auto error = test::errorFrom([&] { bulk.apply(RecordKind::Investor, ids, u"sector"_s, u"mining"_s); });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::Invalid);
        CHECK(test::fieldsOf(*error) == QStringList{u"sector"_s});
        CHECK(error->message().contains(ids.first()));
        CHECK(test::tableCounts(t) == before);
    }
    SECTION("a record in the Trash among them leaves the others unchanged")
    {
        records.trash(RecordKind::Investor, ids.at(2));
        const QString before = test::tableCounts(t);
        const auto error = test::errorFrom([&] { bulk.apply(RecordKind::Investor, ids, u"sector"_s, u"aerospace"_s); });
        REQUIRE(error);
        CHECK(error->message().contains(ids.at(2)));
        CHECK(error->message().contains(u"Investor 2"_s));
        CHECK(test::tableCounts(t) == before);
        CHECK(sectorsOf(t, ids) == QStringList(4, u"automotive"_s));
    }
    SECTION("an unknown id")
    {
        const QString unknown = u"01900000-0000-7000-8000-00000000dead"_s;
        const auto error = test::errorFrom(
            [&] { bulk.apply(RecordKind::Investor, ids + QStringList{unknown}, u"sector"_s, u"aerospace"_s); });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::NotFound);
        CHECK(error->message().contains(unknown));
        CHECK(sectorsOf(t, ids) == QStringList(4, u"automotive"_s));
    }
    SECTION("a field that cannot be set in bulk is named")
    {
        for (const QString &field : {u"name"_s, u"nonsense"_s}) {
            const auto error = test::errorFrom([&] { bulk.apply(RecordKind::Investor, ids, field, u"x"_s); });
            REQUIRE(error);
            CHECK(error->kind() == Error::Kind::Invalid);
            CHECK(test::fieldsOf(*error) == QStringList{field});
        }
    }
}

TEST_CASE("the owner, status and confidential mark can be set in bulk", "[bulkedit]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    Records records(t.db());
    BulkEdit bulk(t.db());
    const QString other = records.create(RecordKind::Officer, test::officerJson(u"AB"_s)).id;

    bulk.apply(RecordKind::FollowUp, {g.followUp}, u"owner_id"_s, other);
    CHECK(records.get(RecordKind::FollowUp, g.followUp).value(u"owner_id"_s) == QVariant(other));

    bulk.apply(RecordKind::Delegate, {g.delegate}, u"status"_s, u"alumnus"_s);
    CHECK(records.get(RecordKind::Delegate, g.delegate).value(u"status"_s) == QVariant(u"alumnus"_s));

    const BulkEditResult marked = bulk.apply(RecordKind::Investor, {g.investor}, u"confidential"_s, true);
    CHECK(records.get(RecordKind::Investor, g.investor).value(u"confidential"_s) == QVariant(true));
    bulk.undo(marked);
    CHECK(records.get(RecordKind::Investor, g.investor).value(u"confidential"_s) == QVariant(false));

    const auto error = test::errorFrom([&] {
        bulk.apply(RecordKind::FollowUp, {g.followUp}, u"owner_id"_s, u"01900000-0000-7000-8000-00000000dead"_s);
    });
    REQUIRE(error);
    CHECK(test::fieldsOf(*error) == QStringList{u"owner_id"_s});
}

TEST_CASE("undoing a bulk edit puts every before value back, empty ones included", "[bulkedit]")
{
    test::TestDatabase t;
    QStringList ids = makeInvestors(t, 3);
    Records records(t.db());
    records.update(RecordKind::Investor, ids.at(1), {{u"sector"_s, QVariant()}});
    REQUIRE(sectorOf(t, ids.at(1)).isEmpty());
    BulkEdit bulk(t.db());
    const BulkEditResult result = bulk.apply(RecordKind::Investor, ids, u"sector"_s, u"food"_s);
    const qint64 auditBefore = t.rows(u"audit_log"_s);

    bulk.undo(result);

    CHECK(sectorsOf(t, ids) == QStringList{u"automotive"_s, QString(), u"automotive"_s});
    CHECK(t.rows(u"audit_log"_s) == auditBefore + 3);
}

TEST_CASE("an undo is refused, naming the record, when a record changed since", "[bulkedit]")
{
    test::TestDatabase t;
    const QStringList ids = makeInvestors(t, 3);
    Records records(t.db());
    BulkEdit bulk(t.db());
    const BulkEditResult result = bulk.apply(RecordKind::Investor, ids, u"sector"_s, u"food"_s);

    SECTION("edited")
    {
        records.update(RecordKind::Investor, ids.at(1), {{u"hq_city"_s, u"Kyoto"_s}});
    }
    SECTION("moved to the Trash")
    {
        records.trash(RecordKind::Investor, ids.at(1));
    }
    const QString before = test::tableCounts(t);
    const auto error = test::errorFrom([&] { bulk.undo(result); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Conflict);
    CHECK(error->message().contains(u"Investor 1"_s));
    CHECK(test::tableCounts(t) == before);
    CHECK(sectorsOf(t, ids) == QStringList(3, u"food"_s));
}

TEST_CASE("the live records whose field holds a value are found by storage", "[bulkedit]")
{
    test::TestDatabase t;
    const QStringList cars = makeInvestors(t, 3);
    const QStringList food = makeInvestors(t, 2, u"food"_s);
    Records(t.db()).trash(RecordKind::Investor, cars.at(0));
    BulkEdit bulk(t.db());

    QStringList found = bulk.idsWhere(RecordKind::Investor, u"sector"_s, u"automotive"_s);
    found.sort();
    QStringList expected{cars.at(1), cars.at(2)};
    expected.sort();
    CHECK(found == expected);
    CHECK(bulk.idsWhere(RecordKind::Investor, u"hq_country"_s, u"jp"_s).size() == 4);
    CHECK(bulk.idsWhere(RecordKind::Investor, u"confidential"_s, false).size() == 4);
    CHECK(test::errorFrom([&] { bulk.idsWhere(RecordKind::Investor, u"nonsense"_s, u"x"_s); }));
}
