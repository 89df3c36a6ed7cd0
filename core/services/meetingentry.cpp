#include "meetingentry.h"

#include "domain/error.h"
#include "storage/database.h"
#include "storage/recordquery.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {

constexpr int maxTitleLength = 300; // FollowUp::validate()'s limit

QString defaultTitle(const QVariantMap &meeting)
{
    const QString nextStep = meeting.value(u"next_step"_s).toString().simplified();
    return nextStep.size() > maxTitleLength ? nextStep.left(maxTitleLength - 1) + u'\u2026' : nextStep;
}

// Runs one create and turns a refusal into field errors, so that both parts are checked and the
// officer sees every problem at once instead of one part at a time.
std::optional<RecordResult> tryCreate(Records &records, RecordKind kind, const QVariantMap &json, const QString &prefix,
                                      FieldErrors &errors)
{
    try {
        return records.create(kind, json);
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Invalid) {
            throw;
        }
        for (const FieldError &field : error.fieldErrors()) {
            errors.append({prefix + field.field, field.message});
        }
        return std::nullopt;
    }
}

} // namespace

SavedMeetingEntry saveMeetingEntry(Database &db, const MeetingEntry &entry)
{
    Records records(db);
    const QVariantMap &meeting = entry.meeting;
    FieldErrors errors;
    Transaction transaction(db);
    SavedMeetingEntry saved;
    const std::optional<RecordResult> meetingSaved = tryCreate(records, RecordKind::Meeting, meeting, {}, errors);
    if (entry.followUp) {
        const FollowUpRequest &request = *entry.followUp;
        QVariantMap followUp{
            {u"title"_s, request.title.trimmed().isEmpty() ? defaultTitle(meeting) : request.title},
            {u"owner_id"_s, request.ownerId},
            {u"due_date"_s, request.dueDate.isValid() ? QVariant(request.dueDate.toString(Qt::ISODate)) : QVariant()},
            {u"done"_s, false}};
        if (!request.id.isEmpty()) {
            followUp.insert(u"id"_s, request.id);
        }
        // Without its meeting the follow-up is still checked (unlinked) so its errors show too;
        // the transaction is rolled back either way.
        if (meetingSaved) {
            followUp.insert(u"linked_kind"_s, u"meeting"_s);
            followUp.insert(u"linked_id"_s, meetingSaved->id);
        }
        saved.followUp = tryCreate(records, RecordKind::FollowUp, followUp, u"followup."_s, errors);
    }
    if (!errors.isEmpty()) {
        throw Error::invalid(errors);
    }
    transaction.commit();
    saved.meeting = *meetingSaved;
    return saved;
}

QString missionUnderWay(const RecordQuery &query, const QDate &day)
{
    PageQuery missions;
    missions.kind = RecordKind::Mission;
    missions.sortField = u"start_date"_s;
    missions.ascending = false;
    const QString today = day.toString(Qt::ISODate);
    // All of them: a long stay begun before many short missions may still be under way. A generated
    // 100,000-investor database holds 200.
    for (const QVariantMap &mission : query.page(missions, 0, -1)) {
        if (mission.value(u"start_date"_s).toString() <= today && mission.value(u"end_date"_s).toString() >= today) {
            return mission.value(u"id"_s).toString();
        }
    }
    return {};
}

RecordResult removeMeetingEntry(Database &db, const QString &meetingId, const QString &followUpId)
{
    Records records(db);
    Transaction transaction(db);
    // The follow-up goes first so that nothing links to the meeting when it is purged.
    if (!followUpId.isEmpty() && records.exists(RecordKind::FollowUp, followUpId)) {
        records.trashAndPurge(RecordKind::FollowUp, followUpId);
    }
    RecordResult meeting = records.trashAndPurge(RecordKind::Meeting, meetingId);
    transaction.commit();
    return meeting;
}

} // namespace crm
