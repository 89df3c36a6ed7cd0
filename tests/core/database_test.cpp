#include "domain/recordid.h"
#include "fixtures.h"
#include "services/search.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "storage/recordquery.h"
#include "storage/recordstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <functional>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// Runs statements on a plain SQLite connection of the test's own, as another program would.
void withRawConnection(const QString &path, const std::function<void(QSqlDatabase &)> &use)
{
    static int counter = 0;
    const QString name = u"raw-test-connection-"_s + QString::number(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

int rawInt(const QString &path, const QString &sql)
{
    int value = -1;
    withRawConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        value = q.value(0).toInt();
    });
    return value;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

// A closed Delegates CRM file at the latest schema.
QString makeDatabaseFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"crm.sqlite"_s);
    SqliteDatabase::open(path).reset();
    return path;
}

// Opening path must be refused with an Error of the given kind, leaving the folder as it was.
Error refusedOpen(const QString &path, Error::Kind kind)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList filesBefore = filesIn(folder);
    const bool existed = QFileInfo(path).isFile();
    const QByteArray before = existed ? contentOf(path) : QByteArray();
    const auto error = test::errorFrom([&] { SqliteDatabase::open(path); });
    REQUIRE(error);
    CHECK(error->kind() == kind);
    CHECK(filesIn(folder) == filesBefore);
    if (existed) {
        CHECK(contentOf(path) == before);
    }
    return *error;
}

QVariant value(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    return test::sqlValue(db, sql, binds);
}

void checkReferenceData(const Database &db)
{
    CHECK(value(db, u"SELECT name FROM country WHERE code = 'MA'"_s).toString() == u"Morocco"_s);
    CHECK(value(db, u"SELECT minor_units FROM currency WHERE code = 'JPY'"_s) == QVariant(0));
    CHECK(value(db, u"SELECT minor_units FROM currency WHERE code = 'USD'"_s) == QVariant(2));
    CHECK(value(db, u"SELECT minor_units FROM currency WHERE code = 'TND'"_s) == QVariant(3));
    CHECK(value(db, u"SELECT name FROM sector WHERE code = 'aerospace'"_s).toString() == u"Aerospace"_s);
    CHECK(value(db, u"SELECT count(*) FROM country"_s).toInt() > 240);
}

bool hasIndex(const Database &db, const QString &name)
{
    return value(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"_s, {name}).toInt() == 1;
}
} // namespace

TEST_CASE("a new database is at the latest schema with its reference data", "[database]")
{
    test::TestDatabase t;
    CHECK(SqliteDatabase::latestSchemaVersion() == 14);
    CHECK(t.db().schemaVersion() == SqliteDatabase::latestSchemaVersion());
    checkReferenceData(t.db());
    CHECK(hasIndex(t.db(), u"delegate_sort"_s));
    CHECK(hasIndex(t.db(), u"import_batch_record_record"_s));
    CHECK(t.db().check() == QStringList());
    CHECK(t.db().transactionDepth() == 0);
    CHECK(t.db().path() == t.path());
}

