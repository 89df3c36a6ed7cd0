#pragma once

#include "domain/recordkind.h"
#include "killop.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <optional>

namespace crm {
class Database;
}

namespace crm::kill {

// What one record must look like: the fields acknowledged last, the stays acknowledged, and
// whether it is in the Trash (unknown for a record this file received through sync).
struct ExpectedRecord
{
    RecordKind kind = RecordKind::Delegate;
    QMap<QString, QString> fields;
    QSet<QString> stays;
    std::optional<bool> trashed;
};

// Everything acknowledged for one file: the state each record must be in after any kill.
class Ledger final
{
public:
    // Applies an acknowledged add, laptop, update, trash, restore or stay.
    void apply(const Op &op);
    // The record must exist (in the Trash or not), as sync brought it; a record already expected keeps its state.
    void requireRecord(const QString &id, const ExpectedRecord &record);
    void clear() { m_records.clear(); }

    qsizetype size() const { return m_records.size(); }
    const QHash<QString, ExpectedRecord> &records() const { return m_records; }

    // Checks every expected record in db; returns the problems (empty: all held). inFlight is the
    // operation the kill interrupted: it may or may not have committed, and whichever state the
    // file shows becomes the expected one, since it is now committed. committed is set when it had.
    QStringList verify(Database &db, const std::optional<Op> &inFlight, bool *committed = nullptr);

private:
    QHash<QString, ExpectedRecord> m_records;
};

// The problems of record against expected (empty when it holds); actual is nullopt for no record.
QStringList compare(const std::optional<ExpectedRecord> &expected, const std::optional<QVariantMap> &actual);

} // namespace crm::kill
