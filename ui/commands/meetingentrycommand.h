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
    // Saves the entry (throws crm::Error and pushes nothing when it is refused).
    static MeetingEntryCommand *create(Database &db, RecordStore &store, MeetingEntry entry);
    QString followUpId() const { return m_entry.followUp ? m_entry.followUp->id : QString(); }
    void undo() override;
    void redo() override;

private:
    MeetingEntryCommand(Database &db, RecordStore &store, MeetingEntry entry, const QString &text);

    Database &m_db;
    MeetingEntry m_entry;
};

} // namespace crm::ui
