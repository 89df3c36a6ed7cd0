// Storage publishes one change event per change, inside its transaction; the audit log, the search
// index and the sync log follow it (issue 17, point 2).
#include "domain/error.h"
#include "fixtures.h"
#include "generator/generator.h"
#include "services/meetingentry.h"
#include "services/records/records.h"
#include "services/sampledata.h"
#include "services/search.h"
#include "session/session.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/changeevent.h"
#include "sync/syncrecorder.h"
#include "sync/syncstore.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {

// Keeps every event it hears, subscribed for its lifetime.
class Recorder final : public ChangeSubscriber
{
public:
    explicit Recorder(Database &db, int order = 1000) : m_db(db) { m_db.changes().subscribe(this, order); }
    ~Recorder() override { m_db.changes().unsubscribe(this); }
    Q_DISABLE_COPY_MOVE(Recorder)
    void onChange(const ChangeEvent &event) override { events.append(event); }

    QList<ChangeEvent> events;

private:
    Database &m_db;
};

// Refuses every change it hears, as a subscriber whose own write failed would.
class Refuser final : public ChangeSubscriber
{
public:
    explicit Refuser(Database &db) : m_db(db) { m_db.changes().subscribe(this, ChangeFeed::kSyncLogOrder + 1); }
    ~Refuser() override { m_db.changes().unsubscribe(this); }
    Q_DISABLE_COPY_MOVE(Refuser)
    void onChange(const ChangeEvent &) override { throw Error::database(u"the follower failed"_s); }

private:
    Database &m_db;
};

qint64 syncChanges(const Database &db)
{
    return test::sqlValue(db, u"SELECT count(*) FROM sync_change"_s).toLongLong();
}

qint64 auditLines(const Database &db)
{
    return test::sqlValue(db, u"SELECT count(*) FROM audit_log"_s).toLongLong();
}

QStringList investorHits(Database &db, const QString &text)
{
    QStringList ids;
    for (const SearchHit &hit : Search(db).search({text, {RecordKind::Investor}})) {
        if (hit.kind == RecordKind::Investor) {
            ids << hit.id;
        }
    }
    return ids;
}

const QDateTime kLater(QDate(2026, 12, 3), QTime(14, 30), Qt::UTC);

} // namespace

TEST_CASE("each change publishes one event with the record before and after, the officer and the clock's time",
          "[changeevent]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    Recorder heard(t.db());
    t.clock().set(kLater);

    const QString id = t.store().create(RecordKind::Investor, test::investorJson());
    REQUIRE(heard.events.size() == 1);
    ChangeEvent e = heard.events.takeFirst();
    CHECK(e.kind == RecordKind::Investor);
    CHECK(e.id == id);
    CHECK(e.action == ChangeAction::Create);
    CHECK(e.origin == ChangeOrigin::Local);
    CHECK(e.before.isEmpty());
    CHECK(e.after.value(u"name"_s) == u"矢崎総業株式会社"_s);
    CHECK(e.after.value(u"aliases"_s).toList().size() == 1); // lists included, storage form
    CHECK(e.officerId == t.officerId());
    CHECK(e.at == kLater);

    CHECK(t.store().update(RecordKind::Investor, id, {{u"hq_city"_s, u"Shizuoka"_s}}));
    REQUIRE(heard.events.size() == 1);
    e = heard.events.takeFirst();
    CHECK(e.action == ChangeAction::Update);
    CHECK(e.before.value(u"hq_city"_s).isNull());
    CHECK(e.after.value(u"hq_city"_s) == u"Shizuoka"_s);
    REQUIRE(e.changed.size() == 1);
    CHECK(e.changed.first().field == u"hq_city"_s);
    CHECK(e.changed.first().after == u"Shizuoka"_s);

    t.store().moveToTrash(RecordKind::Investor, id);
    REQUIRE(heard.events.size() == 1);
    e = heard.events.takeFirst();
    CHECK(e.action == ChangeAction::Trash);
    CHECK_FALSE(e.beforeInTrash());
    CHECK(e.afterInTrash());

    t.store().restore(RecordKind::Investor, id);
    REQUIRE(heard.events.size() == 1);
    e = heard.events.takeFirst();
    CHECK(e.action == ChangeAction::Restore);
    CHECK(e.beforeInTrash());
    CHECK_FALSE(e.afterInTrash());
    CHECK(e.after.value(u"aliases"_s).toList().size() == 1);

    // A purge carries what it did to the records that named the purged one.
    t.store().moveToTrash(RecordKind::Mission, g.mission);
    heard.events.clear();
    t.store().purge(RecordKind::Mission, g.mission);
    REQUIRE(heard.events.size() == 1);
    e = heard.events.takeFirst();
    CHECK(e.action == ChangeAction::Purge);
    CHECK(e.id == g.mission);
    CHECK(e.after.isEmpty());
    CHECK(e.before.value(u"id"_s) == g.mission);
    const bool meetingCleared = std::any_of(e.cascade.cbegin(), e.cascade.cend(), [&g](const CascadeEffect &effect) {
        return effect.what == CascadeEffect::What::LinkCleared && effect.kind == RecordKind::Meeting &&
               effect.id == g.meeting && effect.field == u"mission_id"_s && effect.removedId == g.mission;
    });
    CHECK(meetingCleared);
}

