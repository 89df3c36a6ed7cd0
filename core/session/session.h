#pragma once

#include "storage/database.h"
#include "storage/engine.h"

#include <memory>

namespace crm {

class SyncLogRecorder;

// The composition root of one open file: the database (which subscribes storage's own followers of
// every change, the audit log and the search index) and the sync log, subscribed for as long as the
// session lives. Every program that writes opens its file here, so that no change to a file with
// sync on escapes the sync log (storage refuses such a change when nobody records it).
class Session final
{
public:
    // The engine that opens the files (SQLite): its default path, schema version, read-only checks.
    static const storage::Engine &engine();
    // Engine::open with the clock stamped on every change (the caller keeps it alive).
    static std::unique_ptr<Session> open(const QString &path, OpenMode mode, const Clock &clock,
                                         int targetVersion = -1);
    // Wires a database opened elsewhere.
    explicit Session(std::unique_ptr<Database> db);
    ~Session();
    Q_DISABLE_COPY_MOVE(Session)

    Database &db() const { return *m_db; }

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncLogRecorder> m_syncLog; // after m_db: unsubscribes before the database closes
};

inline std::unique_ptr<Session> openSession(const QString &path, OpenMode mode, const Clock &clock)
{
    return Session::open(path, mode, clock);
}

} // namespace crm
