#pragma once

#include "databasesession.h"

#include <QTemporaryDir>

namespace crm::test {

// An editing session on a temporary file holding the sample dataset, with a fixed clock
// (2026-11-29 09:00 UTC) and 佐藤 花子 (HS) as the officer making the changes.
class SampleSession
{
public:
    SampleSession();

    ui::DatabaseSession &session() { return m_session; }
    RecordStore &store() { return *m_session.store(); }
    FixedClock &clock() { return m_clock; }
    QString officerId() const { return m_session.officerId(); }
    // The id of the live record whose field holds value (an investor by its name_latin, ...).
    QString idOf(RecordKind kind, const QString &field, const QVariant &value);
    qint64 liveCount(RecordKind kind) { return store().count(kind, false); }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    ui::DatabaseSession m_session; // last: closed before the clock it reads goes away
};

} // namespace crm::test
