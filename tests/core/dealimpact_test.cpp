#include "fixtures.h"
#include "reports/dealimpact.h"
#include "services/sampledata.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

ImpactFigure figure(const QString &indicator, const QString &status, qint64 value, const QString &asOf,
                    const QString &currency = {})
{
    ImpactFigure f;
    f.indicator = indicator;
    f.status = status;
    f.value = value;
    f.currency = currency;
    if (!asOf.isEmpty()) {
        f.asOf = QDate::fromString(asOf, Qt::ISODate);
    }
    return f;
}

QStringList indicatorsOf(const QList<DealImpactRow> &rows)
{
    QStringList codes;
    for (const DealImpactRow &row : rows) {
        codes << row.indicator;
    }
    return codes;
}

QStringList stepsOf(const QList<StageStep> &steps)
{
    QStringList text;
    for (const StageStep &s : steps) {
        text << (s.setback ? u"!"_s : QString()) + s.stage;
    }
    return text;
}
} // namespace

TEST_CASE("of several figures in one cell the one with the latest as-of date wins, in any order", "[dealimpact]")
{
    const QList<DealImpactRow> rows = dealImpact(QList<ImpactFigure>{
        figure(u"direct_jobs"_s, u"realised"_s, 4200, u"2005-12-31"_s),
        figure(u"direct_jobs"_s, u"realised"_s, 12500, u"2020-12-31"_s),
        figure(u"direct_jobs"_s, u"realised"_s, 9000, u"2010-06-30"_s),
        figure(u"direct_jobs"_s, u"announced"_s, 3000, u"2000-04-10"_s),
        figure(u"direct_jobs"_s, u"planned"_s, 1000, u"1999-01-01"_s),
        figure(u"direct_jobs"_s, u"planned"_s, 1500, u"1999-06-01"_s),
    });
    REQUIRE(rows.size() == 1);
    const DealImpactRow &jobs = rows[0];
    CHECK(jobs.indicator == u"direct_jobs"_s);
    CHECK_FALSE(jobs.money);
    CHECK(jobs.realised.value == 12500);
    CHECK(jobs.realised.asOf == QDate(2020, 12, 31));
    CHECK(jobs.announced.value == 3000);
    CHECK(jobs.planned.value == 1500);
    CHECK(jobs.cell(u"planned"_s).value == 1500);
    CHECK(jobs.cell(u"lost"_s).isEmpty());
    // 12,500 / 3,000 = 4.1667: 417 %.
    CHECK(jobs.comparison.outcome == ImpactComparison::Outcome::Compared);
    CHECK(jobs.comparison.percent == 417);
    CHECK(comparisonText(jobs, kEnglish) == u"417 %"_s);
    CHECK(impactCellText(jobs.realised, kEnglish) == u"12,500 · 2020-12"_s);
}

TEST_CASE("an undated figure counts only when its cell has no dated one; then the last entered wins", "[dealimpact]")
{
    const QList<DealImpactRow> rows = dealImpact(QList<ImpactFigure>{
        figure(u"local_managers"_s, u"realised"_s, 400, u"2019-03-31"_s),
        figure(u"local_managers"_s, u"realised"_s, 500, QString()),
        figure(u"local_suppliers"_s, u"realised"_s, 10, QString()),
        figure(u"local_suppliers"_s, u"realised"_s, 20, QString()),
    });
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].realised.value == 400);
    CHECK(rows[0].realised.asOf == QDate(2019, 3, 31));
    CHECK(rows[1].realised.value == 20);
    CHECK_FALSE(rows[1].realised.asOf.has_value());
    CHECK(impactCellText(rows[1].realised, kEnglish) == u"20 · undated"_s);
    // Realised with nothing announced: no ratio, and the reason.
    CHECK(rows[1].comparison.outcome == ImpactComparison::Outcome::NothingAnnounced);
    CHECK(comparisonText(rows[1], kEnglish) == u"nothing announced"_s);
}

TEST_CASE("money in two currencies is not compared, and the table says why", "[dealimpact]")
{
    const QList<DealImpactRow> rows = dealImpact(QList<ImpactFigure>{
        figure(u"capex"_s, u"announced"_s, Q_INT64_C(10000000000), u"2000-04-10"_s, u"USD"_s),
        figure(u"capex"_s, u"realised"_s, Q_INT64_C(12000000000), u"2010-12-31"_s, u"JPY"_s),
    });
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].money);
    CHECK(rows[0].comparison.outcome == ImpactComparison::Outcome::CurrenciesDiffer);
    CHECK(comparisonText(rows[0], kEnglish) == u"JPY vs USD, not converted"_s);
    CHECK(impactCellText(rows[0].announced, kEnglish) == u"100,000,000 USD · 2000-04"_s);
    CHECK(impactCellText(rows[0].realised, kEnglish) == u"12,000,000,000 JPY · 2010-12"_s);
}

