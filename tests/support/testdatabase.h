#pragma once

#include "domain/clock.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QTemporaryDir>
#include <memory>

namespace crm::test {

// The Qt SQL connection behind a database the SQLite engine opened, for tests that look behind the
// interfaces with SQL (or count statements).
QString connectionOf(const Database &db);

// A fresh database file in a temporary folder with the real migrations applied, a fixed clock
// (2026-11-29 09:00 UTC) and one officer who is stamped on every change. Opened as the programs
// open theirs (crm::Session), so the sync log follows changes once sync is on.
class TestDatabase
{
public:
    explicit TestDatabase(int schemaVersion = -1);

    Database &db() { return m_session->db(); }
    RecordStore &store() { return db().records(); }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString officerId() const { return m_officerId; }
    QString dir() const { return m_dir.path(); }

    // Row count of a table, for asserting that nothing was written.
    qint64 rows(const QString &table) const;
    // Closes and reopens the file (to prove data survived).
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Session> m_session;
    QString m_officerId;
};

// Minimal valid records, as JSON maps, for tests to adjust.
QVariantMap agencyJson();
QVariantMap investorJson();

} // namespace crm::test
