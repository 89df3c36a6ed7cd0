#include "reportfixture.h"

#include "fixtures.h"
#include "storage/ratestore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::test {

QVariantMap figure(const QString &indicator, const QString &status, const QVariant &value, const QString &asOf,
                   const QString &currency)
{
    QVariantMap map{{u"indicator"_s, indicator}, {u"status"_s, status}, {u"value"_s, value}, {u"as_of"_s, asOf}};
    if (!currency.isEmpty()) {
        map.insert(u"currency"_s, currency);
    }
    return map;
}

QVariantMap credit(const QString &kind, const QString &id, const QString &role)
{
    return {{u"credited_kind"_s, kind}, {u"credited_id"_s, id}, {u"role"_s, role}};
}

QVariantMap stageChange(const QString &stage, const QString &date)
{
    return {{u"stage"_s, stage}, {u"date"_s, date}};
}

ReportFixture::ReportFixture()
{
    RecordStore &store = t.store();
    const QString agency = store.create(RecordKind::Agency, agencyJson());
    const QString automotive = store.create(RecordKind::Investor, investorJson());
    QVariantMap food = investorJson();
    food.insert(u"name"_s, u"Sakuraumi Foods"_s);
    food.insert(u"name_latin"_s, u"Sakuraumi Foods"_s);
    food.insert(u"name_reading"_s, u"さくらうみ"_s);
    food.insert(u"aliases"_s, QVariantList{});
    food.insert(u"sector"_s, u"food"_s);
    const QString foodInvestor = store.create(RecordKind::Investor, food);

    QVariantMap a = delegateJson(agency);
    a.remove(u"positions"_s);
    a.insert(u"latin_family_name"_s, u"Alpha"_s);
    a.insert(u"family_name"_s, u"Alpha"_s);
    a.insert(u"latin_given_name"_s, u"Amal"_s);
    a.insert(u"given_name"_s, u"Amal"_s);
    a.insert(u"stays"_s,
             QVariantList{QVariantMap{{u"start_date"_s, u"2020-04-01"_s}, {u"end_date"_s, u"2020-06-30"_s}}});
    alpha = store.create(RecordKind::Delegate, a);
    QVariantMap b = a;
    b.insert(u"latin_family_name"_s, u"Beta"_s);
    b.insert(u"family_name"_s, u"Beta"_s);
    b.insert(u"stays"_s, QVariantList{QVariantMap{{u"start_date"_s, u"2010-01"_s}, {u"end_date"_s, u"2010-02"_s}},
                                      QVariantMap{{u"start_date"_s, u"2021"_s}}});
    beta = store.create(RecordKind::Delegate, b);

    mission = store.create(RecordKind::Mission, {{u"kind"_s, u"investor_mission"_s},
                                                 {u"title"_s, u"Mission M"_s},
                                                 {u"start_date"_s, u"2020-10-01"_s},
                                                 {u"end_date"_s, u"2020-10-10"_s}});
    for (const auto &[when, investor] :
         {std::pair{u"2019-05-10T10:00:00+09:00"_s, automotive}, std::pair{u"2020-05-10T10:00:00+09:00"_s, automotive},
          std::pair{u"2021-01-01T08:00:00+09:00"_s, foodInvestor}}) {
        store.create(RecordKind::Meeting,
                     {{u"starts_at"_s, when}, {u"time_zone"_s, u"Asia/Tokyo"_s}, {u"investor_id"_s, investor}});
    }

    dealX = store.create(
        RecordKind::Deal,
        {{u"title"_s, u"Deal X"_s},
         {u"investor_id"_s, automotive},
         {u"host_country"_s, u"MA"_s},
         {u"sector"_s, u"automotive"_s},
         {u"stage"_s, u"operational"_s},
         {u"stage_history"_s, QVariantList{stageChange(u"operational"_s, u"2021-06-01"_s)}},
         {u"credits"_s,
          QVariantList{credit(u"delegate"_s, alpha, u"promotion"_s), credit(u"delegate"_s, beta, u"facilitation"_s),
                       credit(u"delegate"_s, alpha, u"implementation_support"_s),
                       credit(u"mission"_s, mission, u"facilitation"_s)}},
         {u"impact"_s, QVariantList{figure(u"capex"_s, u"announced"_s, u"10000000.00"_s, u"2020-03-01"_s, u"USD"_s),
                                    figure(u"capex"_s, u"realised"_s, u"1500000000"_s, u"2021-12-31"_s, u"JPY"_s),
                                    figure(u"direct_jobs"_s, u"announced"_s, 500, u"2020-03-01"_s),
                                    figure(u"direct_jobs"_s, u"realised"_s, 200, u"2020-12-31"_s),
                                    figure(u"direct_jobs"_s, u"realised"_s, 450, u"2021-12-31"_s)}}});
    dealY = store.create(
        RecordKind::Deal,
        {{u"title"_s, u"Deal Y"_s},
         {u"investor_id"_s, foodInvestor},
         {u"host_country"_s, u"SN"_s},
         {u"sector"_s, u"food"_s},
         {u"stage"_s, u"announced"_s},
         {u"stage_history"_s, QVariantList{stageChange(u"announced"_s, u"2020-06-30"_s)}},
         {u"credits"_s, QVariantList{credit(u"delegate"_s, beta, u"promotion"_s)}},
         {u"impact"_s, QVariantList{figure(u"capex"_s, u"announced"_s, u"3000000000"_s, u"2020-06-30"_s, u"JPY"_s),
                                    figure(u"direct_jobs"_s, u"announced"_s, 120, u"2020-06-30"_s)}}});
    dealZ = store.create(
        RecordKind::Deal,
        {{u"title"_s, u"Deal Z"_s},
         {u"investor_id"_s, automotive},
         {u"host_country"_s, u"EG"_s},
         {u"sector"_s, u"automotive"_s},
         {u"stage"_s, u"lost"_s},
         {u"lost_reason"_s, u"Chose another country"_s},
         {u"stage_history"_s, QVariantList{stageChange(u"lost"_s, u"2021-05-01"_s)}},
         {u"credits"_s, QVariantList{credit(u"delegate"_s, alpha, u"promotion"_s)}},
         {u"impact"_s, QVariantList{figure(u"capex"_s, u"announced"_s, u"5000000.00"_s, u"2020-02-01"_s, u"USD"_s),
                                    figure(u"direct_jobs"_s, u"announced"_s, 300, u"2020-02-01"_s)}}});
    t.db().rates().set(u"JPY"_s, 2021, u"150"_s);
}

const ImpactLine &line(const QList<ImpactLine> &lines, const QString &code)
{
    const auto it = std::find_if(lines.cbegin(), lines.cend(), [&](const ImpactLine &l) { return l.code == code; });
    REQUIRE(it != lines.cend());
    return *it;
}

} // namespace crm::test
