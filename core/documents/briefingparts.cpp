#include "briefingparts.h"

#include "briefingstory.h"
#include "documenttemplate.h"
#include "documentwriter.h"
#include "domain/clock.h"
#include "domain/fieldmap.h"
#include "domain/money.h"
#include "domain/personname.h"
#include "domain/recordkind.h"
#include "domain/referencedata.h"
#include "domain/weblinks.h"
#include "reports/creditsummary.h"
#include "services/timeline.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace crm::briefing {

TimelineWording readersWording(const DocumentLanguage &language)
{
    TimelineWording wording = language.timelineWording();
    wording.isolateNames = true;
    return wording;
}

namespace {
QString figureText(const std::optional<qint64> &value, const QString &currency, const DocumentLanguage &language)
{
    if (!value) {
        return {};
    }
    return currency.isEmpty() ? language.number(*value) : Money{*value, currency}.toDisplayString(language.locale());
}

// email and email_url (mailto:) in a person's map when the address reads as one.
void addEmail(QVariantMap &into, const QString &email)
{
    if (const QUrl url = weblinks::mailUrl(email); !url.isEmpty()) {
        into.insert(u"email"_s, email.trimmed());
        into.insert(u"email_url"_s, url.toString(QUrl::FullyEncoded));
    }
}
} // namespace

DocumentLanguage languageOf(const BriefingOptions &options, BriefingDocument &document)
{
    QString labelWarning;
    DocumentLanguage language = DocumentLanguage::load(options.language, options.templateDir, &labelWarning);
    if (!labelWarning.isEmpty()) {
        document.warnings << labelWarning;
    }
    return language;
}

QString dateText(const PartialDate &date, const DocumentLanguage &language)
{
    return date.precision() == PartialDate::Precision::Day ? language.date(date.first())
                                                           : date.toDisplay(language.locale());
}

QString spanText(const std::optional<PartialDate> &from, const std::optional<PartialDate> &to,
                 const DocumentLanguage &language)
{
    if (!from || !from->isValid()) {
        return {};
    }
    return dateText(*from, language) + u" – "_s + (to && to->isValid() ? dateText(*to, language) : QString());
}

QVariantMap personOf(const RecordStore &store, const QVariantMap &reference)
{
    const QString kind = reference.value(u"person_kind"_s).toString();
    const QString id = reference.value(u"person_id"_s).toString();
    QVariantMap person{{u"role"_s, reference.value(u"role"_s)}};
    const auto recordKind = kindFromName(kind);
    if (id.isEmpty() || !recordKind) {
        person.insert(u"name"_s, reference.value(u"name"_s));
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
        addEmail(person, record.value(u"email"_s).toString());
    } else {
        person.insert(u"name"_s, store.title(*recordKind, id));
    }
    return person;
}

QVariantMap investorFacts(const RecordStore &store, const QVariantMap &investor, const DocumentLanguage &language)
{
    QVariantMap profile{{u"name"_s, investor.value(u"name"_s)},
                        {u"reading"_s, investor.value(u"name_reading"_s)},
                        {u"latin"_s, investor.value(u"name_latin"_s)},
                        {u"website"_s, investor.value(u"website"_s)}};
    if (const QUrl url = weblinks::webUrl(investor.value(u"website"_s).toString()); !url.isEmpty()) {
        profile.insert(u"website_url"_s, url.toString(QUrl::FullyEncoded));
    }
    if (const QString sector = investor.value(u"sector"_s).toString(); !sector.isEmpty()) {
        profile.insert(u"sector"_s, language.codeName(sector));
    }
    QStringList office;
    for (const QString &part :
         {investor.value(u"hq_city"_s).toString(), language.countryName(investor.value(u"hq_country"_s).toString())}) {
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

QVariantMap eventOf(const TimelineEvent &event, const DocumentLanguage &language)
{
    return {{u"date"_s, dateText(event.start, language)}, {u"title"_s, event.title}, {u"summary"_s, event.summary}};
}

void addInvestorStory(Database &db, const QString &investorId, const BriefingOptions &options,
                      const DocumentLanguage &language, QVariantMap &context, const QString &meetingId,
                      const QDate &meetingDay)
{
    const auto isBefore = [&](const TimelineEvent &event) {
        return event.recordId != meetingId && (!meetingDay.isValid() || event.start.first() <= meetingDay);
    };
    QVariantList history;
    QVariantList notes;
    for (const TimelineEvent &event : Timeline(db, readersWording(language)).forInvestor(investorId)) { // newest first
        switch (event.kind) {
        case TimelineEventKind::Note:
            if (notes.size() < options.notes && isBefore(event)) {
                // A note's title is its first line; the document prints the whole text, once.
                QVariantMap note = eventOf(event, language);
                note.insert(u"title"_s, event.summary);
                note.remove(u"summary"_s);
                notes << note;
            }
            break;
        case TimelineEventKind::FollowUpDue: // openFollowUps() reads them, beyond the investor's own
        case TimelineEventKind::FollowUpDone:
            break;
        default:
            if (history.size() < options.historyEvents && isBefore(event)) {
                history << eventOf(event, language);
            }
        }
    }
    context.insert(u"history"_s, history);
    context.insert(u"followups"_s, openFollowUps(db, investorId, language, db.clock().today()));
    context.insert(u"notes"_s, notes);
}

QDateTime meetingLocalStart(const QVariantMap &meeting)
{
    const QDateTime utc = QDateTime::fromString(meeting.value(u"starts_at"_s).toString(), Qt::ISODateWithMs);
    const QTimeZone zone(meeting.value(u"time_zone"_s).toString().toUtf8());
    return zone.isValid() ? utc.toTimeZone(zone) : utc.toUTC();
}

void finish(BriefingDocument &document, const QString &templateName, const QVariantMap &context,
            const BriefingOptions &options, const DocumentLanguage &language, const QDate &today)
{
    RenderedDocument rendered = renderDocumentTemplate(templateName, context, options.templateDir);
    if (!rendered.warning.isEmpty()) {
        document.warnings << rendered.warning;
    }
    document.html = rendered.html;
    QStringList footer{document.title, language.label(u"printed"_s) + u' ' + language.date(today)};
    if (document.confidential) {
        footer << language.label(u"confidential"_s);
    }
    document.footer = footer.join(u" · "_s);
    document.header = language.label(u"organisation"_s) + u" · "_s + document.title;
    document.pageNumbers = language.label(u"page_numbers"_s);
    document.pageSize = options.pageSize;
}

} // namespace crm::briefing

namespace crm {

PageFrame briefingFrame(const BriefingDocument &document)
{
    return PageFrame{document.header, document.footer, document.pageNumbers, document.pageSize};
}

void writeBriefingPdf(const QString &path, const BriefingDocument &document)
{
    writePdfDocument(path, document.html, document.title, briefingFrame(document));
}

} // namespace crm
