#include "meetingentrycommand.h"

#include "domain/fieldmap.h"
#include "domain/recordid.h"
#include "storage/recordstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui {

MeetingEntryCommand::MeetingEntryCommand(Database &db, RecordStore &store, MeetingEntry entry, const QString &text)
    : RecordCommand(store, RecordKind::Meeting, entry.meeting.value(u"id"_s).toString(), text), m_db(db),
      m_entry(std::move(entry))
{}

MeetingEntryCommand *MeetingEntryCommand::create(Database &db, RecordStore &store, MeetingEntry entry)
{
    // Ids are fixed before the first save so that redo can bring back the very same records.
    if (entry.meeting.value(u"id"_s).toString().isEmpty()) {
        entry.meeting.insert(u"id"_s, newRecordId());
    }
    if (entry.followUp && entry.followUp->id.isEmpty()) {
        entry.followUp->id = newRecordId();
    }
    const QString id = saveMeetingEntry(db, entry);

    // Replay what was stored, with the ids given to the attendees, rather than what was typed.
    QVariantMap stored = store.get(RecordKind::Meeting, id);
    for (const QString &field : metadataFields()) {
        stored.remove(field);
    }
    stored.insert(u"id"_s, id);
    entry.meeting = stored;
    const QString investor = store.title(RecordKind::Investor, stored.value(u"investor_id"_s).toString());
    return new MeetingEntryCommand(
        db, store, std::move(entry),
        QCoreApplication::translate("crm::ui::MeetingEntryCommand", "Meeting with %1").arg(investor));
}

void MeetingEntryCommand::undo()
{
    guarded(Replay::Undo, [this] { removeMeetingEntry(m_db, m_id, followUpId()); });
}

void MeetingEntryCommand::redo()
{
    if (!firstRedo()) {
        guarded(Replay::Redo, [this] { saveMeetingEntry(m_db, m_entry); });
    }
}

} // namespace crm::ui
