#include "generator/generator.h"
#include "sqlite/sqlitedatabase.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {

// The first investors by id (ids are time-ordered, so this is creation order).
QStringList firstIds(RecordStore &store, RecordKind kind, qint64 limit)
{
    QStringList ids;
    ListQuery query;
    query.sortField = u"id"_s;
    query.limit = limit;
    store.forEach(kind, query, [&ids](const QVariantMap &record) {
        ids << record.value(u"id"_s).toString();
        return true;
    });
    return ids;
}

// The audit log as text; tests may look behind the API with SQL.
QStringList auditLines(test::TestDatabase &t)
{
    QSqlQuery q(QSqlDatabase::database(crm::test::connectionOf(t.db()), false));
    REQUIRE(q.exec(u"SELECT at, officer_id, record_kind, record_id, action, field, old_value, new_value "
                   "FROM audit_log WHERE seq > 1 ORDER BY seq"_s));
    QStringList lines;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 8; ++i) {
            fields << q.value(i).toString();
        }
        lines << fields.join(u'|');
    }
    return lines;
}

} // namespace

TEST_CASE("a dataset of scale 200 has the documented number of records of each kind", "[generator]")
{
    test::TestDatabase t; // holds one officer of its own
    const GeneratorStats stats = generateDataset(t.db(), {200, 7});

    CHECK(stats.officers == 5);
    CHECK(stats.agencies == 3);
    CHECK(stats.delegates == 2);
    CHECK(stats.investors == 200);
    CHECK(stats.contacts == 600);
    CHECK(stats.missions == 2);
    CHECK(stats.meetings == 2000);
    CHECK(stats.deals == 20);
    CHECK(stats.followUps == 40);
    CHECK(stats.notes == 200);

    RecordStore &store = t.store();
    CHECK(store.count(RecordKind::Officer) == stats.officers + 1);
    CHECK(store.count(RecordKind::Agency) == stats.agencies);
    CHECK(store.count(RecordKind::Delegate) == stats.delegates);
    CHECK(store.count(RecordKind::Investor) == stats.investors);
    CHECK(store.count(RecordKind::Contact) == stats.contacts);
    CHECK(store.count(RecordKind::Mission) == stats.missions);
    CHECK(store.count(RecordKind::Meeting) == stats.meetings);
    CHECK(store.count(RecordKind::Deal) == stats.deals);
    CHECK(store.count(RecordKind::FollowUp) == stats.followUps);
    CHECK(store.count(RecordKind::Note) == stats.notes);
}

TEST_CASE("the generated database passes the integrity and link checks", "[generator]")
{
    test::TestDatabase t;
    generateDataset(t.db(), {200, 7});
    CHECK(t.db().check().isEmpty());
}

TEST_CASE("generating twice with the same seed gives identical records", "[generator]")
{
    test::TestDatabase first;
    test::TestDatabase second;
    generateDataset(first.db(), {100, 7});
    generateDataset(second.db(), {100, 7});

    for (RecordKind kind :
         {RecordKind::Investor, RecordKind::Delegate, RecordKind::Meeting, RecordKind::Deal, RecordKind::Note}) {
        const QStringList ids = firstIds(first.store(), kind, 10);
        REQUIRE(!ids.isEmpty());
        CHECK(ids == firstIds(second.store(), kind, 10));
        for (const QString &id : ids) {
            CHECK(first.store().get(kind, id) == second.store().get(kind, id));
        }
    }
    // And the whole history, line for line, after the fixture's own officer (random id) in line 1.
    const QStringList lines = auditLines(first);
    CHECK(lines.size() > 1000);
    CHECK(lines == auditLines(second));
}

TEST_CASE("the generator leaves the caller's clock and officer as they were", "[generator]")
{
    test::TestDatabase t;
    generateDataset(t.db(), {20, 1});
    CHECK(&t.db().clock() == &t.clock());
    CHECK(t.db().officerId() == t.officerId());
}

TEST_CASE("a different seed gives different data", "[generator]")
{
    test::TestDatabase a;
    test::TestDatabase b;
    generateDataset(a.db(), {50, 7});
    generateDataset(b.db(), {50, 8});
    const QStringList idsA = firstIds(a.store(), RecordKind::Investor, 10);
    const QStringList idsB = firstIds(b.store(), RecordKind::Investor, 10);
    CHECK(idsA != idsB);
    QStringList namesA;
    QStringList namesB;
    for (qsizetype i = 0; i < idsA.size(); ++i) {
        namesA << a.store().get(RecordKind::Investor, idsA[i]).value(u"name"_s).toString();
        namesB << b.store().get(RecordKind::Investor, idsB[i]).value(u"name"_s).toString();
    }
    CHECK(namesA != namesB);
}