TEST_CASE("an edit that changes nothing publishes nothing, and undoing a creation publishes its two changes",
          "[changeevent]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Investor, test::investorJson());
    Recorder heard(t.db());

    CHECK_FALSE(t.store().update(RecordKind::Investor, id, {{u"sector"_s, u"automotive"_s}}));
    CHECK(heard.events.isEmpty());

    t.store().trashAndPurge(RecordKind::Investor, id);
    REQUIRE(heard.events.size() == 2);
    CHECK(heard.events.at(0).action == ChangeAction::Trash);
    CHECK(heard.events.at(1).action == ChangeAction::Purge);
}

TEST_CASE("a subscriber that throws rolls the whole change back: record, audit, search and sync log", "[changeevent]")
{
    test::TestDatabase t;
    SyncStore(t.db()).enable();
    const QString id = t.store().create(RecordKind::Investor, test::investorJson());
    const QString before = test::tableCounts(t);
    const qint64 audit = auditLines(t.db());
    const qint64 sync = syncChanges(t.db());
    REQUIRE(sync > 0); // the creation was logged: the session's sync log follows

    {
        Refuser refuser(t.db());
        const auto error = test::errorFrom([&] {
            t.store().update(RecordKind::Investor, id, {{u"notes"_s, u"Wants a plant near Tangier Med"_s}});
        });
        REQUIRE(error);
        CHECK(error->message() == u"the follower failed"_s);
        CHECK(test::errorFrom([&] { t.store().create(RecordKind::Investor, test::investorJson()); }));
        CHECK(test::errorFrom([&] { t.store().moveToTrash(RecordKind::Investor, id); }));
    }

    CHECK(test::tableCounts(t) == before);
    CHECK(auditLines(t.db()) == audit);
    CHECK(syncChanges(t.db()) == sync);
    CHECK(t.store().get(RecordKind::Investor, id).value(u"notes"_s).isNull());
    CHECK(investorHits(t.db(), u"Tangier Med"_s).isEmpty());
    CHECK(investorHits(t.db(), u"矢崎総業"_s) == QStringList{id});
}

TEST_CASE("a write to a file with sync on is refused when nobody records the sync log", "[changeevent][sync]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Investor, test::investorJson());

    SECTION("sync turned on by another program after this one last wrote")
    {
        // A bare connection, as an opener that forgot the session would make.
        const std::unique_ptr<Database> bare = SqliteDatabase::open(t.path(), Database::OpenMode::MustExist);
        RecordStore &store = bare->records();
        CHECK(store.update(RecordKind::Investor, id, {{u"hq_city"_s, u"Kosai"_s}})); // sync off: fine
        SyncStore(t.db()).enable();
        const QString counts = test::tableCounts(t);

        const auto error = test::errorFrom([&] {
            store.update(RecordKind::Investor, id, {{u"hq_city"_s, u"Hamamatsu"_s}});
        });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::Database);
        CHECK(error->message().contains(u"sync log"_s));
        CHECK(test::tableCounts(t) == counts); // nothing written
        CHECK(t.store().get(RecordKind::Investor, id).value(u"hq_city"_s) == u"Kosai"_s);

        SyncLogRecorder recorder(*bare); // wired: accepted, and logged
        CHECK(store.update(RecordKind::Investor, id, {{u"hq_city"_s, u"Hamamatsu"_s}}));
        CHECK(syncChanges(t.db()) == 1);
    }
    SECTION("sync turned on through this very connection")
    {
        const std::unique_ptr<Database> bare = SqliteDatabase::open(t.path(), Database::OpenMode::MustExist);
        RecordStore &store = bare->records();
        CHECK(store.update(RecordKind::Investor, id, {{u"hq_city"_s, u"Kosai"_s}}));
        SyncStore(*bare).enable();
        CHECK(test::errorFrom([&] { store.moveToTrash(RecordKind::Investor, id); }));
        CHECK_FALSE(store.get(RecordKind::Investor, id).contains(u"deleted_at"_s));
    }
}

