#include "domain/catalogue/fieldcodec.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "domain/recordcodec.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::catalogue;

// Issue 17: the JSON codec is derived from the catalogue, so a catalogue with one more field reads,
// checks and writes that field with nothing else changed.
namespace {
const FixedClock testClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));

// The builtin catalogue with an investor's stock ticker (capitals, at most 8 characters) and
// founding year (a whole number, not negative).
Catalogue withTickerAndFounded(bool tickerRequired = false)
{
    QList<KindSpec> kinds = Catalogue::builtin().kinds();
    for (KindSpec &spec : kinds) {
        if (spec.kind != RecordKind::Investor) {
            continue;
        }
        FieldSpec ticker;
        ticker.name = u"ticker"_s;
        ticker.type = Type::Text;
        ticker.rules = FieldSpec::Upper;
        ticker.maxLength = 8;
        ticker.required = tickerRequired;
        FieldSpec founded;
        founded.name = u"founded"_s;
        founded.type = Type::Integer;
        founded.rules = FieldSpec::NonNegative;
        spec.fields << ticker << founded;
    }
    return Catalogue(kinds);
}

QVariantMap yazaki()
{
    return {{u"name"_s, u"矢崎総業株式会社"_s}, {u"name_latin"_s, u"Yazaki Corporation"_s}};
}

FieldErrors errorsOf(const Catalogue &catalogue, const QVariantMap &input)
{
    try {
        normalise(RecordKind::Investor, input, MapFormat::Json, testClock, catalogue);
    } catch (const Error &error) {
        return error.fieldErrors();
    }
    return {};
}

std::string describe(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors) {
        lines << e.field + u": "_s + e.message;
    }
    return lines.join(u"\n"_s).toStdString();
}
} // namespace

TEST_CASE("a field added to a test catalogue is read, stored and written to JSON", "[catalogue][codec]")
{
    const Catalogue catalogue = withTickerAndFounded();
    QVariantMap input = yazaki();
    input.insert(u"ticker"_s, u" yzk "_s);
    input.insert(u"founded"_s, 1941);

    const QVariantMap stored = normalise(RecordKind::Investor, input, MapFormat::Json, testClock, catalogue);
    CHECK(stored.value(u"ticker"_s) == QVariant(u"YZK"_s));
    CHECK(stored.value(u"founded"_s) == QVariant(qint64(1941)));

    QVariantMap fromStorage = stored;
    fromStorage.insert(u"founded"_s, u"1941"_s); // as a row may hold it
    const QVariantMap json = toJson(RecordKind::Investor, fromStorage, catalogue);
    CHECK(json.value(u"ticker"_s) == QVariant(u"YZK"_s));
    CHECK(json.value(u"founded"_s) == QVariant(qint64(1941)));
    CHECK(json.value(u"name"_s) == QVariant(u"矢崎総業株式会社"_s));

    CHECK(searchText(RecordKind::Investor, stored, catalogue).contains(u"yzk"_s));
}

TEST_CASE("the builtin catalogue does not know the test catalogue's field", "[catalogue][codec]")
{
    QVariantMap input = yazaki();
    input.insert(u"ticker"_s, u"YZK"_s);
    CHECK(describe(errorsOf(Catalogue::builtin(), input)) == "ticker: is not a known field");
    // The codec storage and the CLI use is the builtin catalogue's.
    CHECK_THROWS_AS(codecFor(RecordKind::Investor).normalise(input, MapFormat::Json, testClock), Error);
}

TEST_CASE("an added field of the wrong type or breaking its rules is named in the errors", "[catalogue][codec]")
{
    const Catalogue catalogue = withTickerAndFounded();
    QVariantMap input = yazaki();
    input.insert(u"ticker"_s, 7203);
    input.insert(u"founded"_s, u"1941"_s);
    CHECK(describe(errorsOf(catalogue, input)) ==
          "ticker: must be text\nfounded: must be a whole number written without quotes (5, not \"5\")");

    input.insert(u"ticker"_s, u"TOOLONGTICKER"_s);
    input.insert(u"founded"_s, -5);
    input.insert(u"website"_s, u"yazaki"_s);
    CHECK(describe(errorsOf(catalogue, input)) ==
          "website: \"yazaki\" is not a web address starting with http:// or https://\n"
          "ticker: is too long (at most 8 characters)\n"
          "founded: must not be negative");
}

TEST_CASE("an added required field is required", "[catalogue][codec]")
{
    CHECK(describe(errorsOf(withTickerAndFounded(true), yazaki())) == "ticker: is required");
    CHECK(describe(errorsOf(withTickerAndFounded(false), yazaki())).empty());
}
