#include "fixtures.h"
#include "sqlite/sqlitedatabase.h"
#include "sync/syncmerger.h"
#include "syncfixture.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace crm;
using test::Laptop;
using test::send;

namespace {
QVariant field(RecordStore &store, RecordKind kind, const QString &id, const QString &name)
{
    return store.get(kind, id).value(name);
}

QStringList aliases(RecordStore &store, const QString &investor)
{
    return store.get(RecordKind::Investor, investor).value(u"aliases"_s).toStringList();
}

qint64 syncRows(Database &db)
{
    return test::sqlValue(db, u"SELECT (SELECT count(*) FROM sync_change) * 1000000 + (SELECT count(*) FROM "
                              "sync_head)"_s)
        .toLongLong();
}
} // namespace

TEST_CASE("a prepared laptop is a new replica of the same database, and each knows the other", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"Casablanca mission laptop"_s);

    Synchronizer officeSync(office.db());
    const SyncStatus here = officeSync.status();
    const SyncStatus there = laptop.sync().status();
    CHECK(here.enabled);
    CHECK(there.enabled);
    CHECK(here.databaseId == there.databaseId);
    CHECK(here.replicaId != there.replicaId);
    CHECK(there.replicaName == u"Casablanca mission laptop"_s);
    REQUIRE(here.peers.size() == 1);
    CHECK(here.peers[0].name == u"Casablanca mission laptop"_s);
    CHECK(here.peers[0].pendingChanges == 0);
    REQUIRE(there.peers.size() == 1);
    CHECK(there.peers[0].replicaId == here.replicaId);
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
    CHECK(laptop.store().title(RecordKind::Investor, g.investor) ==
          office.store().title(RecordKind::Investor, g.investor));

    // The name is checked, and the file is never overwritten.
    CHECK(test::invalidFields([&] { prepareReplica(office.db(), office.dir() + u"/b.sqlite"_s, u"  "_s); }) ==
          QStringList{u"name"_s});
    CHECK(test::invalidFields([&] {
              prepareReplica(office.db(), office.dir() + u"/b.sqlite"_s, u"casablanca MISSION laptop"_s);
          }) == QStringList{u"name"_s});
    CHECK(test::invalidFields([&] { prepareReplica(office.db(), laptop.path(), u"Other"_s); }) ==
          QStringList{u"out"_s});
}

TEST_CASE("records created on either side appear on both", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);

    const QString atOffice = office.store().create(RecordKind::Agency, test::agencyJson());
    QVariantMap note = test::noteJson(g);
    note.insert(u"body"_s, u"Rencontre à Tanger : الموقع قرب الميناء"_s);
    const QString onLaptop = laptop.store().create(RecordKind::Note, note);

    const SyncImportReport toLaptop = send(office.db(), laptop.db());
    CHECK(toLaptop.applied == 1);
    CHECK(toLaptop.recordsChanged == 1);
    const SyncImportReport toOffice = send(laptop.db(), office.db());
    CHECK(toOffice.applied == 1);
    CHECK(laptop.store().exists(RecordKind::Agency, atOffice));
    CHECK(office.store().get(RecordKind::Note, onLaptop).value(u"body"_s) == note.value(u"body"_s));
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
    // The merged record is searchable and has its history like any other.
    CHECK(!office.store().history(RecordKind::Note, onLaptop).isEmpty());
}

TEST_CASE("edits to different fields of one record both survive", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);

    office.store().update(RecordKind::Investor, g.investor, {{u"hq_city"_s, u"東京都港区"_s}});
    laptop.store().update(RecordKind::Investor, g.investor, {{u"employees"_s, 255000}});
    send(office.db(), laptop.db());
    send(laptop.db(), office.db());

    for (RecordStore *store : {&office.store(), &laptop.store()}) {
        CHECK(field(*store, RecordKind::Investor, g.investor, u"hq_city"_s) == u"東京都港区"_s);
        CHECK(field(*store, RecordKind::Investor, g.investor, u"employees"_s).toInt() == 255000);
    }
    CHECK(Synchronizer(office.db()).conflicts().isEmpty());
    CHECK(laptop.sync().conflicts().isEmpty());
}

