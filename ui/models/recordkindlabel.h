#pragma once

#include "domain/recordkind.h"

#include <QString>

namespace crm::ui {

// The translated name of one record of a kind ("Meeting", "Follow-up"), for list cells and
// messages; kindName() is the untranslated name the JSON format uses.
QString recordKindLabel(RecordKind kind);
// The translated plural, for the sidebar and list headings ("Meetings", "Follow-ups").
QString recordKindPluralLabel(RecordKind kind);

} // namespace crm::ui
