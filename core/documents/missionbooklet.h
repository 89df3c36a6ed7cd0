#pragma once

#include "briefingdocument.h"

namespace crm {

class Database;

// The booklet an officer carries on a mission (issue 6): a cover (title, kind, dates, places,
// participants), a table of contents with the page on which each meeting's briefing begins, the
// agenda day by day (the mission's own items and its meetings, in local time), then the briefing
// of each meeting (MeetingBriefing, the same template), each on a new page. Confidential when the
// mission, or any of its meetings or their investors, is.
class MissionBooklet final
{
public:
    explicit MissionBooklet(Database &db) : m_db(db) {}

    // Throws crm::Error: NotFound for an unknown mission, Invalid for an unknown language.
    BriefingDocument build(const QString &missionId, const BriefingOptions &options = {}) const;

private:
    Database &m_db;
};

} // namespace crm
