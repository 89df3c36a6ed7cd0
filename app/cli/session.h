#pragma once

#include "arguments.h"
#include "domain/recordkind.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <memory>

namespace crm::cli {

// The database a command works on, with the store over it, on the invocation's clock. Only init,
// demo and generate may create a missing file: for every other command a mistyped --db is an
// error, not a new database.
class Session final
{
public:
    Session(const Invocation &invocation, Database::OpenMode mode);
    Q_DISABLE_COPY_MOVE(Session)

    Database &db() { return m_session->db(); }
    RecordStore &store() { return m_session->db().records(); }

    // Stamps changes with the officer named by --officer or $CRM_OFFICER (by initials); without
    // either, changes carry no officer. Unknown initials are a UsageError.
    void stampOfficer(const Invocation &invocation);

private:
    std::unique_ptr<crm::Session> m_session;
};

// --db, or the platform's default location.
QString databasePath(const Invocation &invocation);
// The KIND argument; a UsageError listing the kinds when it is not one.
RecordKind parseKind(const QString &name);
// A whole number option within [minimum, maximum]; a UsageError otherwise.
qint64 parseNumber(const Invocation &invocation, const QString &option, qint64 minimum, qint64 maximum);

} // namespace crm::cli