TEST_CASE("the same field edited on both sides: one winner everywhere, the loser kept for review", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"Casablanca laptop"_s);

    // The laptop's clock runs an hour behind, yet its edit is the later one by the hybrid clock
    // only if it happened later; here the office edits second in real time but its clock is ahead.
    laptop.clock().advanceSecs(60);
    laptop.store().update(RecordKind::Meeting, g.meeting, {{u"next_step"_s, u"Visite du site à Kénitra"_s}});
    office.clock().advanceSecs(120);
    office.store().update(RecordKind::Meeting, g.meeting, {{u"next_step"_s, u"工場見学（ケニトラ）"_s}});

    // Each side imports the other's package, in opposite orders of events.
    send(laptop.db(), office.db());
    send(office.db(), laptop.db());

    const QString winner = u"工場見学（ケニトラ）"_s; // the later clock
    CHECK(field(office.store(), RecordKind::Meeting, g.meeting, u"next_step"_s) == winner);
    CHECK(field(laptop.store(), RecordKind::Meeting, g.meeting, u"next_step"_s) == winner);

    for (Database *db : {&office.db(), &laptop.db()}) {
        const QList<SyncConflict> conflicts = Synchronizer(*db).conflicts();
        REQUIRE(conflicts.size() == 1);
        const SyncConflict &c = conflicts[0];
        CHECK(c.type == SyncConflict::Type::SameField);
        CHECK(c.kind == RecordKind::Meeting);
        CHECK(c.recordId == g.meeting);
        CHECK(c.field == u"next_step"_s);
        REQUIRE(c.values.size() == 2);
        CHECK(c.values[0].value.toString() == winner);
        CHECK(c.values[1].value.toString() == u"Visite du site à Kénitra"_s);
        CHECK(c.values[1].replicaName == u"Casablanca laptop"_s);
        CHECK(c.values[0].replicaName == u"Office"_s);
        CHECK(c.values[1].author == u"佐藤 花子"_s);
        CHECK(c.values[1].at == laptop.clock().nowUtc());
    }
    CHECK(Synchronizer(office.db()).status().unresolvedConflicts == 1);

    // The officer keeps the losing value; the decision travels like any edit.
    const SyncConflict conflict = laptop.sync().conflicts().constFirst();
    laptop.sync().resolve(conflict, conflict.values[1].value);
    CHECK(field(laptop.store(), RecordKind::Meeting, g.meeting, u"next_step"_s) == u"Visite du site à Kénitra"_s);
    CHECK(laptop.sync().conflicts().isEmpty());
    send(laptop.db(), office.db());
    CHECK(Synchronizer(office.db()).conflicts().isEmpty());
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

TEST_CASE("a typed resolution must be a valid value for the field", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    office.store().update(RecordKind::Mission, g.mission, {{u"end_date"_s, u"2024-09-20"_s}});
    laptop.store().update(RecordKind::Mission, g.mission, {{u"end_date"_s, u"2024-09-21"_s}});
    send(laptop.db(), office.db());
    Synchronizer sync(office.db());
    const SyncConflict conflict = sync.conflicts().constFirst();
    CHECK(!test::invalidFields([&] { sync.resolve(conflict, u"the 21st"_s); }).isEmpty());
    CHECK(test::invalidFields([&] { sync.resolve(conflict, 21); }) == QStringList{u"end_date"_s});
    CHECK(sync.conflicts().size() == 1);
    sync.resolve(conflict, u"2024-09-22"_s);
    CHECK(field(office.store(), RecordKind::Mission, g.mission, u"end_date"_s) == u"2024-09-22"_s);
    CHECK(sync.conflicts().isEmpty());
}

