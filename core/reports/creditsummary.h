#pragma once

#include "domain/money.h"
#include "storage/creditquery.h"

#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace crm {

class Database;

// The latest announced and realised figures of one indicator of a deal. Figures are cumulative
// (the 2020 count of jobs includes those of 2005), so the latest one is the deal's figure.
struct LatestFigures
{
    std::optional<qint64> announced; // minor units for money, a count otherwise
    std::optional<qint64> realised;
    QString announcedCurrency; // money indicators only
    QString realisedCurrency;
};

// The figure that stands for one indicator in one status (planned, announced, realised) of a deal:
// the one with the latest as-of date; an undated figure counts only when no dated one exists; of
// figures with the same date (or all undated) the later in the deal's list wins, as the correction.
// Figures without a value are skipped. nullptr when none is left. The one rule for the delegate
// page, the pipeline board and the deal page.
const CreditedDealRow::Figure *latestFigure(const QList<CreditedDealRow::Figure> &figures, const QString &indicator,
                                            const QString &status);

// The latest announced and realised figures of one indicator among a deal's stored figures, by
// latestFigure(). Planned figures are intentions, not impact, and are left out. Shared by the
// delegate page and the pipeline board.
LatestFigures latestFigures(const QList<CreditedDealRow::Figure> &figures, const QString &indicator);

// A deal a delegate is credited on, as the delegate page lists it.
struct CreditedDeal
{
    QString dealId;
    QString title;
    QString stage; // code
    QString hostCountry;
    QString sector;
    QString investorName;
    QStringList roles; // credit role codes
    LatestFigures capex;
    LatestFigures directJobs;
};

// What the credited deals brought, counted once per deal. Lost deals are left out: an
// announcement that came to nothing is not impact. Capex stays in its own currencies (the
// reports of issue 5 convert with the officers' rate table).
struct ImpactTotals
{
    int deals = 0; // credited deals, lost ones included
    int lostDeals = 0;
    qint64 jobsAnnounced = 0;
    qint64 jobsRealised = 0;
    QMap<QString, qint64> capexAnnounced; // currency -> minor units
    QMap<QString, qint64> capexRealised;
};

class CreditSummary final
{
public:
    explicit CreditSummary(Database &db) : m_db(db) {}

    QList<CreditedDeal> dealsOf(const QString &delegateId) const;
    static ImpactTotals totals(const QList<CreditedDeal> &deals);

private:
    Database &m_db;
};

// "250,000,000.00 USD + 4,500,000,000 JPY"; empty when there is nothing.
QString formatAmounts(const QMap<QString, qint64> &amounts, const QLocale &locale = QLocale());

} // namespace crm
