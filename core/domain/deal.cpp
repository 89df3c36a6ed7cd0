#include "deal.h"

#include "money.h"
#include "referencedata.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct DealTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Deal)
};

ImpactFigure readImpact(MapReader &e)
{
    ImpactFigure f;
    f.id = e.text(u"id"_s);
    f.indicator = e.text(u"indicator"_s);
    f.status = e.text(u"status"_s);
    f.currency = e.text(u"currency"_s).toUpper();
    f.asOf = e.date(u"as_of"_s);
    if (e.format() == MapFormat::Json && ImpactFigure::isMoney(f.indicator)) {
        const QVariant raw = e.raw(u"value"_s);
        if (raw.isNull() || !raw.isValid() || raw.toString().isEmpty()) {
            return f;
        }
        if (f.currency.isEmpty() || !reference::isCurrency(f.currency)) {
            f.valueUnreadable = true; // validation reports the currency; the amount cannot be read without it
            return f;
        }
        QString text = raw.toString();
        if (raw.userType() == QMetaType::Double) {
            // The shortest text that reads back as the same number: 1.5 yen stays "1.5" and is refused,
            // instead of being rounded to the currency's decimals ("2") and stored as if it were exact.
            text = QString::number(raw.toDouble(), 'f', QLocale::FloatingPointShortest);
        }
        const auto money = Money::parse(text, f.currency);
        if (!money) {
            e.addError(u"value"_s, DealTr::tr("\"%1\" is not an amount in %2 (at most %3 decimals)")
                                       .arg(text, f.currency)
                                       .arg(reference::minorUnits(f.currency)));
        } else {
            f.value = money->minorUnits;
        }
    } else if (e.format() == MapFormat::Json && !Deal::indicators().contains(f.indicator)) {
        // Neither money nor a count: what the value should be is unknown until the indicator is
        // (validation names the indicator), so its type is not judged.
        const QVariant raw = e.raw(u"value"_s);
        f.valueUnreadable = raw.isValid() && !raw.isNull() && !raw.toString().isEmpty();
    } else {
        f.value = e.integer(u"value"_s);
    }
    return f;
}
} // namespace

bool ImpactFigure::isMoney(const QString &indicator)
{
    return Deal::moneyIndicators().contains(indicator);
}

const QStringList &Deal::moneyIndicators()
{
    static const QStringList list{u"capex"_s, u"exports"_s};
    return list;
}

const QStringList &Deal::stages()
{
    static const QStringList list{
        u"lead"_s,           u"contacted"_s,   u"visit"_s,     u"negotiation"_s, u"decision"_s, u"announced"_s,
        u"implementation"_s, u"operational"_s, u"aftercare"_s, u"on_hold"_s,     u"lost"_s};
    return list;
}

const QStringList &Deal::creditRoles()
{
    static const QStringList list{u"promotion"_s, u"facilitation"_s, u"negotiation"_s, u"implementation_support"_s};
    return list;
}

const QStringList &Deal::indicators()
{
    static const QStringList list{u"capex"_s,          u"direct_jobs"_s, u"jobs_women"_s,
                                  u"local_managers"_s, u"exports"_s,     u"local_suppliers"_s};
    return list;
}

const QStringList &Deal::impactStatuses()
{
    static const QStringList list{u"planned"_s, u"announced"_s, u"realised"_s};
    return list;
}

QList<bool> Deal::setbacks(const QStringList &stagesInOrder)
{
    QList<bool> result;
    result.reserve(stagesInOrder.size());
    qsizetype reached = -1;
    for (const QString &stage : stagesInOrder) {
        const qsizetype index = stages().indexOf(stage);
        const bool forward = stage != u"on_hold"_s && stage != u"lost"_s;
        result.append(!forward || index < reached);
        if (forward) {
            reached = index;
        }
    }
    return result;
}

Deal Deal::read(MapReader &r)
{
    Deal d;
    d.title = r.text(u"title"_s);
    d.investorId = r.text(u"investor_id"_s);
    d.hostCountry = r.text(u"host_country"_s).toUpper();
    d.sector = r.text(u"sector"_s);
    const QString stage = r.text(u"stage"_s);
    if (!stage.isEmpty()) {
        d.stage = stage;
    }
    d.lostReason = r.text(u"lost_reason"_s);
    d.notes = r.text(u"notes"_s);
    r.objects(u"stage_history"_s, [&d](MapReader &e) {
        d.stageHistory.append({e.text(u"id"_s), e.text(u"stage"_s), e.date(u"date"_s), e.text(u"note"_s)});
    });
    r.objects(u"credits"_s, [&d](MapReader &e) {
        d.credits.append({e.text(u"id"_s), e.text(u"credited_kind"_s), e.text(u"credited_id"_s), e.text(u"role"_s)});
    });
    r.objects(u"impact"_s, [&d](MapReader &e) { d.impact.append(readImpact(e)); });
    return d;
}

QVariantMap Deal::toMap(MapFormat format) const
{
    QVariantList history;
    for (const StageChange &c : stageHistory) {
        history << QVariantMap{{u"id"_s, mapvalue::text(c.id)},
                               {u"stage"_s, c.stage},
                               {u"date"_s, mapvalue::date(c.date)},
                               {u"note"_s, mapvalue::text(c.note)}};
    }
    QVariantList creditList;
    for (const DealCredit &c : credits) {
        creditList << QVariantMap{{u"id"_s, mapvalue::text(c.id)},
                                  {u"credited_kind"_s, c.creditedKind},
                                  {u"credited_id"_s, c.creditedId},
                                  {u"role"_s, c.role}};
    }
    QVariantList impactList;
    for (const ImpactFigure &f : impact) {
        QVariant value = mapvalue::integer(f.value);
        if (format == MapFormat::Json && f.value && ImpactFigure::isMoney(f.indicator)) {
            value = Money{*f.value, f.currency}.toDecimalString();
        }
        impactList << QVariantMap{{u"id"_s, mapvalue::text(f.id)},
                                  {u"indicator"_s, f.indicator},
                                  {u"status"_s, f.status},
                                  {u"value"_s, value},
                                  {u"currency"_s, mapvalue::text(f.currency)},
                                  {u"as_of"_s, mapvalue::date(f.asOf)}};
    }
    return {{u"title"_s, title},
            {u"investor_id"_s, mapvalue::text(investorId)},
            {u"host_country"_s, mapvalue::text(hostCountry)},
            {u"sector"_s, mapvalue::text(sector)},
            {u"stage"_s, stage},
            {u"lost_reason"_s, mapvalue::text(lostReason)},
            {u"notes"_s, mapvalue::text(notes)},
            {u"stage_history"_s, history},
            {u"credits"_s, creditList},
            {u"impact"_s, impactList}};
}

} // namespace crm