TEST_CASE("amounts are exact, with cents only when there are some", "[dealimpact]")
{
    const ImpactCell dollars{Q_INT64_C(12345678950), u"USD"_s, QDate(2019, 6, 30)};
    CHECK(impactValueText(dollars, kEnglish) == u"123,456,789.50 USD"_s);
    CHECK(impactCellText(dollars, kEnglish) == u"123,456,789.50 USD · 2019-06"_s);
    CHECK(impactValueText({Q_INT64_C(12000000000), u"USD"_s, std::nullopt}, QLocale(QLocale::French)) ==
          u"120\u202f000\u202f000 USD"_s);
    CHECK(impactValueText({Q_INT64_C(4500000000), u"JPY"_s, std::nullopt}, kEnglish) == u"4,500,000,000 JPY"_s);
    CHECK(impactValueText({Q_INT64_C(1234500), u"TND"_s, std::nullopt}, kEnglish) == u"1,234.500 TND"_s);
    CHECK(impactValueText({}, kEnglish).isEmpty());
    CHECK(impactAsOfText({350, QString(), std::nullopt}) == u"undated"_s);
}

TEST_CASE("money in one currency is compared; the share is rounded to a whole percent", "[dealimpact]")
{
    // 31,000,000.00 of 50,000,000.00 USD: 62 %. 1 of 3 jobs: 33.3 %, shown 33 %.
    const QList<DealImpactRow> rows = dealImpact(QList<ImpactFigure>{
        figure(u"exports"_s, u"realised"_s, Q_INT64_C(3100000000), u"2021-12-31"_s, u"USD"_s),
        figure(u"exports"_s, u"announced"_s, Q_INT64_C(5000000000), u"2019-06-30"_s, u"USD"_s),
        figure(u"jobs_women"_s, u"announced"_s, 3, u"2019-06-30"_s),
        figure(u"jobs_women"_s, u"realised"_s, 1, u"2021-12-31"_s),
        figure(u"local_suppliers"_s, u"announced"_s, 0, u"2019-06-30"_s),
        figure(u"local_suppliers"_s, u"realised"_s, 4, u"2021-12-31"_s),
    });
    // Deal::indicators() order, not the order of entry.
    REQUIRE(indicatorsOf(rows) == QStringList{u"jobs_women"_s, u"exports"_s, u"local_suppliers"_s});
    CHECK(rows[0].comparison.percent == 33);
    CHECK(rows[1].comparison.outcome == ImpactComparison::Outcome::Compared);
    CHECK(rows[1].comparison.percent == 62);
    CHECK(comparisonText(rows[1], kEnglish) == u"62 %"_s);
    CHECK(comparisonText(rows[1], QLocale(QLocale::French)) == u"62 %"_s);
    CHECK(rows[2].comparison.outcome == ImpactComparison::Outcome::AnnouncedZero);
    CHECK(comparisonText(rows[2], kEnglish) == u"announced zero"_s);
}

TEST_CASE("an indicator only announced has no realised cell and is not realised yet", "[dealimpact]")
{
    const QList<DealImpactRow> rows = dealImpact(QList<ImpactFigure>{
        figure(u"direct_jobs"_s, u"announced"_s, 350, u"2026-09-30"_s),
        figure(u"capex"_s, u"planned"_s, Q_INT64_C(3000000000), u"2026-04-06"_s, u"JPY"_s),
    });
    REQUIRE(indicatorsOf(rows) == QStringList{u"capex"_s, u"direct_jobs"_s});
    CHECK(rows[1].realised.isEmpty());
    CHECK(rows[1].planned.isEmpty());
    CHECK(impactCellText(rows[1].realised, kEnglish).isEmpty());
    CHECK(rows[1].comparison.outcome == ImpactComparison::Outcome::NotRealisedYet);
    CHECK(comparisonText(rows[1], kEnglish) == u"not realised yet"_s);
    CHECK(rows[0].comparison.outcome == ImpactComparison::Outcome::PlannedOnly);
    CHECK(comparisonText(rows[0], kEnglish) == u"planned only"_s);
    CHECK(impactCellText(rows[0].planned, kEnglish) == u"3,000,000,000 JPY · 2026-04"_s);
}

