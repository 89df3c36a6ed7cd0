#pragma once

#include "domain/recordkind.h"
#include "sync/synchronizer.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace crm {

class Database;

// Which records a mission laptop takes: everything, or the records linked to the chosen missions,
// delegates and countries together with what they reference (agencies, investors, contacts,
// officers) and the notes and follow-ups about them.
struct ReplicaScope
{
    QStringList missionIds;
    QStringList delegateIds;
    QStringList countries; // ISO 3166 alpha-2 codes
    bool everything() const { return missionIds.isEmpty() && delegateIds.isEmpty() && countries.isEmpty(); }
};

struct PreparedReplica
{
    QString path;
    QString replicaId;
    QString name;
    QMap<RecordKind, qint64> records; // records of each kind in the copy
    qint64 bytes = 0;
};

// "Prepare a mission laptop": writes a copy of db to path that becomes a new replica named name,
// and turns sync on here. Returns an empty path when progress cancelled it. Throws crm::Error (the name, the scope's
// ids, an existing file, a write error); a cancel or failure leaves no file behind and this database as it was.
PreparedReplica prepareReplica(Database &db, const QString &path, const QString &name, const ReplicaScope &scope = {},
                               const SyncProgress &progress = {});

} // namespace crm
