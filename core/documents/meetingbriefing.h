#pragma once

#include "briefingdocument.h"

namespace crm {

class Database;

// The briefing an officer prints before a meeting (issue 6): date, place and mission; the
// investor's profile; who attends on each side, names in their own script with reading and
// romanisation; the recent history with ITPO; the investor's open deals with stage and latest
// figures (for a past meeting, as known on its day, and said so); open follow-ups and the last
// notes; the talking points. Parts the records do not have are left out, headings included.
class MeetingBriefing final
{
public:
    explicit MeetingBriefing(Database &db) : m_db(db) {}

    // Throws crm::Error: NotFound for an unknown meeting, Invalid for an unknown language.
    BriefingDocument build(const QString &meetingId, const BriefingOptions &options = {}) const;

private:
    Database &m_db;
};

} // namespace crm
