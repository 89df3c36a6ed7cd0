#include "creditsummary.h"

#include "storage/creditquery.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm {

LatestFigures latestFigures(const QList<CreditedDealRow::Figure> &figures, const QString &indicator)
{
    LatestFigures result;
    QString announcedAsOf;
    QString realisedAsOf;
    for (const CreditedDealRow::Figure &f : figures) {
        if (f.indicator != indicator || !f.value) {
            continue;
        }
        const bool announced = f.status == u"announced"_s;
        if (!announced && f.status != u"realised"_s) {
            continue; // planned figures are intentions, not impact
        }
        std::optional<qint64> &value = announced ? result.announced : result.realised;
        QString &asOf = announced ? announcedAsOf : realisedAsOf;
        if (value && f.asOf < asOf) {
            continue;
        }
        value = f.value;
        asOf = f.asOf;
        (announced ? result.announcedCurrency : result.realisedCurrency) = f.currency;
    }
    return result;
}

QList<CreditedDeal> CreditSummary::dealsOf(const QString &delegateId) const
{
    QList<CreditedDeal> deals;
    for (const CreditedDealRow &row : CreditQuery(m_db).forDelegate(delegateId)) {
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
