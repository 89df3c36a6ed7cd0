#pragma once

#include "domain/recordkind.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace crm {

namespace storage {

// The SQL of making a laptop replica: the page-by-page copy of the file, choosing the records a scope
// keeps, and removing the rest from the copy without a trace. Which records a laptop takes and in
// which order the steps run are core/sync's (replicapreparer.cpp).
class ReplicaCopy
{
public:
    virtual ~ReplicaCopy() = default;

    // Foreign keys off for the copy's connection (outside any transaction): records then go in any
    // order. endTrim() puts them back and compacts the file so that nothing removed stays in free pages.
    virtual void beginTrim() = 0;
    virtual void endTrim() = 0;

    // Inside the trim's transaction: chooses the missions, delegates and countries, then what they bring
    // with them (closure over links: meetings, deals, investors and their parents, contacts, agencies,
    // officers, notes and follow-ups), in an order where each step sees what the steps before it kept.
    // The office's import batches are not carried: the copy starts without any.
    virtual void keepScope(const QStringList &missionIds, const QStringList &delegateIds,
                           const QStringList &countries) = 0;
    // The ids of kind the scope does not keep.
    virtual QStringList outside(RecordKind kind) const = 0;
    // Removes a record from the copy: its search entries, lists, row, history and sync log.
    virtual void remove(RecordKind kind, const QString &id) = 0;
    // The audit log is append-only for everyday work; its guard is lifted for the trim and put back unchanged.
    virtual void liftAuditGuard() = 0;
    virtual void restoreAuditGuard() = 0;
    // The table a kept record still refers to outside the scope, if any.
    virtual std::optional<QString> foreignKeyProblem() const = 0;

    // From now on, freed pages are zeroed (a key overwritten in the copy cannot be read back).
    virtual void secureDelete() = 0;

protected:
    ReplicaCopy() = default;
};

} // namespace storage
} // namespace crm
