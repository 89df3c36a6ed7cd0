#pragma once

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

// The names and text of a record in storage form (with its lists) that search finds it by: names,
// readings, aliases and titles first, then free text (notes, summaries, places, e-mail, phones).
// Codes, ids, dates and numbers are left out. Empty texts are left out.
QList<SearchField> searchFields(RecordKind kind, const QVariantMap &stored);

} // namespace crm