TEST_CASE("a merge publishes a SyncMerge change that the audit log and search follow and the sync log does not",
          "[changeevent][sync]")
{
    test::TestDatabase t;
    SyncStore(t.db()).enable();
    const QString id = t.store().create(RecordKind::Investor, test::investorJson());
    const qint64 sync = syncChanges(t.db());
    const qint64 audit = auditLines(t.db());
    Recorder heard(t.db());

    QVariantMap merged = t.store().get(RecordKind::Investor, id, MapFormat::Storage);
    merged.insert(u"hq_city"_s, u"Kakegawa"_s);
    {
        Transaction transaction(t.db());
        t.store().writeMerged(RecordKind::Investor, id, merged, false);
        transaction.commit();
    }
    REQUIRE(heard.events.size() == 1);
    CHECK(heard.events.first().origin == ChangeOrigin::SyncMerge);
    CHECK(heard.events.first().action == ChangeAction::Update);
    CHECK(syncChanges(t.db()) == sync);
    CHECK(auditLines(t.db()) == audit + 1);
    CHECK(investorHits(t.db(), u"Kakegawa"_s) == QStringList{id});
}

TEST_CASE("the sample data and a meeting entry land in the sync log once sync is on", "[changeevent][sync]")
{
    test::TestDatabase t;
    SyncStore(t.db()).enable();
    loadSampleData(t.db());
    const qint64 afterSample = syncChanges(t.db());
    CHECK(afterSample >= t.store().totalCount() - 1); // every record but the officer made before sync

    const QString investor = *t.store().findIdBy(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    const QString meeting = saveMeetingEntry(t.db(), {{{u"starts_at"_s, u"2026-11-30T10:00:00+09:00"_s},
                                                       {u"investor_id"_s, investor},
                                                       {u"next_step"_s, u"Send the free-zone regulations"_s}},
                                                      FollowUpRequest{{}, t.officerId(), QDate(2026, 12, 7), {}}})
                                .meeting.id;
    CHECK(test::sqlValue(t.db(), u"SELECT count(*) FROM sync_change WHERE record_id = ?"_s, {meeting}).toInt() == 1);
    CHECK(syncChanges(t.db()) == afterSample + 2); // the meeting and its follow-up
}

TEST_CASE("search follows edits of either half of a record's text, emptied or given", "[changeevent][search]")
{
    test::TestDatabase t;
    QVariantMap bare = test::investorJson();
    bare.remove(u"aliases"_s);
    const QString id = t.store().create(RecordKind::Investor, bare);

    t.store().update(RecordKind::Investor, id, {{u"notes"_s, u"Wants a plant near Tangier Med"_s}});
    CHECK(investorHits(t.db(), u"Tangier"_s) == QStringList{id});
    t.store().update(RecordKind::Investor, id, {{u"name_latin"_s, u"Yazaki Sogyo"_s}});
    CHECK(investorHits(t.db(), u"Sogyo"_s) == QStringList{id});
    CHECK(investorHits(t.db(), u"Corporation"_s).isEmpty());
    CHECK(investorHits(t.db(), u"Tangier"_s) == QStringList{id}); // the other half kept
    t.store().update(RecordKind::Investor, id, {{u"notes"_s, QVariant()}});
    CHECK(investorHits(t.db(), u"Tangier"_s).isEmpty());
    t.store().update(RecordKind::Investor, id, {{u"notes"_s, u"Kenitra instead"_s}});
    CHECK(investorHits(t.db(), u"Kenitra"_s) == QStringList{id});
    CHECK(investorHits(t.db(), u"Sogyo"_s) == QStringList{id});
}

TEST_CASE("a change through the records service carries the origin it was asked with; the generator's are Generated",
          "[changeevent][records]")
{
    test::TestDatabase t;
    Records records(t.db());
    Recorder heard(t.db());

    const RecordResult local = records.create(RecordKind::Investor, test::investorJson());
    records.update(RecordKind::Investor, local.id, {{u"hq_city"_s, u"Shizuoka"_s}}, {.origin = ChangeOrigin::Import});
    records.update(RecordKind::Investor, local.id, {{u"hq_city"_s, u"Kosai"_s}},
                   {.readBack = false, .origin = ChangeOrigin::Generated});
    QVariantMap imported = test::investorJson();
    imported.insert(u"name"_s, u"Hokushin Seiki"_s);
    imported.remove(u"aliases"_s);
    imported.remove(u"name_reading"_s);
    records.create(RecordKind::Investor, imported, {.origin = ChangeOrigin::Import});
    REQUIRE(heard.events.size() == 4);
    CHECK(heard.events[0].origin == ChangeOrigin::Local);
    CHECK(heard.events[1].origin == ChangeOrigin::Import);
    CHECK(heard.events[1].action == ChangeAction::Update);
    CHECK(heard.events[2].origin == ChangeOrigin::Generated);
    CHECK(heard.events[3].origin == ChangeOrigin::Import);
    CHECK(heard.events[3].action == ChangeAction::Create);

    test::TestDatabase generated;
    Recorder heardGenerated(generated.db());
    generateDataset(generated.db(), {.scale = 10, .seed = 1});
    REQUIRE_FALSE(heardGenerated.events.isEmpty());
    const auto notGenerated = std::count_if(heardGenerated.events.cbegin(), heardGenerated.events.cend(),
                                            [](const ChangeEvent &e) { return e.origin != ChangeOrigin::Generated; });
    CHECK(notGenerated == 0);
}
