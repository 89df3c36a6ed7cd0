#include "meetingbriefing.h"

#include "briefingparts.h"
#include "briefingstory.h"
#include "domain/bidi.h"
#include "domain/clock.h"
#include "domain/recordkind.h"
#include "storage/database.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {
const QString kTemplate = u"meeting-briefing.html"_s;

QVariantList attendeeSides(const RecordStore &store, const QVariantList &attendees, const DocumentLanguage &language)
{
    QVariantList sides;
    for (const QString &side : {u"delegate"_s, u"investor"_s, u"itpo"_s}) {
        QVariantList people;
        for (const QVariant &item : attendees) {
            const QVariantMap attendee = item.toMap();
            if (attendee.value(u"side"_s).toString() == side) {
                people << briefing::personOf(store, attendee);
            }
        }
        if (!people.isEmpty()) {
            sides << QVariantMap{{u"name"_s, language.codeName(side)}, {u"people"_s, people}};
        }
    }
    return sides;
}
} // namespace

BriefingDocument MeetingBriefing::build(const QString &meetingId, const BriefingOptions &options) const
{
    BriefingDocument document;
    const DocumentLanguage language = briefing::languageOf(options, document);
    const RecordStore &store = m_db.records();
    const QVariantMap meeting = store.get(RecordKind::Meeting, meetingId);
    const QString investorId = meeting.value(u"investor_id"_s).toString();
    const QVariantMap investor = store.get(RecordKind::Investor, investorId);
    const QDateTime local = briefing::meetingLocalStart(meeting);
    const QDate today = m_db.clock().today();
    // A past meeting's deals as they stood on its day, not as they are now; a coming one's, today's.
    const QDate dealsKnownOn = local.date() < today ? local.date() : QDate();

    QVariantMap details{{u"date"_s, language.date(local.date())},
                        {u"time"_s, language.time(local.time())},
                        {u"zone"_s, meeting.value(u"time_zone"_s)},
                        {u"place"_s, meeting.value(u"place"_s)},
                        {u"language"_s, meeting.value(u"language"_s)},
                        {u"interpreter"_s, meeting.value(u"interpreter"_s)},
                        {u"talking_points"_s, meeting.value(u"talking_points"_s).toString().trimmed()}};
    if (const QString mission = meeting.value(u"mission_id"_s).toString(); !mission.isEmpty()) {
        details.insert(u"mission"_s, store.title(RecordKind::Mission, mission));
    }
    document.confidential = meeting.value(u"confidential"_s).toBool() || investor.value(u"confidential"_s).toBool();
    document.title = u"%1 – %2, %3"_s.arg(language.label(u"meeting_briefing"_s),
                                          isolate(investor.value(u"name"_s).toString()), language.date(local.date()));

    QVariantMap context{{u"label"_s, language.labels()},
                        {u"lang"_s, language.code()},
                        {u"title"_s, document.title},
                        {u"confidential"_s, document.confidential},
                        {u"meeting"_s, details},
                        {u"investor"_s, briefing::investorFacts(store, investor, language)},
                        {u"sides"_s, attendeeSides(store, meeting.value(u"attendees"_s).toList(), language)},
                        {u"deals"_s, briefing::openDeals(m_db, investorId, language, dealsKnownOn)}};
    if (dealsKnownOn.isValid()) {
        context.insert(u"deals_as_of"_s, language.label(u"deals_as_of"_s).arg(language.date(dealsKnownOn)));
    }
    briefing::addInvestorStory(m_db, investorId, options, language, context, meetingId, local.date());
    briefing::finish(document, kTemplate, context, options, language, today);
    return document;
}

} // namespace crm
