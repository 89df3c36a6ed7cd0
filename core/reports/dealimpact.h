#pragma once

#include "domain/deal.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace crm {

// One cell of a deal's impact table: the figure that stands for an indicator in one status.
struct ImpactCell
{
    std::optional<qint64> value; // minor units for money, a count otherwise; nullopt: no figure
    QString currency;            // money indicators only
    std::optional<QDate> asOf;   // nullopt: the figure is undated

    bool isEmpty() const { return !value.has_value(); }
};

// How the latest realised figure of an indicator stands against the latest announced one.
struct ImpactComparison
{
    enum class Outcome
    {
        Compared,         // percent holds realised as a share of announced
        PlannedOnly,      // neither announced nor realised yet
        NothingAnnounced, // realised without an announcement to measure it by
        NotRealisedYet,
        AnnouncedZero,
        CurrenciesDiffer, // money in two currencies: the deal page does not convert
    };
    Outcome outcome = Outcome::PlannedOnly;
    int percent = 0; // rounded; Compared only
};

// One indicator of a deal's impact table.
struct DealImpactRow
{
    QString indicator; // code
    bool money = false;
    ImpactCell planned;
    ImpactCell announced;
    ImpactCell realised;
    ImpactComparison comparison;

    // The cell of a status code (planned, announced, realised); an empty one for another code.
    const ImpactCell &cell(const QString &status) const;
};

// A deal's impact as a table: one row per indicator that has at least one figure, in
// Deal::indicators() order, and per status the latest figure by latestFigure()'s rule (latest
// as-of date; an undated figure only when no dated one exists; on a tie the later in the list).
// Figures are cumulative, so the latest is the deal's figure; no cell is a sum.
QList<DealImpactRow> dealImpact(const QList<ImpactFigure> &figures);
// The same from a deal's map as RecordStore::get() gives it (JSON form unless told).
QList<DealImpactRow> dealImpact(const QVariantMap &deal, MapFormat format = MapFormat::Json);

// "120,000,000 USD", "1,250.50 EUR", "12,500": exact, with the cents only when there are some
// (impact figures are hardly ever counted in cents); empty for an empty cell.
QString impactValueText(const ImpactCell &cell, const QLocale &locale = QLocale());
// The month of the as-of date, "2019-06" (the day is on the form), or "undated".
QString impactAsOfText(const ImpactCell &cell);
// "120,000,000 USD · 2019-06", "12,500 · 2020-12", "350 · undated"; empty for an empty cell.
QString impactCellText(const ImpactCell &cell, const QLocale &locale = QLocale());
// "62 %", or why realised and announced do not compare ("not realised yet", "USD vs JPY").
QString comparisonText(const DealImpactRow &row, const QLocale &locale = QLocale());

// A step of a deal's stage history, a setback as Deal::setbacks() (and the timeline) tells.
struct StageStep
{
    QString stage; // code
    std::optional<QDate> date;
    bool setback = false;
};

QList<StageStep> stagePath(const QList<StageChange> &history);

// A delegate or a mission credited with a deal, with all its roles in credit order: the deal
// page names each one once.
struct CreditedParty
{
    QString kind; // delegate | mission
    QString id;
    QStringList roles; // codes
};

QList<CreditedParty> creditedParties(const QList<DealCredit> &credits);

} // namespace crm
