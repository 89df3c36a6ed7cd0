// The records service (issue 17): every change returns the record before and after and its title,
// read inside the change's one transaction, and a refusal anywhere in it leaves nothing behind.
#include "domain/error.h"
#include "services/records/records.h"
#include "services/search.h"
#include "storage/database.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {

// What a refused change must leave as it was.
struct Trace
{
    qint64 investors = 0;
    qint64 trashed = 0;
    qint64 auditLines = 0;
    qint64 hits = 0;

    static Trace of(test::TestDatabase &t, const QString &word)
    {
        SearchQuery query;
        query.text = word;
        return {t.store().count(RecordKind::Investor), t.store().count(RecordKind::Investor, true),
                t.rows(u"audit_log"_s), Search(t.db()).search(query).size()};
    }
    bool operator==(const Trace &) const = default;
};

QVariantMap investor(const QString &latin)
{
    QVariantMap json = test::investorJson();
    json.insert(u"name"_s, latin);
    json.insert(u"name_latin"_s, latin);
    json.remove(u"name_reading"_s);
    json.remove(u"aliases"_s);
    return json;
}

QVariantMap meeting(const QString &investorId)
{
    return {{u"starts_at"_s, u"2026-11-30T10:00:00+09:00"_s},
            {u"investor_id"_s, investorId},
            {u"next_step"_s, u"Send the free-zone regulations"_s}};
}

} // namespace

TEST_CASE("a record created through the service comes back as stored, with its title and the id it was given",
          "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    QVariantMap json = test::investorJson();
    json.insert(u"id"_s, u"01900000-0000-7000-8000-0000000000a1"_s);

    const RecordResult created = records.create(RecordKind::Investor, json);

    CHECK(created.id == u"01900000-0000-7000-8000-0000000000a1"_s);
    CHECK(created.changed);
    CHECK(created.before.isEmpty());
    CHECK(created.after == t.store().get(RecordKind::Investor, created.id)); // metadata and lists included
    CHECK(created.after.value(u"created_by"_s) == t.officerId());
    CHECK(created.title == t.store().title(RecordKind::Investor, created.id));
    CHECK_FALSE(created.title.isEmpty());
}

TEST_CASE("an update through the service returns the record before and after it and the new title", "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const QString id = records.create(RecordKind::Investor, investor(u"Hokushin Seiki"_s)).id;
    const QVariantMap stored = t.store().get(RecordKind::Investor, id);
    t.clock().advanceSecs(60);

    const RecordResult updated =
        records.update(RecordKind::Investor, id, {{u"name"_s, u"Nanko Seiki"_s}, {u"name_latin"_s, u"Nanko Seiki"_s}});

    CHECK(updated.changed);
    CHECK(updated.before == stored);
    CHECK(updated.after == t.store().get(RecordKind::Investor, id));
    CHECK(updated.after.value(u"name_latin"_s) == u"Nanko Seiki"_s);
    CHECK(updated.after.value(u"modified_at"_s) != stored.value(u"modified_at"_s));
    CHECK(updated.title == t.store().title(RecordKind::Investor, id));
    CHECK(updated.title.contains(u"Nanko"_s));
}

TEST_CASE("an update that changes nothing writes nothing and says so", "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const QString id = records.create(RecordKind::Investor, investor(u"Hokushin Seiki"_s)).id;
    const QVariantMap stored = t.store().get(RecordKind::Investor, id);
    const qint64 auditLines = t.rows(u"audit_log"_s);
    t.clock().advanceSecs(60);

    const RecordResult same = records.update(RecordKind::Investor, id, {{u"name_latin"_s, u"Hokushin Seiki"_s}});

    CHECK_FALSE(same.changed);
    CHECK(same.before == stored);
    CHECK(same.after == stored);
    CHECK(same.title == t.store().title(RecordKind::Investor, id));
    CHECK(t.rows(u"audit_log"_s) == auditLines);
    CHECK(t.store().get(RecordKind::Investor, id) == stored); // modified_at untouched
}

