#include "meetingbriefing.h"

#include "documentlanguage.h"
#include "documenttemplate.h"
#include "documentwriter.h"
#include "domain/money.h"
#include "domain/personname.h"
#include "domain/recordkind.h"
#include "domain/referencedata.h"
#include "pipeline.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "timeline.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
const QString kTemplate = u"meeting-briefing.html"_s;

// A person as a briefing names them: in their own script, with the kana reading and the
// romanised form when they differ from it.
QVariantMap personOf(const RecordStore &store, const QVariantMap &attendee)
{
    const QString kind = attendee.value(u"person_kind"_s).toString();
    const QString id = attendee.value(u"person_id"_s).toString();
    QVariantMap person{{u"role"_s, attendee.value(u"role"_s)}};
    const auto recordKind = kindFromName(kind);
    if (id.isEmpty() || !recordKind) {
        person.insert(u"name"_s, attendee.value(u"name"_s));
        return person;
    }
    const QVariantMap record = store.get(*recordKind, id);
    if (*recordKind == RecordKind::Contact || *recordKind == RecordKind::Delegate) {
        FieldErrors ignored;
        MapReader reader(record, ignored);
        const PersonName name = PersonName::read(reader);
        person.insert(u"name"_s, name.displayName());
        if (const QString reading = name.readingName(); reading != name.displayName()) {
            person.insert(u"reading"_s, reading);
        }
        if (const QString latin = name.latinName(); latin != name.displayName()) {
            person.insert(u"latin"_s, latin);
        }
        if (person.value(u"role"_s).toString().isEmpty()) {
            person.insert(u"role"_s, record.value(u"title"_s));
        }
    } else {
        person.insert(u"name"_s, store.title(*recordKind, id));
    }
    return person;
}

QVariantList attendeeSides(const RecordStore &store, const QVariantList &attendees, const DocumentLanguage &language)
{
    QVariantList sides;
    for (const QString &side : {u"delegate"_s, u"investor"_s, u"itpo"_s}) {
        QVariantList people;
        for (const QVariant &item : attendees) {
            const QVariantMap attendee = item.toMap();
            if (attendee.value(u"side"_s).toString() == side) {
                people << personOf(store, attendee);
            }
        }
        if (!people.isEmpty()) {
            sides << QVariantMap{{u"name"_s, language.codeName(side)}, {u"people"_s, people}};
        }
    }
    return sides;
}

QVariantMap investorProfile(const RecordStore &store, const QVariantMap &investor, const DocumentLanguage &language)
{
    QVariantMap profile{{u"name"_s, investor.value(u"name"_s)},
                        {u"reading"_s, investor.value(u"name_reading"_s)},
                        {u"latin"_s, investor.value(u"name_latin"_s)},
                        {u"website"_s, investor.value(u"website"_s)}};
    if (const QString sector = investor.value(u"sector"_s).toString(); !sector.isEmpty()) {
        profile.insert(u"sector"_s, language.codeName(sector));
    }
    QStringList office;
    for (const QString &part : {investor.value(u"hq_city"_s).toString(),
                                reference::countryName(investor.value(u"hq_country"_s).toString())}) {
        if (!part.isEmpty()) {
            office << part;
        }
    }
    profile.insert(u"head_office"_s, office.join(u", "_s));
    if (const QVariant employees = investor.value(u"employees"_s); !employees.isNull() && employees.isValid()) {
        profile.insert(u"employees"_s, language.number(employees.toLongLong()));
    }
    if (const QString parent = investor.value(u"parent_id"_s).toString(); !parent.isEmpty()) {
        profile.insert(u"parent"_s, store.title(RecordKind::Investor, parent));
    }
    return profile;
}

QString figureText(const std::optional<qint64> &value, const QString &currency, const DocumentLanguage &language)
{
    if (!value) {
        return {};
    }
    return currency.isEmpty() ? language.number(*value) : Money{*value, currency}.toDisplayString(language.locale());
}

// "100,000,000.00 USD announced · 250,000,000.00 USD realised"; empty without figures.
QString figuresText(const LatestFigures &figures, const DocumentLanguage &language)
{
    QStringList parts;
    if (const QString announced = figureText(figures.announced, figures.announcedCurrency, language);
        !announced.isEmpty()) {
        parts << announced + u' ' + language.label(u"announced"_s);
    }
    if (const QString realised = figureText(figures.realised, figures.realisedCurrency, language);
        !realised.isEmpty()) {
        parts << realised + u' ' + language.label(u"realised"_s);
    }
    return parts.join(u" · "_s);
}

