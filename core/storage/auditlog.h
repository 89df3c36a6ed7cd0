#pragma once

#include "changeevent.h"
#include "domain/recordkind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace crm {

// One line of a record's history: who changed which field, when, from what to what.
struct HistoryEntry
{
    qint64 sequence = 0;
    QDateTime at; // UTC
    QString officerId;
    QString officerName;
    QString action; // create, update, delete, restore, purge, unlink, merge, unmerge
    QString field;
    QString oldValue;
    QString newValue;
    // The record the line is about: the one asked for, or one merged into it (a survivor's history
    // holds the lines of the records merged into it).
    QString recordId;
};

// The append-only audit log; writes happen in the same transaction as the change they describe.
class AuditLog
{
public:
    virtual ~AuditLog() = default;

    virtual QList<HistoryEntry> history(const QString &recordId) const = 0;

    // A value as the log stores it: lists and maps as compact JSON, booleans as true/false.
    static QVariant text(const QVariant &value);

protected:
    AuditLog() = default;
};

} // namespace crm
