// The similarity rule (domain/similarity.h): which records look like the same one, written once
// for the form's warning, Find Duplicates and the importer.
#include "domain/similarity.h"
#include "fixtures.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
QVariantMap investor(const QString &name, const QVariantMap &more = {})
{
    QVariantMap record = more;
    record.insert(u"name"_s, name);
    return record;
}

QStringList keysOf(RecordKind kind, const QVariantMap &record)
{
    QStringList keys;
    for (const MatchKey &key : matchKeys(kind, record)) {
        keys << key.key;
    }
    return keys;
}

// Whether two records share a key, as the finder and the importer decide it.
bool alike(RecordKind kind, const QVariantMap &a, const QVariantMap &b)
{
    const QStringList mine = keysOf(kind, a);
    const QStringList theirs = keysOf(kind, b);
    return std::any_of(mine.cbegin(), mine.cend(), [&theirs](const QString &key) { return theirs.contains(key); });
}

bool sameInvestorName(const QString &a, const QString &b)
{
    return alike(RecordKind::Investor, investor(a), investor(b));
}
} // namespace

TEST_CASE("names alike: variant kanji are their common form", "[similarity]")
{
    CHECK(nameKey(u"山﨑精機"_s) == nameKey(u"山崎精機"_s));
    CHECK(nameKey(u"髙島屋"_s) == nameKey(u"高島屋"_s));
    CHECK(sameInvestorName(u"山﨑精機"_s, u"山崎精機"_s));
    CHECK_FALSE(sameInvestorName(u"山崎精機"_s, u"川崎精機"_s));
}

TEST_CASE("names alike: katakana, hiragana and half-width kana", "[similarity]")
{
    CHECK(nameKey(u"ヤザキ"_s) == u"やざき"_s);
    CHECK(nameKey(u"ﾔｻﾞｷ"_s) == nameKey(u"やざき"_s));
    CHECK(sameInvestorName(u"ﾔｻﾞｷ"_s, u"ヤザキ"_s));
}

TEST_CASE("names alike: full-width Latin, case and accents", "[similarity]")
{
    CHECK(sameInvestorName(u"ＹＡＺＡＫＩ"_s, u"yazaki"_s));
    CHECK(sameInvestorName(u"Société Générale"_s, u"SOCIETE GENERALE"_s));
}

TEST_CASE("names alike: company legal forms are ignored", "[similarity]")
{
    CHECK(sameInvestorName(u"矢崎総業株式会社"_s, u"矢崎総業"_s));
    CHECK(sameInvestorName(u"矢崎総業(株)"_s, u"矢崎総業株式会社"_s));
    CHECK(sameInvestorName(u"Yazaki Co., Ltd."_s, u"Yazaki Corporation"_s));
    CHECK(sameInvestorName(u"Yazaki Corporation"_s, u"yazaki"_s));
    CHECK_FALSE(sameInvestorName(u"Yazaki Corporation"_s, u"Denso Corporation"_s));
}

TEST_CASE("kana are romanised in Hepburn, so ヤザキ meets Yazaki", "[similarity][kana]")
{
    CHECK(romaniseKana(u"やざき"_s) == u"yazaki"_s);
    CHECK(romaniseKana(u"しんばし"_s) == u"shinbashi"_s);
    CHECK(romaniseKana(u"ちゅうじょう"_s) == u"chujo"_s);
    CHECK(romaniseKana(u"とうきょう"_s) == u"tokyo"_s);
    CHECK(romaniseKana(u"おおさか"_s) == u"osaka"_s);
    CHECK(romaniseKana(u"きって"_s) == u"kitte"_s);
    CHECK(romaniseKana(u"まっちゃ"_s) == u"matcha"_s);
    CHECK(romaniseKana(u"ふぁいる"_s) == u"fairu"_s);
    CHECK(romaniseKana(u"つじ"_s) == u"tsuji"_s);
    CHECK(romaniseKana(u"こーひー"_s) == u"kohi"_s);
    CHECK(romaniseKana(u"abc 矢崎"_s) == u"abc 矢崎"_s); // not kana: as it is
    CHECK(romanisedNameKey(u"ヤザキ"_s) == u"yazaki"_s);
    CHECK(romanisedNameKey(u"Yazaki"_s).isEmpty()); // nothing to romanise
    CHECK(sameInvestorName(u"ヤザキ"_s, u"Yazaki"_s));
    CHECK(sameInvestorName(u"ﾔｻﾞｷ株式会社"_s, u"YAZAKI Corporation"_s));
}

TEST_CASE("an alias of one is the name of the other", "[similarity]")
{
    const QVariantMap yazaki = investor(u"矢崎総業株式会社"_s, {{u"aliases"_s, QVariantList{u"Yazaki"_s, u"矢崎"_s}}});
    CHECK(alike(RecordKind::Investor, investor(u"ヤザキ"_s), yazaki));
    CHECK(alike(RecordKind::Investor, investor(u"矢崎"_s), yazaki));
    CHECK_FALSE(alike(RecordKind::Investor, investor(u"デンソー"_s), yazaki));
    const QList<MatchKey> keys = matchKeys(RecordKind::Investor, yazaki);
    const auto alias =
        std::find_if(keys.cbegin(), keys.cend(), [](const MatchKey &k) { return k.key == u"n:yazaki"_s; });
    REQUIRE(alias != keys.cend());
    CHECK(alias->reason == DuplicateReason::Alias);
    CHECK(alias->value == u"Yazaki"_s);
    // An agency's acronym is an alias too.
    CHECK(alike(RecordKind::Agency, {{u"name"_s, u"AMDIE"_s}}, test::agencyJson()));
}

