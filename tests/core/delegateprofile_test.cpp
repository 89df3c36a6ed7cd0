#include "briefingtesttext.h"
#include "documents/delegateprofile.h"
#include "services/sampledata.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
BriefingDocument profileOf(test::TestDatabase &t, const QString &delegateId, const QString &language)
{
    BriefingOptions options;
    options.language = language;
    return DelegateProfile(t.db()).build(delegateId, options);
}
} // namespace

TEST_CASE("a delegate profile gives the career, the stays, the credited deals and their impact", "[briefing][delegate]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const auto hassani = t.store().findIdBy(RecordKind::Delegate, u"latin_family_name"_s, u"Hassani"_s);
    REQUIRE(hassani);

    const BriefingDocument en = profileOf(t, *hassani, u"en"_s);
    CHECK(en.warnings.isEmpty());
    CHECK(en.title == u"Delegate profile – Mohamed Aref Hassani"_s);
    const QString text = test::documentText(en.html);
    CHECK(text.contains(u"Title Head of an aerospace industrial free zone"_s));
    CHECK(text.contains(u"Country Morocco"_s));
    CHECK(text.contains(u"Agency "_s));
    // Career dates as precise as the record knows them, in the document's language.
    CHECK(text.contains(u"March 1991 – June 2009 Chargé de mission, Asia desk"_s));
    CHECK(text.contains(u"2 September 1996 – 20 December 1996 ITPO Tokyo First stay"_s));
    CHECK(text.contains(u"Credited deals"_s));
    CHECK(text.contains(u"Wire-harness plants, Morocco"_s));
    CHECK(text.contains(u"250,000,000.00 USD realised"_s));
    CHECK(text.contains(u"Impact of credited deals"_s));
    CHECK(text.contains(u"Recent timeline"_s));
    CHECK_FALSE(text.contains(u"null"_s));
    CHECK_FALSE(text.contains(u"false"_s));

    const QString ja = test::documentText(profileOf(t, *hassani, u"ja"_s).html);
    CHECK(ja.contains(u"デリゲート・プロフィール"_s));
    CHECK(ja.contains(u"1991年3月 – 2009年6月"_s));
    CHECK(ja.contains(u"1996年9月2日 – 1996年12月20日"_s));
    CHECK(ja.contains(u"貢献した案件"_s));
    CHECK_FALSE(ja.contains(u"Credited deals"_s));
    // The story and the countries are told in the document's language too, not the application's.
    CHECK(ja.contains(u"国 モロッコ"_s));
    CHECK(ja.contains(u"直接雇用（発表）：350"_s));
    CHECK_FALSE(ja.contains(u"Direct jobs"_s));

    const QString fr = test::documentText(profileOf(t, *hassani, u"fr"_s).html);
    CHECK(fr.contains(u"Pays Maroc"_s));
    CHECK(fr.contains(u"Emplois directs (annoncé) : 350"_s));
    CHECK(fr.contains(u"Investissement (annoncé) : 4"_s));
    CHECK_FALSE(fr.contains(u"Capital expenditure"_s));
}

TEST_CASE("a delegate profile with only a name leaves no stray labels; an open stay ends open", "[briefing][delegate]")
{
    test::TestDatabase t;
    const QString id =
        t.store().create(RecordKind::Delegate, {{u"family_name"_s, u"Diallo"_s}, {u"given_name"_s, u"Awa"_s}});
    CHECK(test::documentText(profileOf(t, id, u"en"_s).html) == u"Delegate profile: Awa Diallo Awa Diallo"_s);

    t.store().update(
        RecordKind::Delegate, id,
        {{u"confidential"_s, true}, {u"stays"_s, QVariantList{QVariantMap{{u"start_date"_s, u"2026-04"_s}}}}});
    const BriefingDocument doc = profileOf(t, id, u"en"_s);
    CHECK(doc.confidential);
    const QString text = test::documentText(doc.html);
    CHECK(text.contains(u"Programme stays April 2026 –"_s));
    CHECK_FALSE(text.contains(u"Credited deals"_s));
    CHECK_FALSE(text.contains(u"Impact"_s));
}
