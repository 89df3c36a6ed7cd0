#pragma once

#include "changeevent.h"
#include "domain/clock.h"
#include "engine.h"
#include "openmode.h"

#include <QString>
#include <QStringList>

namespace crm {

class AuditLog;
class RateStore;
class RecordQuery;
class RecordStore;
struct ReportQueries;
namespace storage {
class DuplicateKeys;
class ImportLog;
class ReplicaCopy;
class SearchIndex;
class SyncLog;
} // namespace storage

// One open Delegates CRM database, whichever engine keeps it: who is making changes and what time
// it is, its transactions, the feed every change is published to, and the repositories and queries
// that read and write it. Nothing above storage sees the engine behind it (core/sqlite is the only
// one today; README, "Storage"). Errors are crm::Error; the database never shows UI.
class Database
{
public:
    using OpenMode = crm::OpenMode;

    virtual ~Database() = default;
    Q_DISABLE_COPY_MOVE(Database)

    // The engine that opened it: opens other files (a replica's copy), backs up, knows the schema.
    virtual const storage::Engine &engine() const = 0;

    // Where it lives (a file path for SQLite), for messages and the backup folder.
    virtual QString path() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual int schemaVersion() const = 0;
    // Changes when another connection (another program, the CLI) has committed to the database since
    // this one last asked; this connection's own commits leave it.
    virtual qint64 dataVersion() const = 0;
    virtual QString replicaId() const = 0;
    // Integrity, foreign keys and schema version; empty when all is well.
    virtual QStringList check() const = 0;
    // Whether sync is on for this database (database_info sync_enabled).
    virtual bool syncEnabled() const = 0;

    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock *clock) { m_clock = clock ? clock : &Clock::system(); }
    QString officerId() const { return m_officerId; }
    void setOfficerId(const QString &officerId) { m_officerId = officerId; }

    // Every change to a record on this connection is published here, inside its transaction. The
    // audit log and the search index are subscribed by the engine; the sync log by the session
    // (core/session), which is the only one to know about sync.
    ChangeFeed &changes() { return m_changes; }
    const ChangeFeed &changes() const { return m_changes; }

    // The repositories and queries of this database; they live as long as it does.
    virtual RecordStore &records() const = 0;
    virtual RecordQuery &queries() const = 0;
    virtual AuditLog &audit() const = 0;
    virtual RateStore &rates() const = 0;
    virtual const ReportQueries &reports() const = 0;
    virtual storage::SearchIndex &search() const = 0;
    virtual storage::SyncLog &syncLog() const = 0;
    // Trims this database when it is a replica's fresh copy (foreign keys off while it works).
    virtual storage::ReplicaCopy &replicaCopy() const = 0;
    // The import batches kept so that an import can be listed and reverted (core/import).
    virtual storage::ImportLog &imports() const = 0;
    // The match keys of live records that duplicates are found by (services/duplicates).
    virtual storage::DuplicateKeys &duplicateKeys() const = 0;

    // Use Transaction rather than these. Nested levels are savepoints.
    int transactionDepth() const { return m_depth; }
    virtual void beginTransaction() = 0;
    virtual void commitTransaction() = 0;
    virtual void rollbackTransaction() = 0;

protected:
    Database() = default;
    int m_depth = 0;

private:
    const Clock *m_clock = &Clock::system();
    QString m_officerId;
    ChangeFeed m_changes;
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
