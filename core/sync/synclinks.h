#pragma once

#include "domain/recordkind.h"

#include <QString>
#include <QVariantMap>

namespace crm {

class SyncRedirects;

// A record (storage form) with every link read through the redirect map, as a merge made here
// would have moved it (issue 19): Link columns, the links in its lists (an attendee, a credit, a
// participant) and the id of a kind-and-id link (a note's linked_id). The same rules as a local
// merge: a link to the record itself (an investor that would become its own parent) is cleared,
// and list rows that now name the same person are kept once, the row that named the survivor
// first (else the first in the list), its empty cells filled from the others.
QVariantMap redirectSyncLinks(RecordKind kind, const QString &id, QVariantMap stored, const SyncRedirects &redirects);

} // namespace crm
