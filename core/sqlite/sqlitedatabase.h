#pragma once

#include "storage/database.h"

#include <memory>
#include <vector>

struct sqlite3;

namespace crm {

class SqliteAuditLog;
class SqliteRateStore;
class SqliteRecordQuery;
class SqliteRecordStore;
namespace storage {
class SqliteDuplicateKeys;
class SqliteImportLog;
class SqliteReplicaCopy;
class SqliteSearchIndex;
class SqliteSyncLog;
} // namespace storage

// One open Delegates CRM file: opens it, sets the pragmas, brings its schema up to date and holds
// its repositories and queries. Errors are crm::Error.
class SqliteDatabase final : public Database
{
public:
    // See storage::Engine::open(); the engine (sqliteEngine()) and the tests call this.
    static std::unique_ptr<SqliteDatabase> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing,
                                                int targetVersion = -1);
    static QString readOnlyReason(const QString &path);
    static int latestSchemaVersion();
    // QStandardPaths::AppLocalDataLocation: the machine's own profile, not the roaming one.
    static QString defaultPath();

    ~SqliteDatabase() override;

    const storage::Engine &engine() const override;
    QString path() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    int schemaVersion() const override;
    // SQLite's PRAGMA data_version.
    qint64 dataVersion() const override;
    QString replicaId() const override;
    QStringList check() const override;
    // Kept between writes: read again when this connection writes to database_info or another one
    // commits to the file.
    bool syncEnabled() const override;

    RecordStore &records() const override;
    RecordQuery &queries() const override;
    AuditLog &audit() const override;
    RateStore &rates() const override;
    const ReportQueries &reports() const override;
    storage::SearchIndex &search() const override;
    storage::SyncLog &syncLog() const override;
    storage::ReplicaCopy &replicaCopy() const override;
    storage::ImportLog &imports() const override;
    storage::DuplicateKeys &duplicateKeys() const override;

    void beginTransaction() override;
    void commitTransaction() override;
    void rollbackTransaction() override;

    // For core/sqlite only: the name of the Qt SQL connection.
    QString connectionName() const { return m_connectionName; }

private:
    struct Parts;
    SqliteDatabase(QString path, QString connectionName);
    void connect(bool readOnly, bool immutable);
    void migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_wrote = false; // a write transaction committed: worth a PRAGMA optimize on close
    std::vector<std::unique_ptr<ChangeSubscriber>> m_storageSubscribers;
    std::unique_ptr<Parts> m_parts; // the repositories and queries
    // The connection's handle, for the update hook and the pager's data version.
    sqlite3 *m_handle = nullptr;
    mutable int m_syncEnabled = -1;           // unknown
    mutable qint64 m_syncEnabledVersion = -1; // PRAGMA data_version when the flag was known good
    mutable qint64 m_syncEnabledPager = -1;   // the pager's data version when the flag was known good
    qint64 pagerDataVersion() const;          // -1: unknown
    bool readSyncFlag() const;
};

} // namespace crm
