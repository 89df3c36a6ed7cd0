#pragma once

#include "services/records/records.h"

#include <QDate>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace crm {

class Database;
class RecordQuery;

// The follow-up an officer asks for while writing up a meeting.
struct FollowUpRequest
{
    QString title;   // empty: the meeting's next step
    QString ownerId; // an officer
    QDate dueDate;
    QString id; // empty: a new id; given when a command replays the entry with the same ids
};

// A meeting as typed on the fast-entry screen, with the follow-up it raised.
struct MeetingEntry
{
    QVariantMap meeting; // JSON form (docs/json-format.md); may carry "id"
    std::optional<FollowUpRequest> followUp;
};

// What saveMeetingEntry stored, as crm::Records returned it.
struct SavedMeetingEntry
{
    RecordResult meeting;
    std::optional<RecordResult> followUp;
};

// Creates the meeting and, when requested, its follow-up linked to it, in one transaction, through
// crm::Records. The meeting keeps an id it is given (a command replaying the entry), else gets one
// when it is created, once. Throws crm::Error::invalid naming every bad field of both parts
// (follow-up fields prefixed "followup.") and writes nothing then.
SavedMeetingEntry saveMeetingEntry(Database &db, const MeetingEntry &entry);

// Removes a saved entry for good (undo of saveMeetingEntry): the follow-up first, then the meeting,
// in one transaction. followUpId may be empty. Returns what became of the meeting.
RecordResult removeMeetingEntry(Database &db, const QString &meetingId, const QString &followUpId);

// The mission under way on the day (start <= day <= end), where a meeting written up now most
// likely belongs; the latest begun when several are; empty when none is (a mission that ended last
// month is not a guess worth making: its people and time zone would be wrong).
QString missionUnderWay(const RecordQuery &query, const QDate &day);

} // namespace crm
