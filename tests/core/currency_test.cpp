#include "fixtures.h"
#include "services/currencyconverter.h"
#include "storage/ratestore.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
ExchangeRate rate(const QString &currency, int year, const QString &perUsd)
{
    ExchangeRate r;
    r.currency = currency;
    r.year = year;
    r.perUsd = perUsd;
    return r;
}
} // namespace

TEST_CASE("a rate is exact decimal text with at most 8 decimals", "[currency]")
{
    CHECK(exchangerate::parseScaled(u"151.35"_s) == Q_INT64_C(15135000000));
    CHECK(exchangerate::parseScaled(u"0.00000001"_s) == 1);
    CHECK(exchangerate::parseScaled(u"1,234.5000"_s) == Q_INT64_C(123450000000));
    CHECK_FALSE(exchangerate::parseScaled(u"1.123456789"_s).has_value());
    CHECK_FALSE(exchangerate::parseScaled(u"0"_s).has_value());
    CHECK_FALSE(exchangerate::parseScaled(u"-3"_s).has_value());
    CHECK_FALSE(exchangerate::parseScaled(u"1e3"_s).has_value());
    CHECK(exchangerate::scaledToText(Q_INT64_C(15135000000)) == u"151.35"_s);
    CHECK(exchangerate::scaledToText(Q_INT64_C(15000000000)) == u"150"_s);
    CHECK(exchangerate::scaledToText(1) == u"0.00000001"_s);
}

TEST_CASE("a rate typed with a decimal comma is 151.35, not 15135", "[currency]")
{
    CHECK(exchangerate::parseScaled(u"151,35"_s) == Q_INT64_C(15135000000));
    CHECK(exchangerate::parseScaled(u"1,234"_s) == Q_INT64_C(123400000000)); // groups of three stay grouping
    CHECK_FALSE(exchangerate::parseScaled(u"1.234,5"_s).has_value());
}

TEST_CASE("amounts convert through the US dollar with the rate of their year", "[currency]")
{
    CurrencyConverter converter(
        {rate(u"JPY"_s, 2026, u"150"_s), rate(u"EUR"_s, 2026, u"0.8"_s), rate(u"JPY"_s, 2024, u"151.35"_s)});
    // 4,500,000,000 JPY / 150 JPY per USD = 30,000,000.00 USD.
    CHECK(converter.convert({Q_INT64_C(4500000000), u"JPY"_s}, 2026, u"USD"_s) ==
          Money{Q_INT64_C(3000000000), u"USD"_s});
    // 100.00 USD * 151.35 = 15,135 JPY (yen have no minor units).
    CHECK(converter.convert({10000, u"USD"_s}, 2024, u"JPY"_s) == Money{15135, u"JPY"_s});
    // Cross rate: 100.00 EUR / 0.8 = 125 USD; * 150 = 18,750 JPY.
    CHECK(converter.convert({10000, u"EUR"_s}, 2026, u"JPY"_s) == Money{18750, u"JPY"_s});
    // The same currency needs no rate, whatever the year.
    CHECK(converter.convert({42, u"EUR"_s}, 1990, u"EUR"_s) == Money{42, u"EUR"_s});
    CHECK(converter.missingRates().isEmpty());
}

TEST_CASE("conversion rounds half away from zero to the target's minor units", "[currency]")
{
    // 1 JPY at 200 JPY per USD is 0.005 USD: half a cent rounds up, and down for a negative amount.
    CHECK(CurrencyConverter::convertMinorUnits(1, 0, Q_INT64_C(20000000000), 2, exchangerate::kRateScale) == 1);
    CHECK(CurrencyConverter::convertMinorUnits(-1, 0, Q_INT64_C(20000000000), 2, exchangerate::kRateScale) == -1);
    // 1 JPY at 300 is 0.00333 USD: rounds to 0.
    CHECK(CurrencyConverter::convertMinorUnits(1, 0, Q_INT64_C(30000000000), 2, exchangerate::kRateScale) == 0);
    // 1 JPY at 133.33333333 (0.0075 USD) rounds to 0.01 USD.
    CHECK(CurrencyConverter::convertMinorUnits(1, 0, Q_INT64_C(13333333333), 2, exchangerate::kRateScale) == 1);
    // A result too large for 64 bits is refused rather than wrapped.
    CHECK_FALSE(
        CurrencyConverter::convertMinorUnits(Q_INT64_C(9000000000000000000), 0, 1, 2, Q_INT64_C(99999999999999999))
            .has_value());
}