TEST_CASE("a database enforces foreign keys and writes ahead", "[database]")
{
    test::TestDatabase t;
    CHECK(value(t.db(), u"PRAGMA foreign_keys"_s) == QVariant(1));
    CHECK(value(t.db(), u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
}

TEST_CASE("a database has a replica id of its own that survives a reopen", "[database]")
{
    test::TestDatabase t;
    test::TestDatabase other;
    const QString replica = t.db().replicaId();
    CHECK(isValidRecordId(replica));
    CHECK(replica != other.db().replicaId());
    t.reopen();
    CHECK(t.db().replicaId() == replica);
}

TEST_CASE("a database of schema 1 is brought up to date when it is opened", "[database]")
{
    test::TestDatabase old(1);
    REQUIRE(old.db().schemaVersion() == 1);
    CHECK(value(old.db(), u"SELECT count(*) FROM country"_s) == QVariant(0));
    CHECK_FALSE(hasIndex(old.db(), u"delegate_sort"_s));
    CHECK(old.db().check() ==
          QStringList{u"Schema version 1, expected "_s + QString::number(SqliteDatabase::latestSchemaVersion())});
    const QString replica = old.db().replicaId();

    // An officer written by the first version, before reference data, indexes and folded keys existed.
    const QString officerId = newRecordId();
    CHECK(test::sqlValue(old.db(),
                         u"INSERT INTO officer (id, created_at, modified_at, sort_key, name, initials, email, active) "
                         "VALUES (?, '2019-04-01T00:00:00.000Z', '2019-04-01T00:00:00.000Z', 'ＳＵＺＵＫＩ Ichiro', "
                         "'ＳＵＺＵＫＩ Ichiro', 'IS', 'ichiro.suzuki@itpo-tokyo.example', 1) RETURNING id"_s,
                         {officerId})
              .toString() == officerId);

    const std::unique_ptr<Database> db = SqliteDatabase::open(old.path());
    CHECK(db->schemaVersion() == SqliteDatabase::latestSchemaVersion());
    checkReferenceData(*db);
    CHECK(hasIndex(*db, u"delegate_sort"_s));
    CHECK(hasIndex(*db, u"meeting_investor"_s));
    CHECK(db->check() == QStringList());
    CHECK(db->replicaId() == replica);
    // Schema 4 filled in the folded sort key and search text of the rows it found.
    CHECK(value(*db, u"SELECT sort_key FROM officer WHERE id = ?"_s, {officerId}).toString() == u"suzuki ichiro"_s);
    CHECK(value(*db, u"SELECT search_text FROM officer WHERE id = ?"_s, {officerId})
              .toString()
              .contains(u"suzuki ichiro"_s));

    RecordStore &store = db->records();
    const QVariantMap officer = store.get(RecordKind::Officer, officerId);
    CHECK(officer.value(u"name"_s).toString() == u"ＳＵＺＵＫＩ Ichiro"_s);
    CHECK(officer.value(u"initials"_s).toString() == u"IS"_s);
    CHECK(officer.value(u"active"_s) == QVariant(true));
    // The migrated file takes new records with links to the reference data.
    const QString agency = store.create(RecordKind::Agency, test::agencyJson());
    CHECK(store.get(RecordKind::Agency, agency).value(u"country"_s).toString() == u"MA"_s);
}

TEST_CASE("a database of schema 2 gets the indexes and folded keys of the later schemas", "[database]")
{
    test::TestDatabase old(2);
    REQUIRE(old.db().schemaVersion() == 2);
    checkReferenceData(old.db());
    CHECK_FALSE(hasIndex(old.db(), u"delegate_sort"_s));

    const std::unique_ptr<Database> db = SqliteDatabase::open(old.path());
    CHECK(db->schemaVersion() == SqliteDatabase::latestSchemaVersion());
    CHECK(hasIndex(*db, u"delegate_sort"_s));
    CHECK(value(*db, u"SELECT count(*) FROM pragma_table_info('delegate') WHERE name = 'search_text'"_s) ==
          QVariant(1));
    // Reference data is not loaded a second time.
    CHECK(value(*db, u"SELECT count(*) FROM currency WHERE code = 'JPY'"_s) == QVariant(1));
    CHECK(db->check() == QStringList());
}

TEST_CASE("a database of schema 7 keeps its rows, none of them confidential, and takes talking points", "[database]")
{
    test::TestDatabase old(7);
    REQUIRE(old.db().schemaVersion() == 7);
    const auto insert = [&old](const QString &sql) {
        const QString id = newRecordId();
        REQUIRE(test::sqlValue(old.db(), sql + u" RETURNING id"_s, {id}).toString() == id);
        return id;
    };
    // Rows as version 7 wrote them, before the columns of schema 8 existed.
    const QString investor = insert(u"INSERT INTO investor (id, created_at, modified_at, sort_key, name) "
                                    "VALUES (?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', "
                                    "'yazaki', 'Yazaki Corporation')"_s);
    const QString delegate =
        insert(u"INSERT INTO delegate (id, created_at, modified_at, sort_key, family_name, given_name, name_order, "
               "status) VALUES (?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'hassani mohamed', "
               "'Hassani', 'Mohamed', 'given_first', 'active')"_s);
    const QString mission =
        insert(u"INSERT INTO mission (id, created_at, modified_at, sort_key, kind, title, start_date, end_date) "
               "VALUES (?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '2024-09-09', "
               "'investor_mission', 'Mission to Tangier', '2024-09-09', '2024-09-13')"_s);
    const QString meeting = test::sqlValue(old.db(),
                                           u"INSERT INTO meeting (id, created_at, modified_at, sort_key, starts_at, "
                                           "time_zone, investor_id, summary) VALUES (?, '2024-01-01T00:00:00.000Z', "
                                           "'2024-01-01T00:00:00.000Z', '2024-05-10T01:00:00.000Z', "
                                           "'2024-05-10T01:00:00.000Z', 'Asia/Tokyo', ?, 'A second plant') "
                                           "RETURNING id"_s,
                                           {newRecordId(), investor})
                                .toString();
    REQUIRE_FALSE(meeting.isEmpty());

    const std::unique_ptr<Database> db = SqliteDatabase::open(old.path());
    CHECK(db->schemaVersion() == SqliteDatabase::latestSchemaVersion());
    CHECK(db->check() == QStringList());
    RecordStore &store = db->records();
    const QList<std::pair<RecordKind, QString>> rows{{RecordKind::Investor, investor},
                                                     {RecordKind::Delegate, delegate},
                                                     {RecordKind::Mission, mission},
                                                     {RecordKind::Meeting, meeting}};
    for (const auto &[kind, id] : rows) {
        INFO(kindName(kind).toStdString());
        CHECK(store.get(kind, id).value(u"confidential"_s) == QVariant(false));
        CHECK(value(*db, u"SELECT confidential FROM "_s + kindName(kind) + u" WHERE id = ?"_s, {id}) == QVariant(0));
    }
    const QVariantMap shown = store.get(RecordKind::Meeting, meeting);
    CHECK(shown.value(u"summary"_s).toString() == u"A second plant"_s);
    CHECK(shown.value(u"talking_points"_s).isNull());
    CHECK(store.get(RecordKind::Investor, investor).value(u"name"_s).toString() == u"Yazaki Corporation"_s);

    // The upgraded rows take the new fields like any other.
    CHECK(store.update(RecordKind::Meeting, meeting,
                       {{u"talking_points"_s, u"Labour costs\nSite visit"_s}, {u"confidential"_s, true}}));
    CHECK(store.get(RecordKind::Meeting, meeting).value(u"talking_points"_s).toString() ==
          u"Labour costs\nSite visit"_s);
    CHECK(store.get(RecordKind::Meeting, meeting).value(u"confidential"_s) == QVariant(true));
}

TEST_CASE("a database of schema 8 gets a search index of its live records", "[database][search]")
{
    test::TestDatabase old(8);
    REQUIRE(old.db().schemaVersion() == 8);
    const auto insert = [&old](const QString &sql, const QVariantList &binds = {}) {
        const QString id = newRecordId();
        REQUIRE(test::sqlValue(old.db(), sql + u" RETURNING id"_s, QVariantList{id} + binds).toString() == id);
        return id;
    };
    // Rows as version 8 wrote them, before there was a search index.
    const QString investor =
        insert(u"INSERT INTO investor (id, created_at, modified_at, sort_key, name, name_latin, aliases) "
               "VALUES (?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'やざき', '矢崎総業株式会社', "
               "'Yazaki Corporation', '[\"ヤザキ\"]')"_s);
    const QString trashed =
        insert(u"INSERT INTO investor (id, created_at, modified_at, deleted_at, sort_key, name) "
               "VALUES (?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z', "
               "'yazaki europe', 'Yazaki Europe Ltd.')"_s);
    const QString meeting = insert(u"INSERT INTO meeting (id, created_at, modified_at, sort_key, starts_at, "
                                   "time_zone, investor_id, summary) VALUES (?, '2024-01-01T00:00:00.000Z', "
                                   "'2024-01-01T00:00:00.000Z', '2024-05-10T01:00:00.000Z', "
                                   "'2024-05-10T01:00:00.000Z', 'Asia/Tokyo', ?, 'A second plant')"_s,
                                   {investor});
    insert(u"INSERT INTO meeting_attendee (id, meeting_id, position, side, person_kind, name, role) "
           "VALUES (?, ?, 0, 'itpo', 'other', '森 愛子', 'interpreter')"_s,
           {meeting});
    const QString note = insert(u"INSERT INTO note (id, created_at, modified_at, sort_key, body, written_at, "
                                "linked_kind, linked_id) VALUES (?, '2024-01-01T00:00:00.000Z', "
                                "'2024-01-01T00:00:00.000Z', '2024-05-10', 'タンジェの新工場について', "
                                "'2024-05-10T03:00:00.000Z', 'investor', ?)"_s,
                                {investor});

    const std::unique_ptr<Database> db = SqliteDatabase::open(old.path());
    CHECK(db->schemaVersion() == SqliteDatabase::latestSchemaVersion());
    CHECK(db->check() == QStringList());
    CHECK(value(*db, u"SELECT count(*) FROM search_doc"_s) == QVariant(3)); // the trashed investor is left out
    const auto found = [&db](const QString &text) {
        QStringList ids;
        SearchQuery query;
        query.text = text;
        for (const SearchHit &hit : Search(*db).search(query)) {
            ids << hit.id;
        }
        return ids;
    };
    CHECK(found(u"YAZAKI CO., LTD."_s) == QStringList{investor});
    CHECK(found(u"やざき"_s) == QStringList{investor}); // the alias, read from its JSON list
    CHECK(found(u"second plant"_s) == QStringList{meeting});
    CHECK(found(u"森 愛子"_s) == QStringList{meeting}); // an attendee: the lists are read too
    CHECK(found(u"新工場"_s) == QStringList{note});
    CHECK_FALSE(found(u"europe"_s).contains(trashed));

    // Restoring the trashed record indexes it like any other change.
    RecordStore &store = db->records();
    store.restore(RecordKind::Investor, trashed);
    CHECK(found(u"europe"_s) == QStringList{trashed});
}

TEST_CASE("a file written by a newer version is refused and left unchanged", "[database]")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseFile(dir);
    withRawConnection(path, [](QSqlDatabase &db) { exec(db, u"PRAGMA user_version = 99"_s); });
    REQUIRE(rawInt(path, u"PRAGMA user_version"_s) == 99);
    const QByteArray bytes = contentOf(path);

    const Error error = refusedOpen(path, Error::Kind::Database);
    CHECK(error.message().contains(u"newer version"_s));
    CHECK(error.message().contains(u"99"_s));
    CHECK(error.message().contains(path));
    CHECK(rawInt(path, u"PRAGMA user_version"_s) == 99);

    // Refused in MustExist mode too, and a later open of a good file still works.
    const auto again = test::errorFrom([&] { SqliteDatabase::open(path, Database::OpenMode::MustExist); });
    REQUIRE(again);
    CHECK(again->kind() == Error::Kind::Database);
    CHECK(contentOf(path) == bytes);
    test::TestDatabase fine;
    CHECK(fine.db().check() == QStringList());
}

TEST_CASE("a file that is not a database is refused without harm", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"contacts.csv"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("family_name,given_name\n山田,太郎\nHassani,Mohamed Aref\n").toUtf8());
    }
    const Error error = refusedOpen(path, Error::Kind::Database);
    CHECK(error.message().contains(u"not a Delegates CRM database"_s));
    CHECK(error.message().contains(path));
}