TEST_CASE("a record deleted on one side and edited on the other is surfaced, not lost", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);

    office.store().moveToTrash(RecordKind::Deal, g.deal);
    laptop.store().update(RecordKind::Deal, g.deal, {{u"notes"_s, u"Signing in Rabat next week"_s}});
    send(office.db(), laptop.db());
    send(laptop.db(), office.db());

    for (Database *db : {&office.db(), &laptop.db()}) {
        RecordStore &store = db->records();
        // The delete holds, the edit is kept in the trashed record, and both are listed.
        CHECK(store.get(RecordKind::Deal, g.deal).contains(u"deleted_at"_s));
        CHECK(store.get(RecordKind::Deal, g.deal).value(u"notes"_s) == u"Signing in Rabat next week"_s);
        const QList<SyncConflict> conflicts = Synchronizer(*db).conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts[0].type == SyncConflict::Type::DeletedWhileEdited);
        CHECK(conflicts[0].field == u"notes"_s);
        CHECK(conflicts[0].deletion.replicaName == u"Office"_s);
    }
    // Restoring with the edits syncs back.
    office.clock().advanceSecs(10);
    Synchronizer(office.db()).resolveDeletion(Synchronizer(office.db()).conflicts().constFirst(), false);
    CHECK(!office.store().get(RecordKind::Deal, g.deal).contains(u"deleted_at"_s));
    send(office.db(), laptop.db());
    CHECK(!laptop.store().get(RecordKind::Deal, g.deal).contains(u"deleted_at"_s));
    CHECK(laptop.sync().conflicts().isEmpty());
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

