#include "meetingentrycommand.h"

#include "domain/fieldmap.h"
#include "domain/recordid.h"
#include "storage/recordstore.h"

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

MeetingEntryCommand::MeetingEntryCommand(Database &db, RecordStore &store, MeetingEntry entry)
    : RecordCommand(store, RecordKind::Meeting, {}), m_db(db), m_entry(withIds(std::move(entry)))
{
    m_id = m_entry.meeting.value(u"id"_s).toString();
}

void MeetingEntryCommand::apply()
{
    saveMeetingEntry(m_db, m_entry);
    if (std::exchange(m_stored, true)) {
        return;
    }
    // Replay what was stored, with the ids given to the attendees, rather than what was typed.
    QVariantMap stored = m_store.get(RecordKind::Meeting, m_id);
    for (const QString &field : metadataFields()) {
        stored.remove(field);
    }
    stored.insert(u"id"_s, m_id);
    m_entry.meeting = stored;
    setTitle(m_store.title(RecordKind::Meeting, m_id));
    const QString investor = m_store.title(RecordKind::Investor, stored.value(u"investor_id"_s).toString());
    setText(QCoreApplication::translate("crm::ui::MeetingEntryCommand", "Meeting with %1").arg(investor));
}

void MeetingEntryCommand::revert()
{
    removeMeetingEntry(m_db, m_id, followUpId());
}

} // namespace crm::ui
