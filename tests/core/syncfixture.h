#pragma once

// Two or three replicas of one database for the sync tests: the office file with the usual
// record graph, and mission laptops prepared from it, each with its own clock and officer.

#include "fixtures.h"
#include "session/session.h"
#include "sync/replicapreparer.h"
#include "sync/synchronizer.h"

#include <memory>

namespace crm::test {

// A laptop prepared from an office database, open as a second Database.
class Laptop
{
public:
    Laptop(TestDatabase &office, const QString &name, const ReplicaScope &scope = {});

    Database &db() { return m_session->db(); }
    RecordStore &store() { return *m_store; }
    Synchronizer &sync() { return *m_sync; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString replicaId() const { return m_session->db().replicaId(); }

private:
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Session> m_session; // with its sync log, as the programs open a laptop
    RecordStore *m_store = nullptr;
    std::unique_ptr<Synchronizer> m_sync;
};

// Sends what `to` has not acknowledged from `from` and merges it there.
SyncImportReport send(Database &from, Database &to);
// Every record of every kind, live and in the Trash, without the metadata each replica stamps
// itself (times, officer): what must be identical once replicas have seen the same changes.
QString contentOf(Database &db);
// Every link of every record (its columns, its lists, a note's linked_id) that names a missing
// record, as "owner field -> target": empty when none does.
QStringList danglingLinks(Database &db);

} // namespace crm::test
