// crm::isolate(): right-to-left names inside left-to-right sentences.
#include "domain/bidi.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
const QString fsi = u"\u2068"_s;
const QString pdi = u"\u2069"_s;
} // namespace

TEST_CASE("an Arabic name is wrapped in first-strong and pop directional isolates", "[bidi]")
{
    const QString name = u"محمد حصاني"_s;
    CHECK(isolate(name) == fsi + name + pdi);
    // Composed into a sentence, the bracket, comma and year stay outside the isolate.
    const QString sentence = isolate(name) + u" (AMDIE), 2019"_s;
    CHECK(sentence.startsWith(fsi));
    CHECK(sentence.endsWith(pdi + u" (AMDIE), 2019"_s));
}

TEST_CASE("Latin, Japanese and empty text come back unchanged", "[bidi]")
{
    for (const QString &text : {u"Karim Mansour"_s, u"矢崎総業"_s, u"山田 太郎 (JETRO), 2019"_s, QString(),
                                u"2019-04-01"_s, u"Trung tâm Xúc tiến Đầu tư"_s}) {
        CHECK(isolate(text) == text);
        CHECK_FALSE(hasRightToLeft(text));
    }
}

TEST_CASE("Hebrew, mixed-script names and letters beyond the BMP count as right-to-left", "[bidi]")
{
    CHECK(hasRightToLeft(u"שלום"_s));
    CHECK(hasRightToLeft(u"Karim كريم"_s));
    CHECK(hasRightToLeft(u"\U0001E900"_s)); // ADLAM CAPITAL LETTER ALIF, a surrogate pair
    CHECK(isolate(u"Karim كريم"_s) == fsi + u"Karim كريم"_s + pdi);
}

TEST_CASE("a name isolated once is not isolated again", "[bidi]")
{
    const QString once = isolate(u"كريم منصور"_s);
    CHECK(isolate(once) == once);
    // Two isolates side by side are not one: the whole gets its own pair.
    const QString two = isolate(u"كريم"_s) + u" / "_s + isolate(u"منصور"_s);
    CHECK(isolate(two) == fsi + two + pdi);
}

TEST_CASE("machine-readable outputs get the text without isolates", "[bidi]")
{
    const QString name = u"كريم منصور"_s;
    CHECK(withoutIsolates(isolate(name) + u", 2019"_s) == name + u", 2019"_s);
    CHECK(withoutIsolates(u"\u2066a\u2067b\u2069"_s) == u"ab"_s);
    CHECK(withoutIsolates(u"Karim"_s) == u"Karim"_s);
}