TEST_CASE("an SQLite file of another program is refused and left unchanged", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"music.sqlite"_s);
    withRawConnection(path, [](QSqlDatabase &db) {
        exec(db, u"CREATE TABLE song (title TEXT, artist TEXT)"_s);
        exec(db, u"INSERT INTO song VALUES ('Kimigayo', 'traditional')"_s);
    });
    const Error error = refusedOpen(path, Error::Kind::Database);
    CHECK(error.message().contains(u"another program"_s));
    CHECK(rawInt(path, u"SELECT count(*) FROM sqlite_master"_s) == 1);
    CHECK(rawInt(path, u"PRAGMA user_version"_s) == 0);
}

TEST_CASE("an SQLite file of another program with its own schema version is refused and left unchanged", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts.sqlite"_s);
    withRawConnection(path, [](QSqlDatabase &db) {
        exec(db, u"CREATE TABLE account (name TEXT)"_s);
        exec(db, u"PRAGMA user_version = 2"_s);
    });
    const QByteArray before = contentOf(path);
    const Error error = refusedOpen(path, Error::Kind::Database);
    CHECK(error.message().contains(u"another program"_s));
    CHECK(contentOf(path) == before);
    CHECK_FALSE(QFile::exists(path + u"-wal"_s)); // not switched to write-ahead logging
}

