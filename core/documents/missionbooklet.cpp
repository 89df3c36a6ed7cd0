#include "missionbooklet.h"

#include "briefingparts.h"
#include "documentwriter.h"
#include "domain/bidi.h"
#include "domain/clock.h"
#include "domain/recordkind.h"
#include "meetingbriefing.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
const QString kTemplate = u"mission-booklet.html"_s;

// The part of a rendered briefing between tags, such as its <body> or its <style>.
QString inner(const QString &html, const QString &tag)
{
    const QRegularExpression element(u"<%1\\b[^>]*>(.*)</%1>"_s.arg(tag),
                                     QRegularExpression::DotMatchesEverythingOption |
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = element.match(html);
    return match.hasMatch() ? match.captured(1) : (tag == u"body"_s ? html : QString());
}

// The mission's meetings, earliest first, as the store gives them (JSON form).
QList<QVariantMap> meetingsOf(const RecordStore &store, const QString &missionId)
{
    QStringList ids;
    store.forEach(RecordKind::Meeting, {}, [&](const QVariantMap &meeting) {
        if (meeting.value(u"mission_id"_s).toString() == missionId) {
            ids << meeting.value(u"id"_s).toString();
        }
        return true;
    });
    QList<QVariantMap> meetings;
    for (const QString &id : ids) {
        meetings << store.get(RecordKind::Meeting, id);
    }
    std::stable_sort(meetings.begin(), meetings.end(), [](const QVariantMap &a, const QVariantMap &b) {
        return briefing::meetingLocalStart(a) < briefing::meetingLocalStart(b);
    });
    return meetings;
}

struct AgendaEntry
{
    QDateTime local;
    QString place;
    QString what;
};

// An agenda item has no time zone of its own: it is where the mission is at the time, so in the
// zone of the meeting nearest to it in time (Tokyo when the mission has no meetings). A mission
// from Casablanca on to Lagos shows each day's items on that city's clock.
QString agendaZone(const QVariantMap &item, const QList<QVariantMap> &meetings)
{
    const QDateTime at = QDateTime::fromString(item.value(u"starts_at"_s).toString(), Qt::ISODateWithMs);
    QString zone = u"Asia/Tokyo"_s;
    qint64 nearest = std::numeric_limits<qint64>::max();
    for (const QVariantMap &meeting : meetings) {
        const QDateTime start = QDateTime::fromString(meeting.value(u"starts_at"_s).toString(), Qt::ISODateWithMs);
        const qint64 distance = at.isValid() && start.isValid() ? std::abs(at.secsTo(start)) : nearest - 1;
        if (distance < nearest) {
            nearest = distance;
            zone = meeting.value(u"time_zone"_s).toString();
        }
    }
    return zone;
}

// The agenda by local day: the mission's items (each in the zone of the meeting nearest to it)
// and its meetings (in their own zones); an item that points at one of the meetings,
// or is at its time and place, is the meeting.
QVariantList agendaDays(const RecordStore &store, const QVariantMap &mission, const QList<QVariantMap> &meetings,
                        const DocumentLanguage &language)
{
    QList<AgendaEntry> entries;
    QSet<QString> meetingIds;
    QSet<std::pair<QDateTime, QString>> meetingSlots; // an item at a meeting's time and place is the meeting
    for (const QVariantMap &meeting : meetings) {
        meetingIds.insert(meeting.value(u"id"_s).toString());
        meetingSlots.insert({briefing::meetingLocalStart(meeting).toUTC(), meeting.value(u"place"_s).toString()});
        entries.append({briefing::meetingLocalStart(meeting), meeting.value(u"place"_s).toString(),
                        language.label(u"meeting_with"_s) + u' ' +
                            store.title(RecordKind::Investor, meeting.value(u"investor_id"_s).toString())});
    }
    for (const QVariant &item : mission.value(u"agenda"_s).toList()) {
        const QVariantMap row = item.toMap();
        if (meetingIds.contains(row.value(u"meeting_id"_s).toString())) {
            continue;
        }
        const QDateTime local = briefing::meetingLocalStart(
            {{u"starts_at"_s, row.value(u"starts_at"_s)}, {u"time_zone"_s, agendaZone(row, meetings)}});
        if (local.isValid() && !meetingSlots.contains({local.toUTC(), row.value(u"place"_s).toString()})) {
            entries.append({local, row.value(u"place"_s).toString(), row.value(u"description"_s).toString()});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const AgendaEntry &a, const AgendaEntry &b) { return a.local < b.local; });
    QVariantList days;
    QDate day;
    QVariantList items;
    const auto flush = [&] {
        if (!items.isEmpty()) {
            days << QVariantMap{{u"date"_s, language.date(day)}, {u"items"_s, items}};
        }
        items.clear();
    };
    for (const AgendaEntry &entry : entries) {
        if (entry.local.date() != day) {
            flush();
            day = entry.local.date();
        }
        items << QVariantMap{
            {u"time"_s, language.time(entry.local.time())}, {u"place"_s, entry.place}, {u"what"_s, entry.what}};
    }
    flush();
    return days;
}

QVariantMap coverOf(const RecordStore &store, const QVariantMap &mission, const DocumentLanguage &language)
{
    QVariantList participants;
    for (const QVariant &item : mission.value(u"participants"_s).toList()) {
        participants << briefing::personOf(store, item.toMap());
    }
    const QDate start = QDate::fromString(mission.value(u"start_date"_s).toString(), Qt::ISODate);
    const QDate end = QDate::fromString(mission.value(u"end_date"_s).toString(), Qt::ISODate);
    QString dates;
    if (start.isValid()) {
        dates = language.date(start) + (end.isValid() && end != start ? u" – "_s + language.date(end) : QString());
    }
    return {{u"title"_s, mission.value(u"title"_s)},
            {u"kind"_s, language.codeName(mission.value(u"kind"_s).toString())},
            {u"dates"_s, dates},
            {u"places"_s, mission.value(u"places"_s).toStringList().join(u", "_s)},
            {u"participants"_s, participants},
            {u"has_participants"_s, !participants.isEmpty()}};
}
} // namespace