TEST_CASE("generated records carry valid UUIDv7 ids and mixed-script names", "[generator]")
{
    test::TestDatabase t;
    generateDataset(t.db(), {50, 3});
    const QStringList ids = firstIds(t.store(), RecordKind::Investor, 5);
    for (const QString &id : ids) {
        CHECK(id.size() == 36);
        CHECK(id.at(14) == u'7');
        CHECK(QStringView(u"89ab").contains(id.at(19)));
    }
    bool japanese = false;
    t.store().forEach(RecordKind::Investor, {}, [&japanese](const QVariantMap &investor) {
        japanese = investor.value(u"name"_s).toString().contains(u"株式会社"_s) &&
                   !investor.value(u"name_reading"_s).toString().isEmpty() &&
                   !investor.value(u"aliases"_s).toList().isEmpty();
        return !japanese;
    });
    CHECK(japanese);
    // Meetings have people on both sides of the table.
    const QVariantMap meeting = t.store().get(RecordKind::Meeting, firstIds(t.store(), RecordKind::Meeting, 1).front());
    QStringList sides;
    for (const QVariant &attendee : meeting.value(u"attendees"_s).toList()) {
        sides << attendee.toMap().value(u"side"_s).toString();
    }
    CHECK(sides.contains(u"delegate"_s));
    CHECK(sides.contains(u"investor"_s));
}

TEST_CASE("cancelling from the progress callback stops early and leaves a consistent database", "[generator]")
{
    test::TestDatabase t;
    int calls = 0;
    qint64 lastTotal = 0;
    const GeneratorStats stats = generateDataset(t.db(), {1000, 7}, [&](qint64 done, qint64 total) {
        lastTotal = total;
        CHECK(done <= total);
        return ++calls < 2; // keep the first batch, cancel during the second
    });
    CHECK(calls == 2);
    CHECK(lastTotal > 15000);
    const qint64 written = stats.officers + stats.agencies + stats.delegates + stats.investors + stats.contacts +
                           stats.missions + stats.meetings + stats.deals + stats.followUps + stats.notes;
    // The first batch of 5000 writes stays (a few of them mission updates, not new records); the
    // second is rolled back.
    CHECK(written <= 5000);
    CHECK(written > 4900);
    CHECK(t.store().count(RecordKind::Investor) == stats.investors);
    CHECK(t.store().count(RecordKind::Contact) == stats.contacts);
    CHECK(t.store().count(RecordKind::Meeting) == stats.meetings);
    CHECK(t.store().count(RecordKind::Note) == 0);
    CHECK(t.db().check().isEmpty());
    CHECK(&t.db().clock() == &t.clock());
}

// Not part of the normal run: `crm_core_tests "[.bench]"`. CRM_GENERATOR_SCALE sets the scale,
// CRM_GENERATOR_OUT a file to keep for inspection (it must not exist yet).
TEST_CASE("generating a benchmark dataset", "[.bench]")
{
    const qint64 scale = qEnvironmentVariableIsSet("CRM_GENERATOR_SCALE")
                             ? qEnvironmentVariable("CRM_GENERATOR_SCALE").toLongLong()
                             : 1000;
    test::TestDatabase t;
    std::unique_ptr<Database> kept;
    if (qEnvironmentVariableIsSet("CRM_GENERATOR_OUT")) {
        kept = SqliteDatabase::open(qEnvironmentVariable("CRM_GENERATOR_OUT"));
    }
    Database &db = kept ? *kept : t.db();
    // Storage tuning experiments without a rebuild: CRM_GENERATOR_PRAGMAS="temp_store=MEMORY;cache_size=-65536"
    for (const QString &pragma : qEnvironmentVariable("CRM_GENERATOR_PRAGMAS").split(u';', Qt::SkipEmptyParts)) {
        QSqlQuery q(QSqlDatabase::database(crm::test::connectionOf(db), false));
        REQUIRE(q.exec(u"PRAGMA "_s + pragma));
    }
    QElapsedTimer timer;
    timer.start();
    const GeneratorStats stats = generateDataset(db, {scale, 1}, [&timer](qint64 done, qint64 total) {
        if (done % 50000 < 5000) {
            WARN(done << " of " << total << " after " << timer.elapsed() << " ms");
        }
        return true;
    });
    const qint64 ms = timer.elapsed();
    const qint64 records = stats.officers + stats.agencies + stats.delegates + stats.investors + stats.contacts +
                           stats.missions + stats.meetings + stats.deals + stats.followUps + stats.notes;
    const qint64 bytes = QFileInfo(db.path()).size() + QFileInfo(db.path() + u"-wal"_s).size();
    WARN("scale " << scale << ": " << records << " records in " << ms << " ms ("
                  << (records * 1000 / std::max<qint64>(ms, 1)) << " records/s), " << bytes / 1024 / 1024 << " MiB");
    CHECK(records > 0);
}
