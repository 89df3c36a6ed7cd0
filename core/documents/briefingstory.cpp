#include "briefingstory.h"

#include "briefingparts.h"
#include "documentlanguage.h"
#include "domain/bidi.h"
#include "domain/deal.h"
#include "reports/creditsummary.h"
#include "storage/briefingquery.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/reportqueries.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace crm::briefing {
namespace {
// What was known of a deal on a day: its stage then and the figures dated up to then.
struct DealOnDay
{
    QString stage;
    QList<CreditedDealRow::Figure> figures;
};

// The officer's calendar day of a stored instant.
QDate localDay(const QString &iso)
{
    const QDateTime instant = QDateTime::fromString(iso, Qt::ISODate);
    return instant.isValid() ? instant.toLocalTime().date() : QDate::fromString(iso.left(10), Qt::ISODate);
}

// nullopt when the deal was not known on day: not yet recorded, and its history starts later.
std::optional<DealOnDay> dealOn(const InvestorDealRow &deal, const QDate &day)
{
    if (!day.isValid()) {
        return DealOnDay{deal.stage, deal.figures};
    }
    const QString until = day.toString(Qt::ISODate); // ISO dates compare as text
    QString stage;
    for (const InvestorDealRow::Step &step : deal.stages) { // in date order
        if (step.date <= until) {
            stage = step.stage;
        }
    }
    if (stage.isEmpty()) {
        const QDate recorded = localDay(deal.createdAt);
        if (!recorded.isValid() || recorded > day) {
            return std::nullopt;
        }
        // Recorded by then, its first stage dated later: that first stage is all that is known.
        stage = deal.stages.isEmpty() ? deal.stage : deal.stages.first().stage;
    }
    DealOnDay known{stage, {}};
    for (const CreditedDealRow::Figure &figure : deal.figures) {
        if (!figure.asOf.isEmpty() && figure.asOf <= until) {
            known.figures.append(figure);
        }
    }
    return known;
}

// What a follow-up is about, when it is not the investor itself.
QString aboutText(const RecordStore &store, const InvestorFollowUpRow &row, const DocumentLanguage &language)
{
    if (row.linkedKind == u"deal"_s) {
        return language.label(u"followup_deal"_s).arg(isolate(row.dealTitle));
    }
    if (row.linkedKind == u"meeting"_s) {
        const QDateTime start =
            meetingLocalStart({{u"starts_at"_s, row.meetingStartsAt}, {u"time_zone"_s, row.meetingZone}});
        return start.isValid() ? language.label(u"followup_meeting"_s).arg(language.date(start.date())) : QString();
    }
    if (row.linkedKind == u"contact"_s) {
        const QVariantMap person = personOf(store, {{u"person_kind"_s, u"contact"_s}, {u"person_id"_s, row.linkedId}});
        return language.label(u"followup_contact"_s).arg(isolate(person.value(u"name"_s).toString()));
    }
    return {};
}
} // namespace

QVariantList openDeals(Database &db, const QString &investorId, const DocumentLanguage &language, const QDate &knownOn)
{
    QVariantList deals;
    for (const InvestorDealRow &row : db.reports().briefing.deals(investorId)) {
        const std::optional<DealOnDay> deal = dealOn(row, knownOn);
        if (!deal || deal->stage == u"lost"_s) {
            continue;
        }
        QVariantList impact;
        for (const QString &indicator : Deal::indicators()) {
            if (indicator == u"capex"_s || indicator == u"direct_jobs"_s) {
                continue;
            }
            if (const QString figures = figuresText(latestFigures(deal->figures, indicator), language);
                !figures.isEmpty()) {
                impact << QVariantMap{
                    {u"text"_s, language.label(u"impact_figure"_s).arg(language.codeName(indicator), figures)}};
            }
        }
        deals << QVariantMap{{u"title"_s, row.title},
                             {u"stage"_s, language.codeName(deal->stage)},
                             {u"country"_s, language.countryName(row.hostCountry)},
                             {u"capex"_s, figuresText(latestFigures(deal->figures, u"capex"_s), language)},
                             {u"jobs"_s, figuresText(latestFigures(deal->figures, u"direct_jobs"_s), language)},
                             {u"impact"_s, impact},
                             {u"has_impact"_s, !impact.isEmpty()}};
    }
    return deals;
}

QVariantList openFollowUps(Database &db, const QString &investorId, const DocumentLanguage &language,
                           const QDate &today)
{
    const RecordStore &store = db.records();
    QVariantList followUps;
    for (const InvestorFollowUpRow &row : db.reports().briefing.openFollowUps(investorId)) {
        const QDate due = QDate::fromString(row.dueDate, Qt::ISODate);
        followUps << QVariantMap{{u"date"_s, due.isValid() ? language.date(due) : row.dueDate},
                                 {u"overdue"_s, due.isValid() && due < today},
                                 {u"title"_s, row.title},
                                 {u"about"_s, aboutText(store, row, language)},
                                 {u"summary"_s, row.notes}};
    }
    return followUps;
}

} // namespace crm::briefing
