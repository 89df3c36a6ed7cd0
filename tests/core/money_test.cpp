#include "domain/money.h"
#include "fixtures.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
std::optional<qint64> minorUnits(const QString &text, const QString &currency)
{
    const std::optional<Money> money = Money::parse(text, currency);
    return money ? std::optional<qint64>(money->minorUnits) : std::nullopt;
}

QString decimal(qint64 minor, const QString &currency)
{
    return Money{minor, currency}.toDecimalString();
}

// A deal with one capex figure given as value in currency; returns the stored impact.
QVariantMap storedCapex(test::TestDatabase &t, const QString &investor, const QVariant &value, const QString &currency)
{
    const QVariantMap impact{{u"indicator"_s, u"capex"_s},
                             {u"status"_s, u"planned"_s},
                             {u"value"_s, value},
                             {u"currency"_s, currency},
                             {u"as_of"_s, u"2025-03-31"_s}};
    const QString id = t.store().create(RecordKind::Deal, {{u"title"_s, u"Plant"_s},
                                                           {u"investor_id"_s, investor},
                                                           {u"host_country"_s, u"TN"_s},
                                                           {u"sector"_s, u"automotive"_s},
                                                           {u"impact"_s, QVariantList{impact}}});
    return t.store().get(RecordKind::Deal, id, MapFormat::Storage).value(u"impact"_s).toList().value(0).toMap();
}
} // namespace

TEST_CASE("yen have no minor unit: whole amounts only", "[money]")
{
    CHECK(minorUnits(u"150000000"_s, u"JPY"_s) == 150000000);
    CHECK(minorUnits(u"1,500,000"_s, u"JPY"_s) == 1500000);
    CHECK(minorUnits(u"0"_s, u"JPY"_s) == 0);
    CHECK_FALSE(minorUnits(u"1.5"_s, u"JPY"_s).has_value());
    CHECK_FALSE(minorUnits(u"100.01"_s, u"JPY"_s).has_value());
    // Zeros after the point say nothing more than the whole amount.
    CHECK(minorUnits(u"100.00"_s, u"JPY"_s) == 100);
    CHECK(decimal(150000000, u"JPY"_s) == u"150000000"_s);
}

TEST_CASE("dollars and euros have cents", "[money]")
{
    CHECK(minorUnits(u"0.10"_s, u"USD"_s) == 10);
    CHECK(minorUnits(u"0.1"_s, u"USD"_s) == 10);
    CHECK(minorUnits(u".5"_s, u"EUR"_s) == 50);
    CHECK(minorUnits(u"5."_s, u"EUR"_s) == 500);
    CHECK(minorUnits(u"2,500,000.00"_s, u"USD"_s) == 250000000);
    CHECK(minorUnits(u"  42.42  "_s, u"USD"_s) == 4242);
    CHECK_FALSE(minorUnits(u"12.345"_s, u"USD"_s).has_value());
    CHECK(decimal(10, u"USD"_s) == u"0.10"_s);
    CHECK(decimal(0, u"USD"_s) == u"0.00"_s);
    CHECK(decimal(250000000, u"EUR"_s) == u"2500000.00"_s);
}

TEST_CASE("Tunisian dinars have three decimals", "[money]")
{
    CHECK(minorUnits(u"1.234"_s, u"TND"_s) == 1234);
    CHECK(minorUnits(u"0.001"_s, u"TND"_s) == 1);
    CHECK(minorUnits(u"7.5"_s, u"TND"_s) == 7500);
    CHECK_FALSE(minorUnits(u"1.2345"_s, u"TND"_s).has_value());
    CHECK(decimal(1234, u"TND"_s) == u"1.234"_s);
    CHECK(decimal(1, u"TND"_s) == u"0.001"_s);
}