TEST_CASE("MustExist refuses a missing file and creates nothing", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/crm.sqlite"_s);
    const auto error = test::errorFrom([&] { SqliteDatabase::open(path, Database::OpenMode::MustExist); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::NotFound);
    CHECK(error->message().contains(path));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QDir(dir.filePath(u"missing"_s)).exists());
}

TEST_CASE("MustExist opens a file that exists", "[database]")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseFile(dir);
    const std::unique_ptr<Database> db = SqliteDatabase::open(path, Database::OpenMode::MustExist);
    CHECK(db->schemaVersion() == SqliteDatabase::latestSchemaVersion());
    CHECK(db->check() == QStringList());
}

TEST_CASE("a folder is not a database file", "[database]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"crm.sqlite"_s);
    REQUIRE(QDir().mkpath(folder));
    const Error error = refusedOpen(folder, Error::Kind::Database);
    CHECK(error.message().contains(u"folder"_s));
    CHECK(QDir(folder).isEmpty());
}

TEST_CASE("a new database is created with the folders it needs", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ITPO/2026/crm.sqlite"_s);
    {
        const std::unique_ptr<Database> db = SqliteDatabase::open(path);
        CHECK(db->schemaVersion() == SqliteDatabase::latestSchemaVersion());
    }
    CHECK(QFile::exists(path));
    CHECK(rawInt(path, u"PRAGMA user_version"_s) == SqliteDatabase::latestSchemaVersion());
}

