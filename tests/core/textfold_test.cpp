// The folding rules search matches by: every rule on its own, then the legal forms.
#include "domain/textfold.h"
#include "fixtures.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// The original text findFolded() points at.
QString found(const QString &text, const QString &needle)
{
    const auto span = findFolded(text, needle);
    return span ? text.mid(span->first, span->second) : u"<none>"_s;
}
} // namespace

TEST_CASE("search folding ignores case", "[textfold][search]")
{
    CHECK(foldForSearch(u"YAZAKI"_s) == u"yazaki"_s);
    CHECK(foldForSearch(u"Hassani"_s) == foldForSearch(u"HASSANI"_s));
}

TEST_CASE("search folding ignores accents, Arabic vowel marks included", "[textfold][search]")
{
    CHECK(foldForSearch(u"Hassâni"_s) == u"hassani"_s);
    CHECK(foldForSearch(u"Éric Ouédraogo"_s) == u"eric ouedraogo"_s);
    CHECK(foldForSearch(u"مُحَمَّد"_s) == u"محمد"_s);
}

TEST_CASE("search folding makes full-width and half-width forms ordinary", "[textfold][search]")
{
    CHECK(foldForSearch(u"ＹＡＺＡＫＩ"_s) == u"yazaki"_s);
    CHECK(foldForSearch(u"ｶﾀｶﾅ"_s) == u"かたかな"_s);
    CHECK(foldForSearch(u"ﾔｻﾞｷ"_s) == u"やざき"_s); // the half-width voiced mark joins its kana
    CHECK(foldForSearch(u"（株）"_s) == u"(株)"_s); // nothing but a legal form: kept
}

TEST_CASE("search folding makes katakana hiragana", "[textfold][search]")
{
    CHECK(foldForSearch(u"ヤザキ"_s) == u"やざき"_s);
    CHECK(foldForSearch(u"やざき"_s) == foldForSearch(u"ヤザキ"_s));
}

TEST_CASE("search folding drops Japanese legal forms wherever they stand", "[textfold][search]")
{
    CHECK(foldForSearch(u"矢崎総業株式会社"_s) == u"矢崎総業"_s);
    CHECK(foldForSearch(u"株式会社日進太陽光発電"_s) == u"日進太陽光発電"_s);
    CHECK(foldForSearch(u"(株)日進太陽光発電"_s) == u"日進太陽光発電"_s);
    CHECK(foldForSearch(u"（株）日進太陽光発電"_s) == u"日進太陽光発電"_s);
    CHECK(foldForSearch(u"㈱日進太陽光発電"_s) == u"日進太陽光発電"_s);
    CHECK(foldForSearch(u"有限会社山田商店"_s) == u"山田商店"_s);
}

TEST_CASE("search folding drops Latin legal forms as whole words only", "[textfold][search]")
{
    CHECK(foldForSearch(u"Yazaki Corporation"_s) == u"yazaki"_s);
    CHECK(foldForSearch(u"Yazaki Co., Ltd."_s) == u"yazaki"_s);
    CHECK(foldForSearch(u"Yazaki Co.,Ltd."_s) == u"yazaki"_s);
    CHECK(foldForSearch(u"YAZAKI K.K."_s) == u"yazaki"_s);
    CHECK(foldForSearch(u"Yazaki Kabushiki Kaisha"_s) == u"yazaki"_s);
    CHECK(foldForSearch(u"Rakuten Group, Inc."_s) == u"rakuten group"_s);
    CHECK(foldForSearch(u"Nisshin Solar Power Corp."_s) == u"nisshin solar power"_s);
    // Words that only start like a legal form stay.
    CHECK(foldForSearch(u"Incheon Cooperation Company"_s) == u"incheon cooperation company"_s);
    CHECK(foldForSearch(u"Corporation"_s) == u"corporation"_s);
    CHECK(companyLegalForms().contains(u"株式会社"_s));
    CHECK(companyLegalForms().contains(u"corporation"_s));
}

TEST_CASE("findFolded points at the match in the text as written", "[textfold][search]")
{
    CHECK(found(u"Met Mr Hassâni in Tangier"_s, u"hassani"_s) == u"Hassâni"_s);
    CHECK(found(u"会議：ヤザキ本社"_s, u"やざき"_s) == u"ヤザキ"_s);
    CHECK(found(u"ﾔｻﾞｷ本社"_s, u"やざき"_s) == u"ﾔｻﾞｷ"_s);
    CHECK(found(u"ＹＡＺＡＫＩ Europe"_s, u"yazaki"_s) == u"ＹＡＺＡＫＩ"_s);
    CHECK(found(u"😀 Yazaki"_s, u"yazaki"_s) == u"Yazaki"_s);
    CHECK(found(u"Yazaki"_s, u"sumitomo"_s) == u"<none>"_s);
}
