#include "session.h"

#include "sqlite/sqliteengine.h"
#include "sync/syncrecorder.h"

namespace crm {

const storage::Engine &Session::engine()
{
    return storage::sqliteEngine();
}

std::unique_ptr<Session> Session::open(const QString &path, OpenMode mode, const Clock &clock, int targetVersion)
{
    std::unique_ptr<Database> db = engine().open(path, mode, targetVersion);
    db->setClock(&clock);
    return std::make_unique<Session>(std::move(db));
}

Session::Session(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_syncLog(std::make_unique<SyncLogRecorder>(*m_db))
{}

Session::~Session() = default;

} // namespace crm