TEST_CASE("trash and restore through the service return both sides of the move, and a second move changes nothing",
          "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const RecordResult created = records.create(RecordKind::Investor, investor(u"Hokushin Seiki"_s));

    const RecordResult trashed = records.trash(RecordKind::Investor, created.id);
    CHECK(trashed.changed);
    CHECK_FALSE(trashed.before.contains(u"deleted_at"_s));
    CHECK(trashed.after.contains(u"deleted_at"_s));
    CHECK(trashed.after == t.store().get(RecordKind::Investor, created.id));
    CHECK(trashed.title == created.title);

    const qint64 auditLines = t.rows(u"audit_log"_s);
    const RecordResult again = records.trash(RecordKind::Investor, created.id);
    CHECK_FALSE(again.changed);
    CHECK(again.after == trashed.after);
    CHECK(t.rows(u"audit_log"_s) == auditLines);

    const RecordResult restored = records.restore(RecordKind::Investor, created.id);
    CHECK(restored.changed);
    CHECK(restored.before == trashed.after);
    CHECK_FALSE(restored.after.contains(u"deleted_at"_s));
    CHECK(restored.title == created.title);
    CHECK_FALSE(records.restore(RecordKind::Investor, created.id).changed);
}

TEST_CASE("a purge through the service returns the record it removed and its title", "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const RecordResult created = records.create(RecordKind::Investor, investor(u"Hokushin Seiki"_s));
    const QVariantMap inTrash = records.trash(RecordKind::Investor, created.id).after;

    const RecordResult purged = records.purge(RecordKind::Investor, created.id);

    CHECK(purged.before == inTrash);
    CHECK(purged.after.isEmpty());
    CHECK(purged.title == created.title);
    CHECK_FALSE(t.store().exists(RecordKind::Investor, created.id));
}

TEST_CASE("the undo of a creation removes a live record for good and returns it", "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const RecordResult created = records.create(RecordKind::Investor, investor(u"Hokushin Seiki"_s));

    const RecordResult removed = records.trashAndPurge(RecordKind::Investor, created.id);

    CHECK(removed.before == created.after);
    CHECK(removed.after.isEmpty());
    CHECK(removed.title == created.title);
    CHECK_FALSE(t.store().exists(RecordKind::Investor, created.id));
}

TEST_CASE("an update refused by a link leaves the record, the audit log and the search index as they were", "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const QString investorId = records.create(RecordKind::Investor, investor(u"Hokushin Seiki"_s)).id;
    const QString meetingId = records.create(RecordKind::Meeting, meeting(investorId)).id;
    const QVariantMap stored = t.store().get(RecordKind::Meeting, meetingId);
    const Trace before = Trace::of(t, u"Hokushin"_s);

    try {
        records.update(RecordKind::Meeting, meetingId,
                       {{u"investor_id"_s, u"01900000-0000-7000-8000-0000000000ff"_s}, {u"next_step"_s, u"Call"_s}});
        FAIL("a link to no investor was accepted");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Invalid);
        CHECK_FALSE(error.fieldErrors().isEmpty());
    }
    CHECK(t.store().get(RecordKind::Meeting, meetingId) == stored);
    CHECK(Trace::of(t, u"Hokushin"_s) == before);
}

TEST_CASE("an update refused by a unique value names the field and changes nothing", "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const QString other =
        records.create(RecordKind::Officer, {{u"name"_s, u"Kenji Mori"_s}, {u"initials"_s, u"KM"_s}}).id;
    const QString taken = t.store().get(RecordKind::Officer, t.officerId()).value(u"initials"_s).toString();
    const qint64 auditLines = t.rows(u"audit_log"_s);

    try {
        records.update(RecordKind::Officer, other, {{u"initials"_s, taken}});
        FAIL("initials already taken were accepted");
    } catch (const Error &error) {
        REQUIRE(error.fieldErrors().size() == 1);
        CHECK(error.fieldErrors().constFirst().field == u"initials"_s);
    }
    CHECK(t.store().get(RecordKind::Officer, other).value(u"initials"_s) == u"KM"_s);
    CHECK(t.rows(u"audit_log"_s) == auditLines);
}