TEST_CASE("the default database lives in the machine's local application data", "[database]")
{
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    REQUIRE_FALSE(local.isEmpty());
    const QString path = SqliteDatabase::defaultPath();
    CHECK(QFileInfo(path).absolutePath() == QFileInfo(local).absoluteFilePath());
    CHECK(QFileInfo(path).fileName() == u"delegates-crm.sqlite"_s);
}

TEST_CASE("a database carries the clock and the officer it stamps changes with", "[database]")
{
    test::TestDatabase t;
    CHECK(t.db().clock().nowUtc() == QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));
    CHECK(t.db().officerId() == t.officerId());

    t.db().setOfficerId(QString());
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    const QVariantMap agency = t.store().get(RecordKind::Agency, id);
    // Absent or null (docs/json-format.md): either way no officer id.
    CHECK(agency.value(u"created_by"_s).toString().isEmpty());
    CHECK(agency.value(u"modified_by"_s).toString().isEmpty());
    CHECK(t.store().history(RecordKind::Agency, id).constFirst().officerId.isEmpty());

    // Without a clock of its own, the database tells the real time.
    t.db().setClock(nullptr);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    CHECK(t.db().clock().nowUtc() >= before);
    CHECK(t.db().clock().nowUtc() <= QDateTime::currentDateTimeUtc().addSecs(1));
    t.db().setClock(&t.clock());
}