QVariantList openDeals(Database &db, const QString &investorId, const DocumentLanguage &language)
{
    PipelineFilter filter;
    filter.investorId = investorId;
    QVariantList deals;
    for (const PipelineCard &card : Pipeline(db).cards(filter)) {
        if (card.stage == u"lost"_s) {
            continue;
        }
        deals << QVariantMap{{u"title"_s, card.title},
                             {u"stage"_s, language.codeName(card.stage)},
                             {u"country"_s, reference::countryName(card.hostCountry)},
                             {u"capex"_s, figuresText(card.capex, language)},
                             {u"jobs"_s, figuresText(card.directJobs, language)}};
    }
    return deals;
}

QVariantMap eventOf(const TimelineEvent &event, const DocumentLanguage &language)
{
    return {{u"date"_s, event.start.precision() == PartialDate::Precision::Day
                            ? language.date(event.start.first())
                            : event.start.toDisplay(language.locale())},
            {u"title"_s, event.title},
            {u"summary"_s, event.summary}};
}

// The investor's story in three parts: recent history, open follow-ups, the last notes.
void addStory(Database &db, const QString &investorId, const BriefingOptions &options, const DocumentLanguage &language,
              QVariantMap &context)
{
    QVariantList history;
    QVariantList followUps;
    QVariantList notes;
    for (const TimelineEvent &event : Timeline(db).forInvestor(investorId)) { // newest first
        switch (event.kind) {
        case TimelineEventKind::FollowUpDue:
            followUps.prepend(eventOf(event, language)); // soonest due first
            break;
        case TimelineEventKind::Note:
            if (notes.size() < options.notes) {
                // A note's title is its first line; the briefing prints the whole text, once.
                QVariantMap note = eventOf(event, language);
                note.insert(u"title"_s, event.summary);
                note.remove(u"summary"_s);
                notes << note;
            }
            break;
        case TimelineEventKind::FollowUpDone:
            break;
        default:
            if (history.size() < options.historyEvents) {
                history << eventOf(event, language);
            }
        }
    }
    context.insert(u"history"_s, history);
    context.insert(u"followups"_s, followUps);
    context.insert(u"notes"_s, notes);
}
} // namespace

BriefingDocument MeetingBriefing::build(const QString &meetingId, const BriefingOptions &options) const
{
    BriefingDocument document;
    QString labelWarning;
    const DocumentLanguage language = DocumentLanguage::load(options.language, options.templateDir, &labelWarning);
    if (!labelWarning.isEmpty()) {
        document.warnings << labelWarning;
    }
    const RecordStore store(m_db);
    const QVariantMap meeting = store.get(RecordKind::Meeting, meetingId);
    const QString investorId = meeting.value(u"investor_id"_s).toString();
    const QVariantMap investor = store.get(RecordKind::Investor, investorId);

    const QDateTime utc = QDateTime::fromString(meeting.value(u"starts_at"_s).toString(), Qt::ISODateWithMs);
    const QString zoneId = meeting.value(u"time_zone"_s).toString();
    const QTimeZone zone(zoneId.toUtf8());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toUTC();

    QVariantMap details{{u"date"_s, language.date(local.date())},
                        {u"time"_s, language.time(local.time())},
                        {u"zone"_s, zoneId},
                        {u"place"_s, meeting.value(u"place"_s)},
                        {u"language"_s, meeting.value(u"language"_s)},
                        {u"interpreter"_s, meeting.value(u"interpreter"_s)},
                        {u"talking_points"_s, meeting.value(u"talking_points"_s).toString().trimmed()}};
    if (const QString mission = meeting.value(u"mission_id"_s).toString(); !mission.isEmpty()) {
        details.insert(u"mission"_s, store.title(RecordKind::Mission, mission));
    }
    document.confidential = meeting.value(u"confidential"_s).toBool() || investor.value(u"confidential"_s).toBool();
    document.title = u"%1 – %2, %3"_s.arg(language.label(u"meeting_briefing"_s), investor.value(u"name"_s).toString(),
                                          language.date(local.date()));

    QVariantMap context{{u"label"_s, language.labels()},
                        {u"lang"_s, language.code()},
                        {u"title"_s, document.title},
                        {u"confidential"_s, document.confidential},
                        {u"meeting"_s, details},
                        {u"investor"_s, investorProfile(store, investor, language)},
                        {u"sides"_s, attendeeSides(store, meeting.value(u"attendees"_s).toList(), language)},
                        {u"deals"_s, openDeals(m_db, investorId, language)}};
    addStory(m_db, investorId, options, language, context);

    RenderedDocument rendered = renderDocumentTemplate(kTemplate, context, options.templateDir);
    if (!rendered.warning.isEmpty()) {
        document.warnings << rendered.warning;
    }
    document.html = rendered.html;
    QStringList footer{document.title, language.label(u"printed"_s) + u' ' + language.date(m_db.clock().today())};
    if (document.confidential) {
        footer << language.label(u"confidential"_s);
    }
    document.footer = footer.join(u" · "_s);
    return document;
}

void writeBriefingPdf(const QString &path, const BriefingDocument &document)
{
    writePdfDocument(path, document.html, document.title, document.footer);
}

} // namespace crm
