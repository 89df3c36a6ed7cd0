// Backups and restore: the rotation of the backup folder, the automatic backups (before a schema
// upgrade, once a day), and a restore that gives back every record the backup holds.
#include "fixtures.h"
#include "services/backups.h"
#include "services/sampledata.h"
#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqliteengine.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace crm;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kStart(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

// Every record of every kind, the Trash included, lists included, as one comparable text.
QStringList snapshot(Database &db)
{
    RecordStore &store = db.records();
    QStringList rows;
    for (RecordKind kind : allRecordKinds()) {
        for (bool trash : {false, true}) {
            ListQuery query;
            query.trash = trash;
            query.withChildren = true;
            store.forEach(kind, query, [&](const QVariantMap &record) {
                rows << kindName(kind) + (trash ? u" (trash) "_s : u" "_s) +
                            QString::fromUtf8(QJsonDocument::fromVariant(record).toJson(QJsonDocument::Compact));
                return true;
            });
        }
    }
    rows.sort();
    return rows;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// A folder with a database of sample data whose clock the test moves.
struct BackupFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"office.sqlite"_s);
    FixedClock clock{kStart};
    std::unique_ptr<Database> db;

    BackupFixture()
    {
        storage::setBackupFolderSetting({});
        open();
        loadSampleData(*db);
    }
    void open()
    {
        db = SqliteDatabase::open(path);
        db->setClock(&clock);
    }
    QString backupDir() const { return dir.filePath(u"backups"_s); }
};
} // namespace

TEST_CASE("the rotation keeps 7 daily, 4 weekly and 12 monthly backups of a year of daily closes", "[backup]")
{
    QList<QDateTime> kept;
    QDateTime now = kStart;
    for (int day = 0; day < 500; ++day) {
        now = kStart.addDays(day);
        kept << now;
        const QList<bool> keep = backupsToKeep(kept, now);
        QList<QDateTime> next;
        for (qsizetype i = 0; i < kept.size(); ++i) {
            if (keep.at(i)) {
                next << kept.at(i);
            }
        }
        kept = next;
    }
    // The last seven days, each.
    for (int back = 0; back < 7; ++back) {
        CHECK(kept.contains(now.addDays(-back)));
    }
    // One a month for the twelve months that have one, the last day of each month before this one.
    QSet<int> months;
    for (const QDateTime &time : std::as_const(kept)) {
        months.insert(time.date().year() * 100 + time.date().month());
    }
    CHECK(months.size() == 12);
    for (int back = 1; back < 12; ++back) {
        const QDate month = now.date().addMonths(-back);
        const QDate last(month.year(), month.month(), month.daysInMonth());
        CHECK(kept.contains(QDateTime(last, QTime(12, 0), Qt::UTC)));
    }
    CHECK(kept.size() <= 7 + 4 + 12);
    CHECK(kept.size() > 12);
}

TEST_CASE("the rotation never drops the newest backup nor one dated after now", "[backup]")
{
    const QList<QDateTime> times{kStart.addDays(-400), kStart.addDays(-300), kStart.addDays(3)};
    const QList<bool> keep = backupsToKeep(times, kStart, {0, 0, 0});
    CHECK(keep == QList<bool>{false, false, true});
    CHECK(backupsToKeep({kStart.addDays(-400)}, kStart, {0, 0, 0}) == QList<bool>{true});
}

TEST_CASE("a backup restored reads back every record the database had when it was taken", "[backup]")
{
    BackupFixture f;
    RecordStore &store = f.db->records();
    const QString agency = store.create(RecordKind::Agency, test::agencyJson());
    store.moveToTrash(RecordKind::Agency, agency);
    const QStringList before = snapshot(*f.db);
    REQUIRE(before.size() > 50);

    const QString backup = backUp(*f.db, f.dir.filePath(u"copy.sqlite"_s), BackupReason::Manual);
    REQUIRE(QFileInfo(backup).isFile());
    CHECK(storage::sqliteEngine().inspectBackup(backup, true).records == before.size());

    // Changes after the backup: they are what the restore takes back, and what is kept aside.
    store.restore(RecordKind::Agency, agency);
    QVariantMap other = test::agencyJson();
    other[u"name"_s] = u"Agence de promotion des investissements"_s;
    other[u"acronym"_s] = u"API"_s;
    store.create(RecordKind::Agency, other);
    const QStringList changed = snapshot(*f.db);
    REQUIRE(changed != before);
    f.db.reset();

    f.clock.advanceSecs(3600);
    const std::optional<QString> aside = restoreBackup(storage::sqliteEngine(), f.path, backup, f.clock);
    REQUIRE(aside.has_value());
    CHECK(aside->endsWith(u".before-restore-20260101T130000Z"_s));
    f.open();
    CHECK(snapshot(*f.db) == before);
    CHECK(f.db->check().isEmpty());

    auto keptAside = SqliteDatabase::open(*aside, Database::OpenMode::MustExist);
    CHECK(snapshot(*keptAside) == changed);
}

