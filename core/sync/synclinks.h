#pragma once

#include "domain/recordkind.h"
#include "sync/syncfields.h"

#include <QString>
#include <QVariantMap>

namespace crm {

class SyncRedirects;

// A record (storage form) with every link read through the redirect map, as a merge made here
// would have moved it (issue 19): Link columns, the links in its lists (an attendee, a credit, a
// participant) and the id of a kind-and-id link (a note's linked_id). The same rules as a local
// merge: a link to the record itself (an investor that would become its own parent) is cleared,
// and list rows that now name the same person are kept once, the row that named the survivor
// first (else the first in the list). Two rows left with one row id (one row moved to two
// survivors by two replicas) give the later an id made from both.
QVariantMap redirectSyncLinks(RecordKind kind, const QString &id, QVariantMap stored, const SyncRedirects &redirects);
// stored (a record as this replica wrote it) without the list rows an earlier redirect wrote: a row
// no head names by its own key that carries the row id of a row the heads name by another key.
// What the heads say is then read again through today's map, so a merge undone or superseded
// since does not leave yesterday's survivor behind. heads: field -> newest value.
QVariantMap withoutRedirectedRows(RecordKind kind, QVariantMap stored, const SyncFields &heads);

} // namespace crm