TEST_CASE("a database of schema 9 gets the sync tables, an id of its own and the name Office", "[database][sync]")
{
    test::TestDatabase old(9);
    const QString replica = old.db().replicaId();
    old.store().create(RecordKind::Agency, test::agencyJson());
    old.reopen();
    CHECK(old.db().schemaVersion() == SqliteDatabase::latestSchemaVersion());
    CHECK(old.db().replicaId() == replica);
    const QString databaseId =
        value(old.db(), u"SELECT value FROM database_info WHERE key = 'database_id'"_s).toString();
    CHECK(isValidRecordId(databaseId));
    CHECK(databaseId != replica);
    CHECK(value(old.db(), u"SELECT value FROM database_info WHERE key = 'replica_name'"_s) == u"Office"_s);
    // Sync stays off, and edits are not logged for it, until a mission laptop is prepared.
    old.store().create(RecordKind::Agency, test::agencyJson());
    CHECK(old.rows(u"sync_change"_s) == 0);
    CHECK(old.db().check() == QStringList());
    test::TestDatabase other;
    CHECK(value(other.db(), u"SELECT value FROM database_info WHERE key = 'database_id'"_s).toString() != databaseId);
}

TEST_CASE("a database of schema 10 is refolded so that variant kanji are found by their common form",
          "[database][search][kanji]")
{
    test::TestDatabase old(10);
    const QString delegate =
        old.store().create(RecordKind::Delegate, {{u"family_name"_s, u"山﨑"_s}, {u"given_name"_s, u"髙志"_s}});
    const QString investor = old.store().create(RecordKind::Investor, {{u"name"_s, u"髙﨑精工株式会社"_s}});
    old.store().moveToTrash(RecordKind::Investor,
                            old.store().create(RecordKind::Investor, {{u"name"_s, u"髙﨑商事"_s}}));
    // What version 10 stored: the kanji as written, folding knew no variants.
    const QString asWritten = u"replace(replace(%1, '崎', '﨑'), '高', '髙')"_s;
    for (const QString &table : {u"delegate"_s, u"investor"_s}) {
        test::sqlValue(old.db(), u"UPDATE "_s + table + u" SET sort_key = "_s + asWritten.arg(u"sort_key"_s) +
                                     u", search_text = "_s + asWritten.arg(u"search_text"_s));
    }
    test::sqlValue(old.db(), u"UPDATE search_names SET names = "_s + asWritten.arg(u"names"_s));
    REQUIRE(test::sqlValue(old.db(), u"SELECT count(*) FROM search_names WHERE instr(names, '髙') > 0"_s) ==
            QVariant(2));

    old.reopen();
    CHECK(old.db().schemaVersion() == SqliteDatabase::latestSchemaVersion());
    CHECK(old.db().check() == QStringList());
    const auto found = [&old](const QString &text) {
        QStringList ids;
        SearchQuery query;
        query.text = text;
        for (const SearchHit &hit : Search(old.db()).search(query)) {
            ids << hit.id;
        }
        return ids;
    };
    CHECK(found(u"山崎"_s) == QStringList{delegate});
    CHECK(found(u"高崎精工"_s) == QStringList{investor});
    CHECK(found(u"高崎商事"_s).isEmpty()); // the Trash stays out of the index
    // The list filter and sort keys, the Trash's included.
    RecordQuery &query = old.db().queries();
    PageQuery page;
    page.kind = RecordKind::Delegate;
    page.filter = u"山崎"_s;
    CHECK(query.count(page) == 1);
    page.kind = RecordKind::Investor;
    page.trash = true;
    page.filter = u"高崎"_s;
    CHECK(query.count(page) == 1);
    CHECK(value(old.db(), u"SELECT count(*) FROM investor WHERE sort_key LIKE '%髙%' OR sort_key LIKE '%﨑%'"_s) ==
          QVariant(0));
}
