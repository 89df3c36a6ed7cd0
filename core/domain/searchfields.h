#pragma once

#include "catalogue/catalogue.h"
#include "recordkind.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace crm {

// One piece of a record's text that search looks at, as written (not folded).
struct SearchField
{
    QString field; // the record map's field ("name_latin", "notes", "attendees" for a list)
    QString text;
    bool name = false; // a name or title: ranked before the record's other text
};

// The kinds search covers, in the order their groups are listed when they match equally well.
// Officers are the users, not what they look for, and are left out.
const QList<RecordKind> &searchableKinds();
bool isSearchable(RecordKind kind);

// The names and text of a record in storage form (with its lists) that search finds it by, as the
// catalogue marks its fields: names (by search rank), the kind's extra names, free text (by rank),
// then each list element's searched columns. Codes, ids, dates and numbers are not searched. Empty
// texts are left out.
QList<SearchField> searchFields(RecordKind kind, const QVariantMap &stored,
                                const catalogue::Catalogue &catalogue = catalogue::Catalogue::builtin());

} // namespace crm
