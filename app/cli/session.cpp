#include "session.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <limits>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct SessionTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::Session)
};
} // namespace

QString databasePath(const Invocation &invocation)
{
    return invocation.databasePath.isEmpty() ? crm::Session::engine().defaultPath() : invocation.databasePath;
}

Session::Session(const Invocation &invocation, Database::OpenMode mode)
{
    const QString path = databasePath(invocation);
    try {
        m_session = crm::Session::open(path, mode, invocation.clock ? *invocation.clock : Clock::system());
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::NotFound) {
            // A missing file is a problem with the database, not a missing record.
            throw Error::database(SessionTr::tr("%1 does not exist. Create it with \"delegates-crm-cli init\", or give "
                                                "another file with --db.")
                                      .arg(path));
        }
        throw;
    }
}

void Session::stampOfficer(const Invocation &invocation)
{
    QString initials = invocation.officerInitials;
    if (initials.isEmpty()) {
        initials = qEnvironmentVariable("CRM_OFFICER");
    }
    initials = initials.trimmed().toUpper(); // initials are stored in capitals
    if (initials.isEmpty()) {
        return;
    }
    const std::optional<QString> id = store().findIdBy(RecordKind::Officer, u"initials"_s, initials);
    if (!id) {
        throw UsageError(SessionTr::tr("there is no officer with the initials %1 in %2 (add one with \"add officer\")")
                             .arg(initials, m_session->db().path()));
    }
    m_session->db().setOfficerId(*id);
}

RecordKind parseKind(const QString &name)
{
    if (const std::optional<RecordKind> kind = kindFromName(name)) {
        return *kind;
    }
    QStringList names;
    for (RecordKind kind : allRecordKinds()) {
        names << kindName(kind);
    }
    throw UsageError(SessionTr::tr("unknown kind \"%1\" (one of %2)").arg(name, names.join(u", "_s)));
}

qint64 parseNumber(const Invocation &invocation, const QString &option, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 number = invocation.value(option).toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        const QString range = maximum == std::numeric_limits<qint64>::max()
                                  ? SessionTr::tr("a whole number of at least %1").arg(minimum)
                                  : SessionTr::tr("a whole number from %1 to %2").arg(minimum).arg(maximum);
        throw UsageError(SessionTr::tr("--%1 must be %2, not \"%3\"").arg(option, range, invocation.value(option)));
    }
    return number;
}

} // namespace crm::cli
