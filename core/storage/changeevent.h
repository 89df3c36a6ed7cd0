#pragma once

#include "domain/recordkind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace crm {

enum class ChangeAction
{
    Create,
    Update,
    Trash,
    Restore,
    Purge,
    Merge,  // the record was merged into another (mergedInto) and its row removed (issue 19)
    Unmerge // a merged-away record came back (an undone merge, or sync superseding one)
};

// Who asked for the change: an officer here, a merge of another replica's changes (which the sync
// log already holds and must not log again), an import, or the sample/test data generator.
enum class ChangeOrigin
{
    Local,
    SyncMerge,
    Import,
    Generated
};

// One field or list whose value changed, in storage form (lists as lists of maps).
struct FieldChange
{
    QString field;
    QVariant before;
    QVariant after;
};

// What a purge did to other records, in the order it did it: a reference to the purged record
// cleared, an element naming it removed from a list, a note or follow-up about it purged with it.
struct CascadeEffect
{
    enum class What
    {
        LinkCleared,
        ElementUnlinked,
        Purged
    };
    What what = What::LinkCleared;
    RecordKind kind = RecordKind::Officer; // of the record affected
    QString id;
    QString field;     // the link column or the list (LinkCleared, ElementUnlinked)
    QString removedId; // the purged record the link named
    QVariantMap after; // ElementUnlinked: the record as it now is (storage form, lists included)
};

// One change to one record, published inside the transaction that makes it. before and after are
// in storage form with their metadata: before is empty on create, after empty on purge; a trash or
// restore carries deleted_at in the side that is in the Trash. A merge written for sync is an
// update (or a create) whose after may be in the Trash. A record merged into another (Merge) has
// before only and names the survivor in mergedInto; one that comes back (Unmerge) has after only.
struct ChangeEvent
{
    RecordKind kind = RecordKind::Officer;
    QString id;
    ChangeAction action = ChangeAction::Update;
    ChangeOrigin origin = ChangeOrigin::Local;
    QVariantMap before;
    QVariantMap after;
    QList<FieldChange> changed; // update: the fields whose value changed, columns first, then lists
    QList<CascadeEffect> cascade;
    QString mergedInto; // Merge: the survivor the record was merged into
    QString officerId;  // empty: no officer stamped
    QDateTime at;       // UTC, from the database's clock

    bool beforeInTrash() const { return before.contains(QStringLiteral("deleted_at")); }
    bool afterInTrash() const { return after.contains(QStringLiteral("deleted_at")); }
};

// Something that follows every change (the audit log, the search index, the sync log). It is
// called inside the change's transaction: throwing crm::Error rolls the whole change back.
class ChangeSubscriber
{
public:
    virtual ~ChangeSubscriber() = default;
    virtual void onChange(const ChangeEvent &event) = 0;
};

// The subscribers of one connection, called in ascending order. Storage publishes; it does not
// know who listens, except that a file with sync on needs a subscriber in the SyncLog role.
class ChangeFeed final
{
public:
    enum class Role
    {
        Other,
        SyncLog
    };
    // The audit log and the search index (Database subscribes them) and the sync log (the session).
    static constexpr int kAuditOrder = 100;
    static constexpr int kSearchOrder = 200;
    static constexpr int kSyncLogOrder = 300;

    ChangeFeed() = default;
    Q_DISABLE_COPY_MOVE(ChangeFeed)

    // The subscriber is not owned; it unsubscribes before it goes. Equal orders keep their
    // subscription order.
    void subscribe(ChangeSubscriber *subscriber, int order, Role role = Role::Other);
    void unsubscribe(ChangeSubscriber *subscriber);
    bool hasSyncLog() const;
    void publish(const ChangeEvent &event) const;

private:
    struct Entry
    {
        ChangeSubscriber *subscriber;
        int order;
        Role role;
    };
    QList<Entry> m_entries;
};

} // namespace crm