TEST_CASE("e-mail addresses alike whatever their case", "[similarity]")
{
    CHECK(emailKey(u" Taro.Yamada@Yazaki.CO.JP "_s) == u"taro.yamada@yazaki.co.jp"_s);
    CHECK(emailKey(u"not an address"_s).isEmpty());
    CHECK(alike(RecordKind::Contact, {{u"email"_s, u"TARO@example.jp"_s}}, {{u"email"_s, u"taro@example.jp"_s}}));
}

TEST_CASE("phone numbers in E.164: +81 for a Japanese national number, other codes kept", "[similarity]")
{
    CHECK(phoneKey(u"03-1234-5678"_s) == u"+81312345678"_s);
    CHECK(phoneKey(u"+81 3 1234 5678"_s) == u"+81312345678"_s);
    CHECK(phoneKey(u"+81 (0)3 1234 5678"_s) == u"+81312345678"_s);
    CHECK(phoneKey(u"0081 3 1234 5678"_s) == u"+81312345678"_s);
    CHECK(phoneKey(u"０３−１２３４−５６７８"_s) == u"+81312345678"_s);
    CHECK(phoneKey(u"+1 212 555 0100"_s) == u"+12125550100"_s);
    CHECK(phoneKey(u"001 212 555 0100"_s) == u"+12125550100"_s);
    CHECK(phoneKey(u"+212 5 22 00 00 00"_s) == u"+212522000000"_s);
    CHECK(phoneKey(u"ext. 12"_s).isEmpty());
    CHECK(alike(RecordKind::Contact, {{u"phones"_s, QVariantList{u"090-1111-2222"_s, u"03-1234-5678"_s}}},
                {{u"phones"_s, QVariantList{u"+81 3 1234 5678"_s}}}));
    CHECK_FALSE(alike(RecordKind::Contact, {{u"phones"_s, QVariantList{u"+1 312 345 678"_s}}},
                      {{u"phones"_s, QVariantList{u"03 1234 5678"_s}}}));
}

TEST_CASE("websites alike by domain, without www. and the path", "[similarity]")
{
    CHECK(websiteKey(u"https://www.yazaki.co.jp/en/index.html"_s) == u"yazaki.co.jp"_s);
    CHECK(websiteKey(u"yazaki.co.jp"_s) == u"yazaki.co.jp"_s);
    CHECK(websiteKey(u"HTTP://WWW.Yazaki.co.jp"_s) == u"yazaki.co.jp"_s);
    CHECK(websiteKey(u"localhost"_s).isEmpty());
    CHECK(alike(RecordKind::Investor, investor(u"A"_s, {{u"website"_s, u"https://www.denso.com/jp/ja/"_s}}),
                investor(u"B"_s, {{u"website"_s, u"denso.com"_s}})));
}

TEST_CASE("people alike by their whole name in any script and order, never by a family name alone", "[similarity]")
{
    const QVariantMap yamada{{u"family_name"_s, u"山﨑"_s},
                             {u"given_name"_s, u"太郎"_s},
                             {u"family_name_reading"_s, u"ヤマザキ"_s},
                             {u"given_name_reading"_s, u"タロウ"_s}};
    CHECK(alike(RecordKind::Contact, yamada, {{u"family_name"_s, u"山崎"_s}, {u"given_name"_s, u"太郎"_s}}));
    CHECK(alike(RecordKind::Contact, yamada,
                {{u"latin_family_name"_s, u"Yamazaki"_s}, {u"latin_given_name"_s, u"Taro"_s}}));
    CHECK(alike(RecordKind::Delegate, {{u"family_name"_s, u"Hassani"_s}, {u"given_name"_s, u"Amina"_s}},
                {{u"family_name"_s, u"Amina"_s}, {u"given_name"_s, u"HASSANI"_s}}));
    CHECK_FALSE(alike(RecordKind::Contact, {{u"family_name"_s, u"山崎"_s}}, {{u"family_name"_s, u"山崎"_s}}));
    CHECK_FALSE(alike(RecordKind::Contact, yamada, {{u"family_name"_s, u"山崎"_s}, {u"given_name"_s, u"花子"_s}}));
}

TEST_CASE("kinds without a duplicate check have no keys", "[similarity]")
{
    CHECK(duplicateKinds() ==
          QList<RecordKind>{RecordKind::Investor, RecordKind::Contact, RecordKind::Agency, RecordKind::Delegate});
    CHECK(matchKeys(RecordKind::Meeting, {{u"title"_s, u"Yazaki"_s}}).isEmpty());
}

TEST_CASE("scores: e-mail, phone, website and name high, romanised name and alias lower", "[similarity]")
{
    CHECK(duplicateScore(DuplicateReason::Email) > duplicateScore(DuplicateReason::Phone));
    CHECK(duplicateScore(DuplicateReason::Phone) > duplicateScore(DuplicateReason::Website));
    CHECK(duplicateScore(DuplicateReason::Website) > duplicateScore(DuplicateReason::Name));
    CHECK(duplicateScore(DuplicateReason::Name) > duplicateScore(DuplicateReason::Name, true));
    CHECK(duplicateScore(DuplicateReason::Name, true) > duplicateScore(DuplicateReason::Alias));
    CHECK(combinedScore({80}) == 80);
    CHECK(combinedScore({80, 95}) == 100);
    CHECK(combinedScore({65, 70}) == 75);
    for (DuplicateReason reason : {DuplicateReason::Email, DuplicateReason::Phone, DuplicateReason::Website,
                                   DuplicateReason::Name, DuplicateReason::Alias}) {
        CHECK(duplicateReasonFromCode(duplicateReasonCode(reason)) == reason);
    }
}
