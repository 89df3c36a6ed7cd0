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

TEST_CASE("variant kanji fold to the form officers type", "[textfold][search][kanji]")
{
    // The business cards.
    CHECK(foldForSearch(u"山﨑 髙志"_s) == u"山崎 高志"_s);
    CHECK(foldForSearch(u"髙﨑精工株式会社"_s) == u"高崎精工"_s);
    // Well-known itaiji of Japanese names, each with its common form.
    const QList<std::pair<QString, QString>> pairs{
        {u"渡邊"_s, u"渡辺"_s}, {u"渡邉"_s, u"渡辺"_s}, {u"齋藤"_s, u"斎藤"_s}, {u"濱田"_s, u"浜田"_s},
        {u"澤田"_s, u"沢田"_s}, {u"德永"_s, u"徳永"_s}, {u"嶋田"_s, u"島田"_s}, {u"櫻井"_s, u"桜井"_s},
        {u"廣瀬"_s, u"広瀬"_s}, {u"國分"_s, u"国分"_s}, {u"龍野"_s, u"竜野"_s}, {u"篭橋"_s, u"籠橋"_s},
        {u"冨田"_s, u"富田"_s}, {u"眞鍋"_s, u"真鍋"_s}};
    for (const auto &[variant, common] : pairs) {
        INFO(variant.toStdString() << " / " << common.toStdString());
        CHECK(foldText(variant) == foldText(common));
        CHECK(foldText(variant) == common);
    }
    // Outside the BMP: 𥔎 (U+2550E) is a surrogate pair folding to one unit.
    CHECK(foldText(u"川𥔎"_s) == u"川崎"_s);
    // The compatibility ideographs of U+F900 are NFKD's (U+F9DC 隆 -> 隆), U+FA11 﨑 is the table's.
    CHECK(foldText(u"\uF9DC"_s) == u"隆"_s);
    CHECK(foldText(u"\uFA11"_s) == u"崎"_s);
}

TEST_CASE("distinct kanji stay apart, look-alikes and Chinese simplifications included", "[textfold][search][kanji]")
{
    CHECK(foldText(u"埼玉"_s) != foldText(u"崎玉"_s)); // two Jōyō kanji, both read saki
    CHECK(foldText(u"斉藤"_s) != foldText(u"斎藤"_s)); // 斉 (齊) and 斎 (齋) are two Jōyō kanji
    CHECK(foldText(u"後藤"_s) != foldText(u"后藤"_s)); // 后 is 後 only in simplified Chinese
    CHECK(foldText(u"乾"_s) != foldText(u"干"_s));
    CHECK(foldText(u"士"_s) != foldText(u"土"_s));
    CHECK(foldText(u"高木"_s) == u"高木"_s);
}

TEST_CASE("findFolded points at variant kanji as written, inside and outside the BMP", "[textfold][search][kanji]")
{
    CHECK(found(u"株式会社 髙﨑精工 本社"_s, u"高崎精工"_s) == u"髙﨑精工"_s);
    CHECK(found(u"山﨑 髙志"_s, u"崎 高"_s) == u"﨑 髙"_s);
    CHECK(found(u"川𥔎 工業"_s, u"川崎"_s) == u"川𥔎"_s);
    CHECK(found(u"😀 川𥔎"_s, u"崎"_s) == u"𥔎"_s);
    CHECK(found(u"渡邉 様"_s, u"渡邊"_s) == u"渡邉"_s); // a variant typed finds another variant
}
