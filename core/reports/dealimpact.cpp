#include "dealimpact.h"

#include "domain/money.h"
#include "domain/referencedata.h"
#include "reports/creditsummary.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct DealImpactTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::DealImpact)
};

ImpactCell cellOf(const QList<CreditedDealRow::Figure> &figures, const QString &indicator, const QString &status)
{
    const CreditedDealRow::Figure *f = latestFigure(figures, indicator, status);
    if (!f) {
        return {};
    }
    const QDate asOf = QDate::fromString(f->asOf, Qt::ISODate);
    return {f->value, f->currency, asOf.isValid() ? std::optional<QDate>(asOf) : std::nullopt};
}

ImpactComparison compare(const DealImpactRow &row)
{
    using Outcome = ImpactComparison::Outcome;
    if (row.announced.isEmpty()) {
        return {row.realised.isEmpty() ? Outcome::PlannedOnly : Outcome::NothingAnnounced};
    }
    if (row.realised.isEmpty()) {
        return {Outcome::NotRealisedYet};
    }
    if (row.money && row.announced.currency != row.realised.currency) {
        return {Outcome::CurrenciesDiffer};
    }
    if (*row.announced.value == 0) {
        return {Outcome::AnnouncedZero};
    }
    // In double: minor units times 100 could overflow qint64 for the largest amounts.
    const double share = double(*row.realised.value) * 100.0 / double(*row.announced.value);
    return {Outcome::Compared, int(std::lround(share))};
}

const ImpactCell &emptyCell()
{
    static const ImpactCell empty;
    return empty;
}
} // namespace

const ImpactCell &DealImpactRow::cell(const QString &status) const
{
    if (status == u"planned"_s) {
        return planned;
    }
    if (status == u"announced"_s) {
        return announced;
    }
    if (status == u"realised"_s) {
        return realised;
    }
    return emptyCell();
}

QList<DealImpactRow> dealImpact(const QList<ImpactFigure> &figures)
{
    // The stored figures' shape, so that the deal page reads them by the very rule of the others.
    QList<CreditedDealRow::Figure> stored;
    stored.reserve(figures.size());
    for (const ImpactFigure &f : figures) {
        stored.append({f.indicator, f.status, f.value, f.currency, f.asOf ? f.asOf->toString(Qt::ISODate) : QString()});
    }
    QList<DealImpactRow> rows;
    for (const QString &indicator : Deal::indicators()) {
        DealImpactRow row;
        row.indicator = indicator;
        row.money = ImpactFigure::isMoney(indicator);
        row.planned = cellOf(stored, indicator, u"planned"_s);
        row.announced = cellOf(stored, indicator, u"announced"_s);
        row.realised = cellOf(stored, indicator, u"realised"_s);
        if (row.planned.isEmpty() && row.announced.isEmpty() && row.realised.isEmpty()) {
            continue;
        }
        row.comparison = compare(row);
        rows.append(row);
    }
    return rows;
}

QList<DealImpactRow> dealImpact(const QVariantMap &deal, MapFormat format)
{
    FieldErrors ignored; // the map came out of storage, validated on the way in
    MapReader reader(deal, ignored, {}, format);
    return dealImpact(Deal::read(reader).impact);
}

QString impactValueText(const ImpactCell &cell, const QLocale &locale)
{
    if (cell.isEmpty()) {
        return {};
    }
    if (cell.currency.isEmpty()) {
        return locale.toString(*cell.value);
    }
    qint64 unit = 1;
    for (int digits = reference::minorUnits(cell.currency); digits > 0; --digits) {
        unit *= 10;
    }
    if (unit > 1 && *cell.value % unit == 0) {
        // As Money::toDisplayString() writes it, without the ".00".
        return locale.toString(*cell.value / unit) + u' ' + cell.currency;
    }
    return Money{*cell.value, cell.currency}.toDisplayString(locale);
}

QString impactAsOfText(const ImpactCell &cell)
{
    return cell.asOf ? cell.asOf->toString(u"yyyy-MM"_s) : DealImpactTr::tr("undated");
}

QString impactCellText(const ImpactCell &cell, const QLocale &locale)
{
    if (cell.isEmpty()) {
        return {};
    }
    return DealImpactTr::tr("%1 · %2", "value · as-of month").arg(impactValueText(cell, locale), impactAsOfText(cell));
}

QString comparisonText(const DealImpactRow &row, const QLocale &locale)
{
    using Outcome = ImpactComparison::Outcome;
    switch (row.comparison.outcome) {
    case Outcome::Compared:
        return DealImpactTr::tr("%1 %", "realised as a percentage of announced")
            .arg(locale.toString(row.comparison.percent));
    case Outcome::PlannedOnly:
        return DealImpactTr::tr("planned only");
    case Outcome::NothingAnnounced:
        return DealImpactTr::tr("nothing announced");
    case Outcome::NotRealisedYet:
        return DealImpactTr::tr("not realised yet");
    case Outcome::AnnouncedZero:
        return DealImpactTr::tr("announced zero");
    case Outcome::CurrenciesDiffer:
        return DealImpactTr::tr("%1 vs %2, not converted", "realised currency vs announced currency")
            .arg(row.realised.currency, row.announced.currency);
    }
    return {};
}

QList<StageStep> stagePath(const QList<StageChange> &history)
{
    QStringList codes;
    for (const StageChange &change : history) {
        codes << change.stage;
    }
    const QList<bool> setbacks = Deal::setbacks(codes);
    QList<StageStep> steps;
    for (qsizetype i = 0; i < history.size(); ++i) {
        steps.append({history[i].stage, history[i].date, setbacks[i]});
    }
    return steps;
}

QList<CreditedParty> creditedParties(const QList<DealCredit> &credits)
{
    QList<CreditedParty> parties;
    for (const DealCredit &credit : credits) {
        const auto same = [&credit](const CreditedParty &p) {
            return p.kind == credit.creditedKind && p.id == credit.creditedId;
        };
        auto it = std::find_if(parties.begin(), parties.end(), same);
        if (it == parties.end()) {
            parties.append({credit.creditedKind, credit.creditedId, {}});
            it = std::prev(parties.end());
        }
        if (!credit.role.isEmpty() && !it->roles.contains(credit.role)) {
            it->roles.append(credit.role);
        }
    }
    return parties;
}

} // namespace crm
