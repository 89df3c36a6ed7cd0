#include "meetingentrycommand.h"

#include "databasesession.h"
#include "domain/fieldmap.h"
#include "domain/recordid.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
MeetingEntry withIds(MeetingEntry entry)
{
    if (entry.meeting.value(u"id"_s).toString().isEmpty()) {
        entry.meeting.insert(u"id"_s, newRecordId());
    }
    if (entry.followUp && entry.followUp->id.isEmpty()) {
        entry.followUp->id = newRecordId();
    }
    return entry;
}
} // namespace

MeetingEntryCommand::MeetingEntryCommand(DatabaseSession &session, MeetingEntry entry)
    : RecordCommand(session, RecordKind::Meeting, {}), m_db(*session.database()), m_entry(withIds(std::move(entry)))
{
    m_id = m_entry.meeting.value(u"id"_s).toString();
}

RecordResult MeetingEntryCommand::apply()
{
    const SavedMeetingEntry saved = saveMeetingEntry(m_db, m_entry);
    if (std::exchange(m_stored, true)) {
        return saved.meeting;
    }
    // Replay what was stored, with the ids given to the attendees, rather than what was typed.
    QVariantMap stored = saved.meeting.after;
    for (const QString &field : metadataFields()) {
        stored.remove(field);
    }
    stored.insert(u"id"_s, m_id);
    m_entry.meeting = stored;
    setTitle(saved.meeting.title);
    const QString investor = m_records.title(RecordKind::Investor, stored.value(u"investor_id"_s).toString());
    setText(QCoreApplication::translate("crm::ui::MeetingEntryCommand", "Meeting with %1").arg(investor));
    return saved.meeting;
}

RecordResult MeetingEntryCommand::revert()
{
    return removeMeetingEntry(m_db, m_id, followUpId());
}

} // namespace crm::ui