TEST_CASE("amounts are exact where floating point would not be", "[money]")
{
    // 0.29 * 100 and 1.15 * 100 are 28.999... and 114.999... in binary floating point.
    CHECK(minorUnits(u"0.29"_s, u"USD"_s) == 29);
    CHECK(minorUnits(u"1.15"_s, u"USD"_s) == 115);
    CHECK(minorUnits(u"12345678901.23"_s, u"USD"_s) == Q_INT64_C(1234567890123));
    CHECK(decimal(Q_INT64_C(1234567890123), u"USD"_s) == u"12345678901.23"_s);
    CHECK(minorUnits(u"92233720368547758.07"_s, u"USD"_s) == std::numeric_limits<qint64>::max());
    CHECK_FALSE(minorUnits(u"92233720368547758.08"_s, u"USD"_s).has_value());
}

TEST_CASE("negative amounts keep their sign", "[money]")
{
    CHECK(minorUnits(u"-3.5"_s, u"USD"_s) == -350);
    CHECK(decimal(-350, u"USD"_s) == u"-3.50"_s);
    CHECK(decimal(-5, u"USD"_s) == u"-0.05"_s);
    CHECK(decimal(-1234, u"TND"_s) == u"-1.234"_s);
}

TEST_CASE("text that is not an amount is refused", "[money]")
{
    for (const QString &bad : {u""_s, u"   "_s, u"."_s, u"-"_s, u"abc"_s, u"1e5"_s, u"1.2.3"_s, u"+5"_s, u"¥100"_s,
                               u"１００"_s, u"١٠٠"_s, u"10 000"_s, u"--5"_s}) {
        INFO("text: " << bad.toStdString());
        CHECK_FALSE(Money::parse(bad, u"USD"_s).has_value());
    }
}

TEST_CASE("an amount needs a known currency", "[money]")
{
    CHECK_FALSE(Money::parse(u"100"_s, u"ABC"_s).has_value());
    CHECK_FALSE(Money::parse(u"100"_s, QString()).has_value());
    CHECK_FALSE(Money::parse(u"100"_s, u"jpy"_s).has_value());
    const std::optional<Money> mad = Money::parse(u"100"_s, u"MAD"_s);
    REQUIRE(mad.has_value());
    CHECK(*mad == Money{10000, u"MAD"_s});
}

TEST_CASE("decimal text and minor units convert both ways without loss", "[money]")
{
    for (const auto &[text, currency] :
         std::initializer_list<std::pair<QString, QString>>{{u"150000000"_s, u"JPY"_s},
                                                            {u"0.10"_s, u"USD"_s},
                                                            {u"1.234"_s, u"TND"_s},
                                                            {u"12345678901.23"_s, u"EUR"_s},
                                                            {u"-0.05"_s, u"USD"_s},
                                                            {u"0.000"_s, u"KWD"_s}}) {
        INFO(text.toStdString() << ' ' << currency.toStdString());
        const std::optional<Money> money = Money::parse(text, currency);
        REQUIRE(money.has_value());
        CHECK(money->toDecimalString() == text);
    }
}

TEST_CASE("a deal stores money figures in minor units and shows them as decimals", "[money]")
{
    test::TestDatabase t;
    const QString investor = t.store().create(RecordKind::Investor, test::investorJson());
    CHECK(storedCapex(t, investor, u"0.10"_s, u"USD"_s).value(u"value"_s) == QVariant(qint64(10)));
    CHECK(storedCapex(t, investor, u"150000000"_s, u"JPY"_s).value(u"value"_s) == QVariant(qint64(150000000)));
    CHECK(storedCapex(t, investor, u"1.234"_s, u"TND"_s).value(u"value"_s) == QVariant(qint64(1234)));
    CHECK(storedCapex(t, investor, u"12345678901.23"_s, u"USD"_s).value(u"value"_s) ==
          QVariant(Q_INT64_C(1234567890123)));
    // A currency written in lower case is the currency it names.
    CHECK(storedCapex(t, investor, u"5"_s, u"eur"_s).value(u"currency"_s).toString() == u"EUR"_s);

    QStringList shown;
    t.store().forEach(RecordKind::Deal, {}, [&](const QVariantMap &stored) {
        const QVariantMap json = t.store().get(RecordKind::Deal, stored.value(u"id"_s).toString());
        shown << json.value(u"impact"_s).toList().value(0).toMap().value(u"value"_s).toString();
        return true;
    });
    shown.sort();
    CHECK(shown == QStringList{u"0.10"_s, u"1.234"_s, u"12345678901.23"_s, u"150000000"_s, u"5.00"_s});
}

