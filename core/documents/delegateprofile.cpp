#include "delegateprofile.h"

#include "briefingparts.h"
#include "domain/bidi.h"
#include "domain/clock.h"
#include "domain/partialdate.h"
#include "domain/recordkind.h"
#include "domain/referencedata.h"
#include "reports/creditsummary.h"
#include "services/timeline.h"
#include "storage/database.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {
const QString kTemplate = u"delegate-profile.html"_s;

QString spanOf(const QVariantMap &row, const QString &fromKey, const QString &toKey, const DocumentLanguage &language)
{
    return briefing::spanText(PartialDate::fromIso(row.value(fromKey).toString()),
                              PartialDate::fromIso(row.value(toKey).toString()), language);
}

QVariantList positionsOf(const QVariantMap &delegate, const DocumentLanguage &language)
{
    QVariantList positions;
    for (const QVariant &item : delegate.value(u"positions"_s).toList()) {
        const QVariantMap row = item.toMap();
        positions << QVariantMap{{u"period"_s, spanOf(row, u"from_date"_s, u"to_date"_s, language)},
                                 {u"title"_s, row.value(u"title"_s)},
                                 {u"organisation"_s, row.value(u"organisation"_s)}};
    }
    return positions;
}

QVariantList staysOf(const QVariantMap &delegate, const DocumentLanguage &language)
{
    QVariantList stays;
    for (const QVariant &item : delegate.value(u"stays"_s).toList()) {
        const QVariantMap row = item.toMap();
        stays << QVariantMap{{u"period"_s, spanOf(row, u"start_date"_s, u"end_date"_s, language)},
                             {u"office"_s, row.value(u"host_office"_s)},
                             {u"notes"_s, row.value(u"notes"_s)}};
    }
    return stays;
}

QVariantList dealsOf(const QList<CreditedDeal> &credited, const DocumentLanguage &language)
{
    QVariantList deals;
    for (const CreditedDeal &deal : credited) {
        QStringList roles;
        for (const QString &role : deal.roles) {
            roles << language.codeName(role);
        }
        deals << QVariantMap{{u"title"_s, deal.title},
                             {u"investor"_s, deal.investorName},
                             {u"country"_s, language.countryName(deal.hostCountry)},
                             {u"roles"_s, roles.join(u", "_s)},
                             {u"stage"_s, language.codeName(deal.stage)},
                             {u"capex"_s, briefing::figuresText(deal.capex, language)},
                             {u"jobs"_s, briefing::figuresText(deal.directJobs, language)}};
    }
    return deals;
}

// What the credited deals brought, lost deals left out (CreditSummary::totals).
QVariantMap impactOf(const QList<CreditedDeal> &credited, const DocumentLanguage &language)
{
    const ImpactTotals totals = CreditSummary::totals(credited);
    QVariantMap impact{{u"deals"_s, language.number(totals.deals)}};
    LatestFigures jobs;
    if (totals.jobsAnnounced > 0) {
        jobs.announced = totals.jobsAnnounced;
    }
    if (totals.jobsRealised > 0) {
        jobs.realised = totals.jobsRealised;
    }
    impact.insert(u"jobs"_s, briefing::figuresText(jobs, language));
    QStringList capex;
    if (const QString announced = formatAmounts(totals.capexAnnounced, language.locale()); !announced.isEmpty()) {
        capex << announced + u' ' + language.label(u"announced"_s);
    }
    if (const QString realised = formatAmounts(totals.capexRealised, language.locale()); !realised.isEmpty()) {
        capex << realised + u' ' + language.label(u"realised"_s);
    }
    impact.insert(u"capex"_s, capex.join(u" · "_s));
    return impact;
}

// The latest events of the delegate's story; career and stays have their own lists.
QVariantList recentEvents(Database &db, const QString &delegateId, const BriefingOptions &options,
                          const DocumentLanguage &language)
{
    QVariantList events;
    for (const TimelineEvent &event :
         Timeline(db, briefing::readersWording(language)).forDelegate(delegateId)) { // newest first
        if (events.size() >= options.historyEvents) {
            break;
        }
        if (event.kind != TimelineEventKind::Stay && event.kind != TimelineEventKind::CareerPosition &&
            event.kind != TimelineEventKind::FollowUpDone) {
            events << briefing::eventOf(event, language);
        }
    }
    return events;
}
} // namespace

BriefingDocument DelegateProfile::build(const QString &delegateId, const BriefingOptions &options) const
{
    BriefingDocument document;
    const DocumentLanguage language = briefing::languageOf(options, document);
    const RecordStore &store = m_db.records();
    const QVariantMap delegate = store.get(RecordKind::Delegate, delegateId);
    QVariantMap person = briefing::personOf(store, {{u"person_kind"_s, u"delegate"_s}, {u"person_id"_s, delegateId}});
    person.insert(u"country"_s, language.countryName(delegate.value(u"country"_s).toString()));
    if (const QString agency = delegate.value(u"agency_id"_s).toString(); !agency.isEmpty()) {
        person.insert(u"agency"_s, store.title(RecordKind::Agency, agency));
    }
    document.confidential = delegate.value(u"confidential"_s).toBool();
    document.title =
        u"%1 – %2"_s.arg(language.label(u"delegate_profile"_s), isolate(person.value(u"name"_s).toString()));

    const QList<CreditedDeal> credited = CreditSummary(m_db).dealsOf(delegateId);
    QVariantMap context{{u"label"_s, language.labels()},
                        {u"lang"_s, language.code()},
                        {u"title"_s, document.title},
                        {u"confidential"_s, document.confidential},
                        {u"delegate"_s, person},
                        {u"positions"_s, positionsOf(delegate, language)},
                        {u"stays"_s, staysOf(delegate, language)},
                        {u"deals"_s, dealsOf(credited, language)},
                        {u"history"_s, recentEvents(m_db, delegateId, options, language)}};
    if (!credited.isEmpty()) {
        context.insert(u"impact"_s, impactOf(credited, language));
    }
    briefing::finish(document, kTemplate, context, options, language, m_db.clock().today());
    return document;
}

} // namespace crm