TEST_CASE("a deal without figures, stages or credits gives empty parts", "[dealimpact]")
{
    CHECK(dealImpact(QList<ImpactFigure>{}).isEmpty());
    CHECK(dealImpact(QVariantMap{}).isEmpty());
    CHECK(dealImpact(QVariantMap{{u"title"_s, u"No figures yet"_s}, {u"impact"_s, QVariantList{}}}).isEmpty());
    CHECK(stagePath({}).isEmpty());
    CHECK(creditedParties({}).isEmpty());
}

TEST_CASE("the sample Yazaki deal read from the store gives its impact table", "[dealimpact]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const QString id = t.store().findIdBy(RecordKind::Deal, u"title"_s, u"Wire-harness plants, Morocco"_s).value();
    const QList<DealImpactRow> rows = dealImpact(t.store().get(RecordKind::Deal, id));
    REQUIRE(indicatorsOf(rows) ==
            QStringList{u"capex"_s, u"direct_jobs"_s, u"jobs_women"_s, u"local_managers"_s, u"local_suppliers"_s});
    // The JSON form's decimal strings come back as minor units.
    CHECK(rows[0].planned.value == Q_INT64_C(6000000000));
    CHECK(rows[0].announced.value == Q_INT64_C(10000000000));
    CHECK(rows[0].realised.value == Q_INT64_C(25000000000));
    CHECK(impactCellText(rows[0].realised, kEnglish) == u"250,000,000 USD · 2020-12"_s);
    CHECK(comparisonText(rows[0], kEnglish) == u"250 %"_s);
    // Jobs counted in 2005 (4,200) and 2020 (12,500): the 2020 count stands.
    CHECK(rows[1].realised.value == 12500);
    CHECK(comparisonText(rows[1], kEnglish) == u"417 %"_s);
    CHECK(comparisonText(rows[2], kEnglish) == u"450 %"_s); // 8,100 of 1,800
    CHECK(rows[3].announced.isEmpty());
    CHECK(comparisonText(rows[3], kEnglish) == u"nothing announced"_s);
    // The storage form reads the same.
    const QList<DealImpactRow> stored =
        dealImpact(t.store().get(RecordKind::Deal, id, MapFormat::Storage), MapFormat::Storage);
    REQUIRE(stored.size() == rows.size());
    CHECK(stored[0].realised.value == rows[0].realised.value);
}

TEST_CASE("the stage path marks going back and leaving the way as setbacks", "[dealimpact]")
{
    const auto change = [](const QString &stage, int month) {
        return StageChange{QString(), stage, QDate(2020, month, 1), QString()};
    };
    const QList<StageStep> steps = stagePath(
        {change(u"lead"_s, 1), change(u"contacted"_s, 2), change(u"negotiation"_s, 3), change(u"visit"_s, 4),
         change(u"negotiation"_s, 5), change(u"on_hold"_s, 6), change(u"negotiation"_s, 7), change(u"lost"_s, 8)});
    CHECK(stepsOf(steps) == QStringList{u"lead"_s, u"contacted"_s, u"negotiation"_s, u"!visit"_s, u"negotiation"_s,
                                        u"!on_hold"_s, u"negotiation"_s, u"!lost"_s});
    CHECK(steps[3].date == QDate(2020, 4, 1));
    // Measured from the stage reached last, as on the timeline: after going back to a visit,
    // negotiating again is progress.
    CHECK(stepsOf(stagePath({change(u"decision"_s, 1), change(u"visit"_s, 2), change(u"negotiation"_s, 3)})) ==
          QStringList{u"decision"_s, u"!visit"_s, u"negotiation"_s});
}

TEST_CASE("each credited delegate or mission is named once with all its roles", "[dealimpact]")
{
    const QList<CreditedParty> parties = creditedParties({
        {QString(), u"delegate"_s, u"d1"_s, u"promotion"_s},
        {QString(), u"mission"_s, u"m1"_s, u"facilitation"_s},
        {QString(), u"delegate"_s, u"d1"_s, u"facilitation"_s},
        {QString(), u"delegate"_s, u"d1"_s, u"promotion"_s},
        {QString(), u"delegate"_s, u"d2"_s, u"negotiation"_s},
    });
    REQUIRE(parties.size() == 3);
    CHECK(parties[0].id == u"d1"_s);
    CHECK(parties[0].roles == QStringList{u"promotion"_s, u"facilitation"_s});
    CHECK(parties[1].kind == u"mission"_s);
    CHECK(parties[2].roles == QStringList{u"negotiation"_s});
}
