#include "followup.h"

#include "recordkind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm {

FollowUp FollowUp::read(MapReader &r)
{
    FollowUp f;
    f.title = r.text(u"title"_s);
    f.ownerId = r.text(u"owner_id"_s);
    f.due = r.date(u"due_date"_s);
    f.done = r.boolean(u"done"_s, false);
    f.doneAt = r.instant(u"done_at"_s);
    f.linkedKind = r.text(u"linked_kind"_s);
    f.linkedId = r.text(u"linked_id"_s);
    f.notes = r.text(u"notes"_s);
    return f;
}

QVariantMap FollowUp::toMap(MapFormat) const
{
    return {{u"title"_s, title},
            {u"owner_id"_s, mapvalue::text(ownerId)},
            {u"due_date"_s, mapvalue::date(due)},
            {u"done"_s, done},
            {u"done_at"_s, mapvalue::instant(doneAt)},
            {u"linked_kind"_s, mapvalue::text(linkedKind)},
            {u"linked_id"_s, mapvalue::text(linkedId)},
            {u"notes"_s, mapvalue::text(notes)}};
}

Note Note::read(MapReader &r)
{
    Note n;
    n.body = r.text(u"body"_s);
    n.authorId = r.text(u"author_id"_s);
    n.writtenAt = r.instant(u"written_at"_s);
    n.linkedKind = r.text(u"linked_kind"_s);
    n.linkedId = r.text(u"linked_id"_s);
    return n;
}

QVariantMap Note::toMap(MapFormat) const
{
    return {{u"body"_s, body},
            {u"author_id"_s, mapvalue::text(authorId)},
            {u"written_at"_s, mapvalue::instant(writtenAt)},
            {u"linked_kind"_s, mapvalue::text(linkedKind)},
            {u"linked_id"_s, mapvalue::text(linkedId)}};
}

} // namespace crm
