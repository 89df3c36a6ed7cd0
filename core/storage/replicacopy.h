#pragma once

#include "domain/recordkind.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace crm {

class Database;

namespace storage {

// The SQL of making a laptop replica: the page-by-page copy of the file, choosing the records a scope
// keeps, and removing the rest from the copy without a trace. Which records a laptop takes and in
// which order the steps run are core/sync's (replicapreparer.cpp).
class ReplicaCopy final
{
public:
    // Copies source to path page by page through SQLite's online backup, calling progress(pages copied,
    // pages in all); false from progress stops it and removes the file. Returns whether it is complete.
    static bool copyFile(Database &source, const QString &path, const std::function<bool(qint64, qint64)> &progress);

    explicit ReplicaCopy(Database &copy);

    // Foreign keys off for the copy's connection (outside any transaction): records then go in any
    // order. endTrim() puts them back and compacts the file so that nothing removed stays in free pages.
    void beginTrim();
    void endTrim();

    // Inside the trim's transaction: chooses the missions, delegates and countries, then what they bring
    // with them (closure over links: meetings, deals, investors and their parents, contacts, agencies,
    // officers, notes and follow-ups), in an order where each step sees what the steps before it kept.
    void keepScope(const QStringList &missionIds, const QStringList &delegateIds, const QStringList &countries);
    // The ids of kind the scope does not keep.
    QStringList outside(RecordKind kind) const;
    // Removes a record from the copy: its search entries, lists, row, history and sync log.
    void remove(RecordKind kind, const QString &id);
    // The audit log is append-only for everyday work; its guard is lifted for the trim and put back unchanged.
    void liftAuditGuard();
    void restoreAuditGuard();
    // The table a kept record still refers to outside the scope, if any.
    std::optional<QString> foreignKeyProblem() const;

    // From now on, freed pages are zeroed (a key overwritten in the copy cannot be read back).
    void secureDelete();

private:
    Database &m_copy;
    QString m_auditGuard;
};

} // namespace storage
} // namespace crm