TEST_CASE("a missing rate is never guessed and is listed once", "[currency]")
{
    CurrencyConverter converter({rate(u"JPY"_s, 2021, u"110"_s)});
    CHECK_FALSE(converter.convert({Q_INT64_C(3000000000), u"JPY"_s}, 2020, u"USD"_s).has_value());
    CHECK_FALSE(converter.convert({1, u"JPY"_s}, 2020, u"USD"_s).has_value());
    // EUR to JPY in 2019 needs both rates: both are listed.
    CHECK_FALSE(converter.convert({100, u"EUR"_s}, 2019, u"JPY"_s).has_value());
    CHECK(converter.convert({11000, u"JPY"_s}, 2021, u"USD"_s) == Money{10000, u"USD"_s});
    const QList<MissingRate> expected{{u"EUR"_s, 2019}, {u"JPY"_s, 2019}, {u"JPY"_s, 2020}};
    CHECK(converter.missingRates() == expected);
}

TEST_CASE("the rates table keeps the officers' rates and refuses bad ones by field", "[currency]")
{
    test::TestDatabase t;
    RateStore &rates = t.db().rates();
    const ExchangeRate stored = rates.set(u"jpy"_s, 2024, u"151.350"_s, u"IMF IFS annual average"_s);
    CHECK(stored.currency == u"JPY"_s);
    CHECK(stored.perUsd == u"151.35"_s);
    rates.set(u"EUR"_s, 2024, u"0.924"_s);
    rates.set(u"JPY"_s, 2023, u"140.5"_s);
    const QList<ExchangeRate> list = rates.list();
    REQUIRE(list.size() == 3);
    CHECK(list[0].currency == u"EUR"_s);
    CHECK(list[1].year == 2023);
    CHECK(list[2].source == u"IMF IFS annual average"_s);
    CHECK(list[2].modifiedBy == t.officerId());

    CHECK(test::invalidFields([&] { rates.set(u"ABC"_s, 1949, u"0"_s); }) ==
          QStringList{u"currency"_s, u"year"_s, u"per_usd"_s});
    CHECK(test::invalidFields([&] { rates.set(u"USD"_s, 2024, u"1"_s); }) == QStringList{u"currency"_s});
    CHECK(test::invalidFields([&] { rates.set(u"JPY"_s, 2024, u"1.123456789"_s); }) == QStringList{u"per_usd"_s});
    CHECK(rates.list().size() == 3);

    // Replacing a rate keeps one row; every change is in the audit log.
    rates.set(u"JPY"_s, 2024, u"152"_s);
    CHECK(rates.list().size() == 3);
    CHECK(CurrencyConverter::fromDatabase(t.db()).convert({15200, u"JPY"_s}, 2024, u"USD"_s) == Money{10000, u"USD"_s});
    rates.remove(u"JPY"_s, 2023);
    CHECK(rates.list().size() == 2);
    const std::optional<Error> missing = test::errorFrom([&] { rates.remove(u"JPY"_s, 2023); });
    REQUIRE(missing);
    CHECK(missing->kind() == Error::Kind::NotFound);
    CHECK(test::sqlValue(t.db(), u"SELECT count(*) FROM audit_log WHERE record_kind = 'exchange_rate'"_s).toInt() ==
          6); // three creations, two fields changed (rate and source), one removal
    CHECK(test::sqlValue(t.db(), u"SELECT old_value || '>' || new_value FROM audit_log WHERE record_id = 'JPY 2024' "
                                 u"AND action = 'update'"_s)
              .toString() == u"151.35>152"_s);
}