TEST_CASE("restore refuses a backup of a newer schema, a damaged one and a file that is not ours", "[backup]")
{
    BackupFixture f;
    const QString good = backUp(*f.db, f.dir.filePath(u"good.sqlite"_s), BackupReason::Manual);
    const QStringList records = snapshot(*f.db);
    f.db.reset();
    const QByteArray database = bytesOf(f.path);

    const auto refused = [&](const QString &file) {
        try {
            restoreBackup(storage::sqliteEngine(), f.path, file, f.clock);
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Database);
            CHECK(bytesOf(f.path) == database); // left as it was
            CHECK(QDir(f.dir.path()).entryList({u"*.before-restore-*"_s}).isEmpty());
            return error.message();
        }
        FAIL("restored " << file.toStdString());
        return QString();
    };

    SECTION("newer schema")
    {
        const QString newer = f.dir.filePath(u"newer.sqlite"_s);
        REQUIRE(QFile::copy(good, newer));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(newer);
            REQUIRE(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = "_s +
                               QString::number(SqliteDatabase::latestSchemaVersion() + 1));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        CHECK(refused(newer).contains(u"newer version"_s));
    }
    SECTION("damaged")
    {
        QByteArray bytes = bytesOf(good);
        REQUIRE(bytes.size() > 40 * 4096);
        // Pages 20-30 hold records: garbage there is damage integrity_check finds, not a new header.
        for (qsizetype i = 20 * 4096; i < 30 * 4096; ++i) {
            bytes[i] = static_cast<char>((i * 7919) & 0xff);
        }
        const QString damaged = f.dir.filePath(u"damaged.sqlite"_s);
        writeBytes(damaged, bytes);
        CHECK(refused(damaged).contains(u"damaged"_s));
    }
    SECTION("not a database: text, an empty file, another program's SQLite file")
    {
        const QString text = f.dir.filePath(u"notes.txt"_s);
        writeBytes(text, "These are not the records you are looking for.\n");
        CHECK(refused(text).contains(u"not a Delegates CRM database"_s));
        const QString empty = f.dir.filePath(u"empty.sqlite"_s);
        writeBytes(empty, {});
        CHECK(refused(empty).contains(u"not a Delegates CRM database"_s));
        const QString other = f.dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(other);
            REQUIRE(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        CHECK(refused(other).contains(u"not a Delegates CRM database"_s));
    }
    f.open();
    CHECK(snapshot(*f.db) == records);
}

TEST_CASE("a schema upgrade backs the file up first, a new file does not", "[backup]")
{
    QTemporaryDir dir;
    storage::setBackupFolderSetting({});
    const QString path = dir.filePath(u"old.sqlite"_s);
    const int older = SqliteDatabase::latestSchemaVersion() - 1;
    {
        auto db = SqliteDatabase::open(path, Database::OpenMode::CreateIfMissing, older);
        CHECK_FALSE(QDir(dir.filePath(u"backups"_s)).exists());
    }
    auto db = SqliteDatabase::open(path);
    CHECK(db->schemaVersion() == SqliteDatabase::latestSchemaVersion());
    const QList<BackupEntry> backups = listBackups(storage::sqliteEngine(), path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == BackupReason::Migration);
    CHECK(backups.first().schemaVersion == older);
    CHECK(backups.first().path.startsWith(dir.filePath(u"backups/old-"_s)));
    CHECK(backups.first().path.endsWith(u"-migration.sqlite"_s));
}

TEST_CASE("the daily backup is taken once a day and the folder is rotated", "[backup]")
{
    BackupFixture f;
    CHECK_FALSE(dailyBackupIfDue(*f.db).isEmpty());
    f.clock.advanceSecs(60);
    CHECK(dailyBackupIfDue(*f.db).isEmpty()); // the same day: nothing more
    for (int day = 1; day < 40; ++day) {
        f.clock.advanceSecs(24 * 3600);
        CHECK_FALSE(dailyBackupIfDue(*f.db, {}, {3, 2, 2}).isEmpty());
    }
    const QList<BackupEntry> backups = listBackups(storage::sqliteEngine(), f.path);
    // 3 days, then weeks and months that are not among them: at most 7 files, far fewer than 40.
    REQUIRE(backups.size() <= 7);
    REQUIRE(backups.size() >= 3);
    CHECK(backups.first().takenUtc == f.clock.nowUtc());
    CHECK(backups.at(1).takenUtc == f.clock.nowUtc().addDays(-1));
    CHECK(backups.at(2).takenUtc == f.clock.nowUtc().addDays(-2));
    CHECK(backups.first().records == snapshot(*f.db).size());
}

TEST_CASE("a database opened read-only takes no daily backup when the app closes", "[backup]")
{
    BackupFixture f;
    auto archive = SqliteDatabase::open(f.path, Database::OpenMode::ReadOnly);
    archive->setClock(&f.clock);
    CHECK(dailyBackupIfDue(*archive).isEmpty());
    CHECK(listBackups(storage::sqliteEngine(), f.path).isEmpty());
    CHECK_FALSE(QFileInfo::exists(f.dir.filePath(u"backups"_s)));
}

TEST_CASE("backups go to the folder the officer chose", "[backup]")
{
    BackupFixture f;
    QTemporaryDir chosen;
    storage::setBackupFolderSetting(chosen.path());
    const QString written = backUp(*f.db, {}, BackupReason::Manual);
    storage::setBackupFolderSetting({});
    CHECK(QFileInfo(written).absolutePath() == QFileInfo(chosen.path()).absoluteFilePath());
    CHECK(QFileInfo(written).fileName() == u"office-20260101T120000Z-manual.sqlite"_s);
    CHECK(storage::sqliteEngine().inspectBackup(written, true).records == snapshot(*f.db).size());
}