TEST_CASE("an amount given as a JSON number is read exactly, never rounded to the currency", "[money]")
{
    test::TestDatabase t;
    const QString investor = t.store().create(RecordKind::Investor, test::investorJson());
    CHECK(storedCapex(t, investor, 0.1, u"USD"_s).value(u"value"_s) == QVariant(qint64(10)));
    CHECK(storedCapex(t, investor, 150000000.0, u"JPY"_s).value(u"value"_s) == QVariant(qint64(150000000)));
    CHECK(storedCapex(t, investor, 12345678901.23, u"USD"_s).value(u"value"_s) == QVariant(Q_INT64_C(1234567890123)));
    CHECK(storedCapex(t, investor, 1500000, u"JPY"_s).value(u"value"_s) == QVariant(qint64(1500000)));

    const QString before = test::tableCounts(t);
    const QVariantMap deal{
        {u"title"_s, u"Plant"_s}, {u"investor_id"_s, investor}, {u"host_country"_s, u"JP"_s}, {u"sector"_s, u"food"_s}};
    for (const auto &[value, currency] :
         std::initializer_list<std::pair<double, QString>>{{1.5, u"JPY"_s}, {0.105, u"USD"_s}, {1.2345, u"TND"_s}}) {
        INFO(value << ' ' << currency.toStdString());
        QVariantMap input = deal;
        input.insert(u"impact"_s, QVariantList{QVariantMap{{u"indicator"_s, u"capex"_s},
                                                           {u"status"_s, u"planned"_s},
                                                           {u"value"_s, value},
                                                           {u"currency"_s, currency},
                                                           {u"as_of"_s, u"2025-03-31"_s}}});
        CHECK(test::invalidFields([&] { t.store().create(RecordKind::Deal, input); }) ==
              QStringList{u"impact[0].value"_s});
    }
    CHECK(test::tableCounts(t) == before);
}

TEST_CASE("money reads with the grouping and decimal mark of the reader's locale", "[money]")
{
    CHECK(Money{Q_INT64_C(25000000000), u"USD"_s}.toDisplayString(QLocale(QLocale::English)) ==
          u"250,000,000.00 USD"_s);
    CHECK(Money{Q_INT64_C(4500000000), u"JPY"_s}.toDisplayString(QLocale(QLocale::Japanese)) == u"4,500,000,000 JPY"_s);
    CHECK(Money{-150, u"EUR"_s}.toDisplayString(QLocale(QLocale::French)) == u"-1,50 EUR"_s);
}

TEST_CASE("a decimal comma as French officers type it is read as decimals, never dropped", "[money]")
{
    CHECK(minorUnits(u"4500,50"_s, u"EUR"_s) == 450050);
    CHECK(minorUnits(u"4500,5"_s, u"EUR"_s) == 450050);
    CHECK(minorUnits(u"-3,5"_s, u"USD"_s) == -350);
    CHECK(minorUnits(u",5"_s, u"EUR"_s) == 50);
    // Commas between groups of three digits stay grouping, as before.
    CHECK(minorUnits(u"1,234"_s, u"USD"_s) == 123400);
    CHECK(minorUnits(u"1,500,000"_s, u"JPY"_s) == 1500000);
    CHECK(minorUnits(u"2,500,000.00"_s, u"USD"_s) == 250000000);
    // Commas that fit neither way are refused rather than guessed.
    for (const QString &bad : {u"1.234,50"_s, u"1,23,456"_s, u"1,234,5"_s, u"12,34.5"_s, u"1,2,3"_s}) {
        INFO("text: " << bad.toStdString());
        CHECK_FALSE(Money::parse(bad, u"USD"_s).has_value());
    }
}
