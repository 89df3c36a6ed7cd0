#include "creditsummary.h"

#include "storage/creditquery.h"
#include "storage/database.h"
#include "storage/reportqueries.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm {

const CreditedDealRow::Figure *latestFigure(const QList<CreditedDealRow::Figure> &figures, const QString &indicator,
                                            const QString &status)
{
    const CreditedDealRow::Figure *latest = nullptr;
    for (const CreditedDealRow::Figure &f : figures) {
        if (f.indicator != indicator || f.status != status || !f.value) {
            continue;
        }
        // ISO dates compare as text; an empty (undated) one sorts before every date.
        if (latest && f.asOf < latest->asOf) {
            continue;
        }
        latest = &f;
    }
    return latest;
}

LatestFigures latestFigures(const QList<CreditedDealRow::Figure> &figures, const QString &indicator)
{
    LatestFigures result;
    if (const CreditedDealRow::Figure *f = latestFigure(figures, indicator, u"announced"_s)) {
        result.announced = f->value;
        result.announcedCurrency = f->currency;
    }
    if (const CreditedDealRow::Figure *f = latestFigure(figures, indicator, u"realised"_s)) {
        result.realised = f->value;
        result.realisedCurrency = f->currency;
    }
    return result;
}

QList<CreditedDeal> CreditSummary::dealsOf(const QString &delegateId) const
{
    QList<CreditedDeal> deals;
    for (const CreditedDealRow &row : m_db.reports().credits.forDelegate(delegateId)) {
        deals.append({row.dealId, row.title, row.stage, row.hostCountry, row.sector, row.investorName, row.roles,
                      latestFigures(row.figures, u"capex"_s), latestFigures(row.figures, u"direct_jobs"_s)});
    }
    return deals;
}

ImpactTotals CreditSummary::totals(const QList<CreditedDeal> &deals)
{
    ImpactTotals totals;
    for (const CreditedDeal &deal : deals) {
        ++totals.deals;
        if (deal.stage == u"lost"_s) {
            ++totals.lostDeals;
            continue;
        }
        totals.jobsAnnounced += deal.directJobs.announced.value_or(0);
        totals.jobsRealised += deal.directJobs.realised.value_or(0);
        if (deal.capex.announced && !deal.capex.announcedCurrency.isEmpty()) {
            totals.capexAnnounced[deal.capex.announcedCurrency] += *deal.capex.announced;
        }
        if (deal.capex.realised && !deal.capex.realisedCurrency.isEmpty()) {
            totals.capexRealised[deal.capex.realisedCurrency] += *deal.capex.realised;
        }
    }
    return totals;
}

QString formatAmounts(const QMap<QString, qint64> &amounts, const QLocale &locale)
{
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        parts << Money{it.value(), it.key()}.toDisplayString(locale);
    }
    return parts.join(u" + "_s);
}

} // namespace crm
