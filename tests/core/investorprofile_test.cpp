#include "briefingtesttext.h"
#include "documents/investorprofile.h"
#include "domain/error.h"
#include "services/sampledata.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
BriefingDocument profileOf(test::TestDatabase &t, const QString &investorId, const QString &language)
{
    BriefingOptions options;
    options.language = language;
    return InvestorProfile(t.db()).build(investorId, options);
}
} // namespace

TEST_CASE("an investor profile gives the names, the facts, the contacts, the open deals and the story",
          "[briefing][investor]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const auto yazaki = t.store().findIdBy(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    REQUIRE(yazaki);

    const BriefingDocument en = profileOf(t, *yazaki, u"en"_s);
    CHECK(en.warnings.isEmpty());
    CHECK(en.title == u"Investor profile – 矢崎総業株式会社"_s);
    CHECK_FALSE(en.confidential);
    CHECK(en.footer == u"Investor profile – 矢崎総業株式会社 · Printed 29 November 2026"_s);
    const QString text = test::documentText(en.html);
    CHECK(text.contains(u"矢崎総業株式会社 (やざきそうぎょう) · Yazaki Corporation"_s));
    CHECK(text.contains(u"Sector Automotive"_s));
    CHECK(text.contains(u"Head office Tokyo, Japan"_s));
    // Contacts with their titles; one who retired says when.
    CHECK(text.contains(u"山本 誠 (やまもと まこと) Makoto Yamamoto 部長 (General Manager)"_s));
    CHECK(text.contains(u"Left: 31 March 2008"_s));
    CHECK(text.contains(u"Open deals"_s));
    CHECK(text.contains(u"Wire-harness plants, Morocco"_s));
    CHECK(text.contains(u"250,000,000.00 USD realised"_s));
    CHECK(text.contains(u"Recent history"_s));
    CHECK_FALSE(text.contains(u"Parent company"_s));
    CHECK_FALSE(text.contains(u"null"_s));
    CHECK_FALSE(text.contains(u"false"_s));

    const QString ja = test::documentText(profileOf(t, *yazaki, u"ja"_s).html);
    CHECK(ja.contains(u"企業プロフィール"_s));
    CHECK(ja.contains(u"業種 自動車"_s));
    CHECK(ja.contains(u"担当者"_s));
    CHECK(ja.contains(u"退任: 2008年3月31日"_s));
    CHECK_FALSE(ja.contains(u"Investor profile"_s));
    CHECK_FALSE(ja.contains(u"Head office"_s));
    // The story in Japanese: the impact figures, the stages, a contact leaving, the head office's country.
    CHECK(ja.contains(u"直接雇用（実績）：12,500"_s));
    CHECK(ja.contains(u"Wire-harness plants, Morocco: アフターケア・拡張"_s));
    CHECK(ja.contains(u"山本 誠 退任"_s));
    CHECK(ja.contains(u"本社 Tokyo, 日本"_s));
    // No English word for a figure's status (a follow-up's own title may say "realised").
    CHECK_FALSE(ja.contains(u"Realised"_s));
    CHECK_FALSE(ja.contains(QRegularExpression(u",\\d{3}(\\.\\d\\d)?( [A-Z]{3})? (realised|announced)"_s)));
    CHECK(ja.contains(u"250,000,000.00 USD 実績"_s));
}

TEST_CASE("an investor profile with only a name leaves no stray labels, and a flagged one is confidential",
          "[briefing][investor]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Investor, {{u"name"_s, u"Kaze Motors K.K."_s}});
    BriefingDocument doc = profileOf(t, id, u"en"_s);
    CHECK(test::documentText(doc.html) == u"Investor profile: Kaze Motors K.K. Kaze Motors K.K."_s);

    t.store().update(RecordKind::Investor, id, {{u"confidential"_s, true}});
    doc = profileOf(t, id, u"fr"_s);
    CHECK(doc.confidential);
    CHECK(doc.footer.endsWith(u" · CONFIDENTIEL"_s));
    CHECK_THROWS_AS(profileOf(t, u"no-such-investor"_s, u"en"_s), Error);
}
