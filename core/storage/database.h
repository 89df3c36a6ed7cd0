#pragma once

#include "changeevent.h"
#include "domain/clock.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

struct sqlite3;

namespace crm {

// One open Delegates CRM file: opens it, sets the pragmas, brings its schema up to date, and
// carries who is making changes and what time it is. It never shows UI; errors are crm::Error.
class Database final
{
public:
    enum class OpenMode
    {
        CreateIfMissing, // a path that does not exist becomes a new database; an existing file must be one
        MustExist,       // the file must exist and be a Delegates CRM database
        ReadOnly         // MustExist, opened read-only: nothing is ever written to the file
    };

    // Opens (or creates) a database and migrates it to targetVersion (the latest by default; tests
    // ask for older versions to exercise the migration path). Throws crm::Error with a message
    // for the user; the file is left untouched when it is refused. Only a path that does not exist
    // is ever created: an existing file of any size that is not a Delegates CRM database is refused.
    // ReadOnly opens the file read-only (on read-only media too); a file of an older schema is first
    // upgraded through a write open, the one write a reading session may cause.
    static std::unique_ptr<Database> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing,
                                          int targetVersion = -1);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Why the existing file at path can only be read (read-only media, a file or folder the user
    // may not write to); empty when it can be written. The desktop app opens such a file ReadOnly
    // rather than refusing it: an archived database stays listable, searchable and printable.
    static QString readOnlyReason(const QString &path);

    static int latestSchemaVersion();
    // QStandardPaths::AppLocalDataLocation: the machine's own profile, not the roaming one.
    static QString defaultPath();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    // SQLite's PRAGMA data_version: changes when another connection (another program, the CLI)
    // has committed to the file since this one last asked; this connection's own commits leave it.
    qint64 dataVersion() const;
    QString replicaId() const;
    // Integrity, foreign keys and schema version; empty when all is well.
    QStringList check() const;

    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock *clock) { m_clock = clock ? clock : &Clock::system(); }
    QString officerId() const { return m_officerId; }
    void setOfficerId(const QString &officerId) { m_officerId = officerId; }

    // Every change to a record on this connection is published here, inside its transaction. The
    // audit log and the search index are subscribed from the start; the sync log by the session
    // (core/session), which is the only one to know about sync.
    ChangeFeed &changes() { return m_changes; }
    const ChangeFeed &changes() const { return m_changes; }
    // Whether sync is on for this file (database_info sync_enabled). Kept between writes: read
    // again when this connection writes to database_info or another one commits to the file.
    bool syncEnabled() const;

    // For core/storage only: the name of the Qt SQL connection and the transaction depth.
    QString connectionName() const { return m_connectionName; }
    int transactionDepth() const { return m_depth; }
    void beginTransaction();
    void commitTransaction();
    void rollbackTransaction();

private:
    Database(QString path, QString connectionName);
    void connect(bool readOnly, bool immutable);
    void migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
    const Clock *m_clock = &Clock::system();
    QString m_officerId;
    int m_depth = 0;
    bool m_readOnly = false;
    bool m_wrote = false; // a write transaction committed: worth a PRAGMA optimize on close
    ChangeFeed m_changes;
    std::vector<std::unique_ptr<ChangeSubscriber>> m_storageSubscribers;
    // The connection's handle, for the update hook and the pager's data version.
    sqlite3 *m_handle = nullptr;
    mutable int m_syncEnabled = -1;           // unknown
    mutable qint64 m_syncEnabledVersion = -1; // PRAGMA data_version when the flag was known good
    mutable qint64 m_syncEnabledPager = -1;   // the pager's data version when the flag was known good
    qint64 pagerDataVersion() const;          // -1: unknown
    bool readSyncFlag() const;
};

// Rolls back unless committed. Nested guards become savepoints, so a use case can wrap several
// repository calls in one transaction and any failure leaves nothing behind.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace crm