TEST_CASE("keeping a record deleted after review ends the conflict on every replica", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    laptop.store().moveToTrash(RecordKind::Note, g.note);
    office.store().update(RecordKind::Note, g.note, {{u"body"_s, u"Updated after the call"_s}});
    send(laptop.db(), office.db());
    Synchronizer sync(office.db());
    REQUIRE(sync.conflicts().size() == 1);
    sync.resolveDeletion(sync.conflicts().constFirst(), true);
    CHECK(sync.conflicts().isEmpty());
    CHECK(office.store().get(RecordKind::Note, g.note).contains(u"deleted_at"_s));
    send(office.db(), laptop.db());
    CHECK(laptop.sync().conflicts().isEmpty());
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

TEST_CASE("a delete made after seeing the edit is no conflict", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    laptop.store().update(RecordKind::Note, g.note, {{u"body"_s, u"typo fixed"_s}});
    send(laptop.db(), office.db());
    office.store().moveToTrash(RecordKind::Note, g.note);
    send(office.db(), laptop.db());
    CHECK(laptop.store().get(RecordKind::Note, g.note).contains(u"deleted_at"_s));
    CHECK(laptop.sync().conflicts().isEmpty());
    CHECK(Synchronizer(office.db()).conflicts().isEmpty());
}

TEST_CASE("importing the same package twice changes nothing", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    laptop.store().update(RecordKind::Delegate, g.delegate, {{u"title"_s, u"Directrice"_s}});
    laptop.store().create(RecordKind::Agency, test::agencyJson());
    const SyncPackage package = laptop.sync().buildPackage(u"Office"_s);
    REQUIRE(package.changes.size() == 2);

    Synchronizer sync(office.db());
    const SyncImportReport first = sync.import(package);
    CHECK(first.applied == 2);
    const QString content = test::contentOf(office.db());
    const QString counts = test::tableCounts(office);
    const qint64 rows = syncRows(office.db());
    const SyncImportReport second = sync.import(package);
    CHECK(second.applied == 0);
    CHECK(second.duplicates == 2);
    CHECK(second.recordsChanged == 0);
    CHECK(test::contentOf(office.db()) == content);
    CHECK(test::tableCounts(office) == counts);
    CHECK(syncRows(office.db()) == rows);
}

TEST_CASE("an export with nothing new is a valid empty package", "[sync]")
{
    test::TestDatabase office;
    test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    Synchronizer sync(office.db());
    const QString path = office.dir() + u"/empty.dcrmsync"_s;
    const SyncExportReport report = sync.exportTo(u"laptop"_s, path);
    CHECK(report.changeCount == 0);
    const SyncPackage package = laptop.sync().readPackage(path);
    CHECK(package.changes.isEmpty());
    CHECK(package.header.senderReplicaId == office.db().replicaId());
    CHECK(laptop.sync().import(package).applied == 0);

    // After the laptop acknowledges a change, it is not sent again.
    office.store().update(RecordKind::Agency, test::makeGraph(office).agency, {{u"website"_s, u"https://a.ma"_s}});
    CHECK(sync.buildPackage(u"laptop"_s).changes.size() > 0);
    CHECK(sync.status().peers[0].pendingChanges > 0);
    send(office.db(), laptop.db());
    send(laptop.db(), office.db()); // carries the acknowledgement
    CHECK(sync.buildPackage(u"laptop"_s).changes.isEmpty());
    CHECK(sync.status().peers[0].pendingChanges == 0);
}

TEST_CASE("list elements merge without duplicates", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);

    // Aliases: each side adds one, both add the same one.
    office.store().update(RecordKind::Investor, g.investor,
                          {{u"aliases"_s, QVariantList{u"Yazaki"_s, u"YSK"_s, u"ヤザキ"_s}}});
    laptop.store().update(RecordKind::Investor, g.investor,
                          {{u"aliases"_s, QVariantList{u"Yazaki"_s, u"Yazaki Morocco"_s, u"ヤザキ"_s}}});
    // Attendees: both add the same contact to the meeting, under different row ids.
    const QString extra = office.store().create(RecordKind::Contact, test::contactJson(g.investor));
    send(office.db(), laptop.db());
    const QVariantMap attendee{{u"side"_s, u"investor"_s},
                               {u"person_kind"_s, u"contact"_s},
                               {u"person_id"_s, extra},
                               {u"role"_s, u"engineer"_s}};
    for (RecordStore *store : {&office.store(), &laptop.store()}) {
        QVariantList attendees = store->get(RecordKind::Meeting, g.meeting).value(u"attendees"_s).toList();
        attendees.append(attendee);
        store->update(RecordKind::Meeting, g.meeting, {{u"attendees"_s, attendees}});
    }
    send(office.db(), laptop.db());
    send(laptop.db(), office.db());

    for (RecordStore *store : {&office.store(), &laptop.store()}) {
        const QStringList names = aliases(*store, g.investor);
        CHECK(names.count(u"ヤザキ"_s) == 1);
        CHECK(names.contains(u"YSK"_s));
        CHECK(names.contains(u"Yazaki Morocco"_s));
        CHECK(names.size() == 4);
        const QVariantList attendees = store->get(RecordKind::Meeting, g.meeting).value(u"attendees"_s).toList();
        CHECK(std::count_if(attendees.cbegin(), attendees.cend(),
                            [&](const QVariant &a) { return a.toMap().value(u"person_id"_s) == extra; }) == 1);
    }
    CHECK(Synchronizer(office.db()).conflicts().isEmpty());
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

TEST_CASE("stage history and impact figures merge by what they say", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    for (RecordStore *store : {&office.store(), &laptop.store()}) {
        QVariantList impact = store->get(RecordKind::Deal, g.deal).value(u"impact"_s).toList();
        impact.append(QVariantMap{{u"indicator"_s, u"direct_jobs"_s},
                                  {u"status"_s, u"realised"_s},
                                  {u"value"_s, 12500},
                                  {u"as_of"_s, u"2025-12-31"_s}});
        store->update(RecordKind::Deal, g.deal, {{u"impact"_s, impact}});
    }
    send(office.db(), laptop.db());
    send(laptop.db(), office.db());
    const QVariantList impact = office.store().get(RecordKind::Deal, g.deal).value(u"impact"_s).toList();
    CHECK(std::count_if(impact.cbegin(), impact.cend(),
                        [](const QVariant &f) { return f.toMap().value(u"as_of"_s) == u"2025-12-31"_s; }) == 1);
    CHECK(Synchronizer(office.db()).conflicts().isEmpty());
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

TEST_CASE("sync refuses packages from elsewhere, from itself and from the future", "[sync]")
{
    test::TestDatabase office;
    test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    test::TestDatabase other;
    Laptop stranger(other, u"stranger"_s);
    const QString before = test::tableCounts(office);
    Synchronizer sync(office.db());

    const QString foreign = office.dir() + u"/foreign.dcrmsync"_s;
    stranger.sync().exportTo(u"Office"_s, foreign);
    auto error = test::errorFrom([&] { sync.importFile(foreign); });
    REQUIRE(error);
    CHECK(error->message().contains(u"another"_s));
    error = test::errorFrom([&] { sync.import(stranger.sync().buildPackage(u"Office"_s)); });
    REQUIRE(error);
    CHECK(error->message().contains(u"another database"_s));

    SyncPackage newer = laptop.sync().buildPackage(u"Office"_s);
    newer.header.schemaVersion = SqliteDatabase::latestSchemaVersion() + 1;
    error = test::errorFrom([&] { sync.import(newer); });
    REQUIRE(error);
    CHECK(error->message().contains(u"newer version"_s));

    SyncPackage mine = sync.buildPackage(u"laptop"_s);
    error = test::errorFrom([&] { sync.import(mine); });
    REQUIRE(error);
    CHECK(error->message().contains(u"this very replica"_s));
    CHECK(test::tableCounts(office) == before);
}

TEST_CASE("package content is untrusted: a bad change refuses the whole package", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    laptop.store().update(RecordKind::Investor, g.investor, {{u"hq_city"_s, u"Tanger"_s}});
    laptop.store().update(RecordKind::Investor, g.investor, {{u"employees"_s, 10}});
    const SyncPackage good = laptop.sync().buildPackage(u"Office"_s);
    REQUIRE(good.changes.size() == 2);
    Synchronizer sync(office.db());
    const QString before = test::tableCounts(office) + QString::number(syncRows(office.db()));

    auto withChange = [&](auto adjust) {
        SyncPackage bad = good;
        adjust(bad.changes.last());
        return test::errorFrom([&] { sync.import(bad); });
    };
    auto error = withChange([](SyncChange &c) { c.fields.insert(u"employees"_s, u"many"_s); });
    REQUIRE(error);
    CHECK(error->message().contains(u"employees"_s));
    error = withChange([](SyncChange &c) { c.fields.insert(u"password"_s, u"x"_s); });
    REQUIRE(error);
    CHECK(error->message().contains(u"password"_s));
    error = withChange([](SyncChange &c) { c.recordKind = u"spaceship"_s; });
    REQUIRE(error);
    // An id that is not a clock reading would sort after every real one and win every field.
    error = withChange([](SyncChange &c) { c.changeId = u"zzzz-not-a-clock"_s; });
    REQUIRE(error);
    CHECK(error->message().contains(u"clock"_s));
    error = withChange([&](SyncChange &c) { c.originSequence = good.changes.first().originSequence; });
    REQUIRE(error); // a number reused with another change: altered
    CHECK(test::tableCounts(office) + QString::number(syncRows(office.db())) == before);
    CHECK(field(office.store(), RecordKind::Investor, g.investor, u"hq_city"_s) != u"Tanger"_s);
}

TEST_CASE("an import interrupted midway leaves the database as it was", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    for (int i = 0; i < 600; ++i) {
        QVariantMap note = test::noteJson(g);
        note.insert(u"body"_s, u"Note %1"_s.arg(i));
        laptop.store().create(RecordKind::Note, note);
    }
    const SyncPackage package = laptop.sync().buildPackage(u"Office"_s);
    Synchronizer sync(office.db());
    const QString content = test::contentOf(office.db());
    const QString counts = test::tableCounts(office) + QString::number(syncRows(office.db()));

    SECTION("an error injected after half the changes")
    {
        qint64 calls = 0;
        CHECK_THROWS_AS(sync.import(package,
                                    [&](qint64 done, qint64) {
                                        if (++calls > 1 && done >= 512) {
                                            throw Error(Error::Kind::Database, u"disk full (injected)"_s);
                                        }
                                        return true;
                                    }),
                        Error);
        CHECK(calls > 2);
    }
    SECTION("a cancel")
    {
        const SyncImportReport report =
            sync.import(package, [](qint64 done, qint64 total) { return done < total / 2; });
        CHECK(report.cancelled);
    }
    CHECK(test::contentOf(office.db()) == content);
    CHECK(test::tableCounts(office) + QString::number(syncRows(office.db())) == counts);
    CHECK(sync.status().peers[0].lastImportAt.isNull());
    // The same package then goes through whole.
    CHECK(sync.import(package).applied == 600);
}

TEST_CASE("packages travel as files, encrypted with a passphrase when asked", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    laptop.store().update(RecordKind::Contact, g.contact, {{u"title"_s, u"取締役"_s}});
    const QString path = office.dir() + u"/to-office.dcrmsync"_s;
    const SyncExportReport written = laptop.sync().exportTo(u"Office"_s, path, u"correct horse"_s);
    CHECK(written.changeCount == 1);
    CHECK(written.bytes == QFile(path).size());
    Synchronizer sync(office.db());
    CHECK(test::errorFrom([&] { sync.importFile(path); }));
    CHECK(test::errorFrom([&] { sync.importFile(path, u"wrong"_s); }));
    const SyncImportReport report = sync.importFile(path, u"correct horse"_s);
    CHECK(report.applied == 1);
    CHECK(report.senderName == u"laptop"_s);
    CHECK(field(office.store(), RecordKind::Contact, g.contact, u"title"_s) == u"取締役"_s);
    CHECK(!sync.status().peers[0].lastImportAt.isNull());
}

TEST_CASE("a laptop for one mission takes its records and what they refer to, nothing else", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    // An unrelated investor with a deal elsewhere stays at the office.
    QVariantMap otherInvestor = test::investorJson();
    otherInvestor.insert(u"name"_s, u"トヨタ紡織"_s);
    otherInvestor.insert(u"aliases"_s, QVariantList{});
    const QString unrelated = office.store().create(RecordKind::Investor, otherInvestor);

    ReplicaScope scope;
    scope.missionIds = {g.mission};
    Laptop laptop(office, u"mission laptop"_s, scope);
    CHECK(laptop.store().exists(RecordKind::Mission, g.mission));
    CHECK(laptop.store().exists(RecordKind::Meeting, g.meeting));
    CHECK(laptop.store().exists(RecordKind::Investor, g.investor));
    CHECK(laptop.store().exists(RecordKind::Contact, g.contact));
    CHECK(laptop.store().exists(RecordKind::Delegate, g.delegate));
    CHECK(laptop.store().exists(RecordKind::Agency, g.agency));
    CHECK(!laptop.store().exists(RecordKind::Investor, unrelated));
    CHECK(test::sqlValue(laptop.db(), u"SELECT count(*) FROM audit_log WHERE record_id = ?"_s, {unrelated}) == 0);
    CHECK(laptop.db().check().isEmpty());

    // Edits made on the subset laptop come home.
    laptop.store().update(RecordKind::Meeting, g.meeting, {{u"summary"_s, u"Accord de principe"_s}});
    send(laptop.db(), office.db());
    CHECK(field(office.store(), RecordKind::Meeting, g.meeting, u"summary"_s) == u"Accord de principe"_s);

    ReplicaScope bad;
    bad.missionIds = {u"0190a1b2-c3d4-7e5f-8a9b-999999999999"_s};
    CHECK(test::invalidFields([&] { prepareReplica(office.db(), office.dir() + u"/x.sqlite"_s, u"x"_s, bad); }) ==
          QStringList{u"mission"_s});
    CHECK(!QFile::exists(office.dir() + u"/x.sqlite"_s));
}

TEST_CASE("changes relayed through a third replica arrive once, in any order", "[sync]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop a(office, u"A"_s);
    Laptop b(office, u"B"_s);
    send(b.db(), a.db()); // a learns of b (b knew a from the office's copy)
    const QString created = a.store().create(RecordKind::Agency, test::agencyJson());
    a.store().update(RecordKind::Agency, created, {{u"website"_s, u"https://amdie.ma"_s}});
    send(a.db(), office.db());
    send(office.db(), b.db()); // b learns a's changes through the office
    CHECK(b.store().get(RecordKind::Agency, created).value(u"website"_s) == u"https://amdie.ma"_s);
    // a meets b directly: nothing b holds of a's is sent twice.
    const SyncImportReport direct = Synchronizer(b.db()).import(a.sync().buildPackage(b.replicaId()));
    CHECK(direct.applied == 0);
    CHECK(direct.duplicates == 2);
    CHECK(test::contentOf(a.db()) == test::contentOf(b.db()));
    (void)g;
}

TEST_CASE("two officers given the same initials on two replicas stop the import with a message", "[sync]")
{
    test::TestDatabase office;
    test::makeGraph(office);
    Laptop laptop(office, u"laptop"_s);
    office.store().create(RecordKind::Officer, {{u"name"_s, u"田中 健"_s}, {u"initials"_s, u"TK"_s}});
    laptop.store().create(RecordKind::Officer, {{u"name"_s, u"Tarik Kabbaj"_s}, {u"initials"_s, u"TK"_s}});
    const QString before = test::tableCounts(office);
    const auto error = test::errorFrom([&] { send(laptop.db(), office.db()); });
    REQUIRE(error);
    CHECK(error->message().contains(u"Tarik Kabbaj"_s));
    CHECK(error->message().contains(u"田中 健"_s));
    CHECK(test::tableCounts(office) == before);
    // Once one side changes the initials, the next package goes through.
    const QString tarik = *laptop.store().findIdBy(RecordKind::Officer, u"initials"_s, u"TK"_s);
    laptop.store().update(RecordKind::Officer, tarik, {{u"initials"_s, u"TKA"_s}});
    CHECK(send(laptop.db(), office.db()).applied == 2);
    CHECK(office.store().exists(RecordKind::Officer, tarik));
}

TEST_CASE("preparing a laptop reports progress and can be cancelled, leaving no file", "[sync]")
{
    test::TestDatabase office;
    test::makeGraph(office);
    const QString path = office.dir() + u"/laptop.sqlite"_s;
    QList<qint64> seen;
    const PreparedReplica cancelled = prepareReplica(office.db(), path, u"laptop"_s, {}, [&](qint64 done, qint64) {
        seen << done;
        return false;
    });
    CHECK(cancelled.path.isEmpty());
    CHECK(!QFile::exists(path));
    CHECK(!QFile::exists(path + u".part"_s));
    CHECK(Synchronizer(office.db()).status().peers.isEmpty());
    CHECK(!Synchronizer(office.db()).status().enabled);
    CHECK(seen.size() == 1);

    seen.clear();
    const PreparedReplica done = prepareReplica(office.db(), path, u"laptop"_s, {}, [&](qint64 step, qint64 total) {
        seen << step;
        return step <= total;
    });
    CHECK(done.path == path);
    CHECK(QFile::exists(path));
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
    CHECK(seen.constLast() == 100);
}
