#pragma once

#include "briefingdocument.h"
#include "domain/recordkind.h"

namespace crm {

class Database;

// Which records have a printed briefing: meetings (the meeting briefing), investors and delegates
// (their profiles) and missions (the mission booklet).
bool hasBriefing(RecordKind kind);

// The briefing document of a record, as the CLI's `briefing` and the GUI's Print Briefing make
// it. Throws crm::Error: Invalid for a kind without one or an unknown language, NotFound for an
// unknown record.
BriefingDocument buildBriefing(Database &db, RecordKind kind, const QString &id, const BriefingOptions &options);

} // namespace crm