TEST_CASE("several records go to the Trash all or none, in one transaction", "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const RecordResult first = records.create(RecordKind::Investor, investor(u"Hokushin Seiki"_s));
    const RecordResult second = records.create(RecordKind::Investor, investor(u"Nanko Denki"_s));
    const Trace before = Trace::of(t, u"Hokushin"_s);
    REQUIRE(before.hits == 1);

    // The second one is refused after the first has moved: the first moves back with it.
    try {
        records.trashMany({{RecordKind::Investor, first.id, {}},
                           {RecordKind::Investor, u"01900000-0000-7000-8000-0000000000ff"_s, {}}});
        FAIL("a record that does not exist was trashed");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::NotFound);
    }
    CHECK(Trace::of(t, u"Hokushin"_s) == before);
    CHECK_FALSE(t.store().get(RecordKind::Investor, first.id).contains(u"deleted_at"_s));

    const QList<RecordResult> trashed =
        records.trashMany({{RecordKind::Investor, first.id, {}}, {RecordKind::Investor, second.id, {}}});
    REQUIRE(trashed.size() == 2);
    CHECK(trashed.at(0).title == first.title);
    CHECK(trashed.at(1).after.contains(u"deleted_at"_s));
    CHECK(t.store().count(RecordKind::Investor, true) == 2);
    CHECK(Trace::of(t, u"Hokushin"_s).hits == 0);

    const QList<RecordResult> restored =
        records.restoreMany({{RecordKind::Investor, first.id, {}}, {RecordKind::Investor, second.id, {}}});
    CHECK(restored.size() == 2);
    CHECK(t.store().count(RecordKind::Investor, true) == 0);
}

TEST_CASE("several records are purged in the order that lets each go, or none is", "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const QString investorId = records.create(RecordKind::Investor, investor(u"Hokushin Seiki"_s)).id;
    const QString meetingId = records.create(RecordKind::Meeting, meeting(investorId)).id;
    const QString loneId = records.create(RecordKind::Investor, investor(u"Nanko Denki"_s)).id;
    records.trashMany({{RecordKind::Investor, investorId, {}},
                       {RecordKind::Meeting, meetingId, {}},
                       {RecordKind::Investor, loneId, {}}});

    // The meeting needs its investor and stays behind: nothing is purged.
    const qint64 auditLines = t.rows(u"audit_log"_s);
    CHECK_THROWS_AS(records.purgeMany({{RecordKind::Investor, loneId, {}}, {RecordKind::Investor, investorId, {}}}),
                    Error);
    CHECK(t.store().exists(RecordKind::Investor, loneId));
    CHECK(t.rows(u"audit_log"_s) == auditLines);

    // Chosen together, the investor goes after the meeting that needed it.
    const QList<RecordResult> purged =
        records.purgeMany({{RecordKind::Investor, investorId, {}}, {RecordKind::Meeting, meetingId, {}}});
    REQUIRE(purged.size() == 2);
    CHECK(purged.at(0).id == meetingId);
    CHECK(purged.at(1).id == investorId);
    CHECK(purged.at(1).after.isEmpty());
    CHECK_FALSE(t.store().exists(RecordKind::Investor, investorId));
}

TEST_CASE("the service reads a record and its title at once", "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const RecordResult created = records.create(RecordKind::Investor, investor(u"Hokushin Seiki"_s));
    const RecordResult current = records.current(RecordKind::Investor, created.id);
    CHECK(current.after == created.after);
    CHECK(current.title == created.title);
    CHECK_FALSE(current.changed);
    CHECK(records.auditLines(created.id).size() == records.history(RecordKind::Investor, created.id).size());
    CHECK_THROWS_AS(records.current(RecordKind::Investor, u"01900000-0000-7000-8000-0000000000ff"_s), Error);
}

TEST_CASE("a bulk writer may leave the record unread: the change is made, the result holds the id only", "[records]")
{
    test::TestDatabase t;
    Records records(t.db());
    const RecordResult created =
        records.create(RecordKind::Investor, investor(u"Hokushin Seiki"_s), {.readBack = false});
    CHECK(t.store().exists(RecordKind::Investor, created.id));
    CHECK(created.after.isEmpty());
    const RecordResult updated =
        records.update(RecordKind::Investor, created.id, {{u"name_latin"_s, u"Nanko Seiki"_s}}, {.readBack = false});
    CHECK(updated.changed);
    CHECK(updated.before.isEmpty());
    CHECK(t.store().get(RecordKind::Investor, created.id).value(u"name_latin"_s) == u"Nanko Seiki"_s);
}
