#pragma once

#include "recordcommands.h"
#include "services/meetingentry.h"

namespace crm {
class Database;
}

namespace crm::ui {

// A meeting and the follow-up it raised, saved together on the fast-entry screen; undone and
// redone together too. Undo removes the follow-up, then the meeting, for good; redo recreates both
// with the same ids (and attendee ids), so later commands that name them still apply.
class MeetingEntryCommand final : public RecordCommand
{
public:
    // The ids of the meeting and the follow-up are made here, once.
    MeetingEntryCommand(DatabaseSession &session, MeetingEntry entry);
    QString followUpId() const { return m_entry.followUp ? m_entry.followUp->id : QString(); }

private:
    RecordResult apply() override;
    RecordResult revert() override;

    Database &m_db;
    MeetingEntry m_entry;
    bool m_stored = false; // m_entry.meeting is what was stored, attendee ids included
};

} // namespace crm::ui