BriefingDocument MissionBooklet::build(const QString &missionId, const BriefingOptions &options) const
{
    BriefingDocument document;
    const DocumentLanguage language = briefing::languageOf(options, document);
    const RecordStore &store = m_db.records();
    const QVariantMap mission = store.get(RecordKind::Mission, missionId);
    const QList<QVariantMap> meetings = meetingsOf(store, missionId);
    document.confidential = mission.value(u"confidential"_s).toBool();
    document.title =
        u"%1 – %2"_s.arg(language.label(u"mission_booklet"_s), isolate(mission.value(u"title"_s).toString()));

    // Each meeting's briefing as MeetingBriefing writes it (an officer's template included).
    QVariantList briefings;
    QString style;
    const MeetingBriefing meetingBriefing(m_db);
    for (const QVariantMap &meeting : meetings) {
        const BriefingDocument part = meetingBriefing.build(meeting.value(u"id"_s).toString(), options);
        document.confidential = document.confidential || part.confidential;
        for (const QString &warning : part.warnings) {
            if (!document.warnings.contains(warning)) {
                document.warnings << warning;
            }
        }
        if (style.isEmpty()) {
            style = inner(part.html, u"style"_s);
        }
        const QDateTime local = briefing::meetingLocalStart(meeting);
        briefings << QVariantMap{
            {u"anchor"_s, u"meeting-%1"_s.arg(briefings.size() + 1)},
            {u"investor"_s, store.title(RecordKind::Investor, meeting.value(u"investor_id"_s).toString())},
            {u"date"_s, language.date(local.date())},
            {u"time"_s, language.time(local.time())},
            {u"page"_s, u"0"_s},
            {u"body"_s, inner(part.html, u"body"_s)}};
    }

    QVariantMap context{{u"label"_s, language.labels()},
                        {u"lang"_s, language.code()},
                        {u"title"_s, document.title},
                        {u"confidential"_s, document.confidential},
                        {u"style"_s, style},
                        {u"mission"_s, coverOf(store, mission, language)},
                        {u"days"_s, agendaDays(store, mission, meetings, language)},
                        {u"meetings"_s, briefings}};
    const QDate today = m_db.clock().today();
    briefing::finish(document, kTemplate, context, options, language, today);

    // The contents can name pages only once the booklet is laid out: lay it out, write the pages
    // in, and again until they hold (a page number one digit longer could move a line).
    for (int pass = 0; pass < 3 && !briefings.isEmpty(); ++pass) {
        const DocumentPages pages = documentPages(document.html, briefingFrame(document));
        bool changed = false;
        for (QVariant &item : briefings) {
            QVariantMap entry = item.toMap();
            const QString page = language.number(pages.anchors.value(entry.value(u"anchor"_s).toString()));
            changed = changed || entry.value(u"page"_s).toString() != page;
            entry.insert(u"page"_s, page);
            item = entry;
        }
        if (!changed) {
            break;
        }
        context.insert(u"meetings"_s, briefings);
        BriefingDocument again = document; // its warnings were said by the first render
        briefing::finish(again, kTemplate, context, options, language, today);
        document.html = again.html;
    }
    return document;
}

} // namespace crm
