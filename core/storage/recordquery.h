#pragma once

#include "domain/recordkind.h"

#include <QList>
#include <QVariantMap>
#include <functional>
#include <utility>

namespace crm {

// What a list pane asks for: filtered and sorted in SQL, read a page at a time.
struct PageQuery
{
    RecordKind kind = RecordKind::Investor;
    QString filter;    // words typed in the quick filter; each must appear (folded) in the record
    QString sortField; // a field of the kind; a link field sorts by the linked record's name; empty or
                       // "@title": the natural order (kana reading for names)
    bool ascending = true;
    bool trash = false;
    QList<std::pair<QString, QVariant>> equals; // field = value conditions (done = false, investor_id = ...)
};

struct RecordRef
{
    RecordKind kind;
    QString id;
    QString title;
};

// The records linked to one record, one group per way they are linked ("meetings via
// attendees", "contacts via investor_id", "agency" of a delegate).
struct RelatedGroup
{
    RecordKind kind;
    QString via;              // the field that links them
    bool outgoing;            // true: this record points at them; false: they point at this record
    QList<RecordRef> records; // the first kRelatedLimit in the group's order
    qint64 total = 0;         // all of them: more than records holds when the group was cut
};

// The most records of one group RecordQuery::related() lists: an officer of a generated
// 100,000-investor database attends 200,000 meetings, which no pane can show usefully.
inline constexpr int kRelatedLimit = 500;

// Read-only queries behind lists and related-record panes.
class RecordQuery
{
public:
    virtual ~RecordQuery() = default;

    virtual qint64 count(const PageQuery &query) const = 0;
    // Records in storage form without their lists, each with an extra "@title" entry (display title).
    virtual QList<QVariantMap> page(const PageQuery &query, qint64 offset, qint64 limit) const = 0;
    // Every record the query lists, in its order, as page() gives them, at most pageSize a call of
    // visit (which returns false to stop): for an export. The order is read once, so a page costs
    // its own rows, where page(offset) reads the offset rows before it again (100,000 investors
    // were read 50 times over); no cursor stays open while visit runs.
    virtual void pages(const PageQuery &query, qint64 pageSize,
                       const std::function<bool(const QList<QVariantMap> &)> &visit) const = 0;
    virtual QList<RelatedGroup> related(RecordKind kind, const QString &id) const = 0;
    // Live records whose name matches what was typed, best first; for pickers with type-ahead.
    virtual QList<RecordRef> lookup(RecordKind kind, const QString &typed, int limit = 20) const = 0;

protected:
    RecordQuery() = default;
};

} // namespace crm
