#include "sqliteengine.h"

#include "domain/error.h"
#include "sqlitebackupstore.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace crm::storage {
namespace {
struct EngineTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Database)
};

// Work on an open database needs its connection: a Database of another engine cannot be copied here.
SqliteDatabase &sqliteOf(Database &db)
{
    auto *sqlite = dynamic_cast<SqliteDatabase *>(&db);
    if (!sqlite) {
        throw Error::database(EngineTr::tr("%1 is not an SQLite database.").arg(db.path()));
    }
    return *sqlite;
}

class SqliteEngine final : public Engine
{
public:
    std::unique_ptr<Database> open(const QString &path, OpenMode mode, int targetVersion) const override
    {
        return SqliteDatabase::open(path, mode, targetVersion);
    }
    int latestSchemaVersion() const override { return SqliteDatabase::latestSchemaVersion(); }
    QString defaultPath() const override { return SqliteDatabase::defaultPath(); }
    QString readOnlyReason(const QString &path) const override { return SqliteDatabase::readOnlyReason(path); }
    bool writeBackup(Database &db, const QString &path, const CopyProgress &progress) const override
    {
        return storage::writeBackup(sqliteOf(db), path, progress);
    }
    BackupContents inspectBackup(const QString &path, bool checkIntegrity) const override
    {
        return storage::inspectBackup(path, checkIntegrity);
    }
    bool copyBackup(const QString &from, const QString &to, const CopyProgress &progress) const override
    {
        return storage::copyBackup(from, to, progress);
    }
    bool copyDatabase(Database &source, const QString &path, const CopyProgress &progress) const override
    {
        const QSqlDatabase db = QSqlDatabase::database(sqliteOf(source).connectionName(), false);
        return storage::copyDatabase(db, path, progress);
    }
};
} // namespace

const Engine &sqliteEngine()
{
    static const SqliteEngine engine;
    return engine;
}

} // namespace crm::storage
