#include "dialogs/entryinput.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm::ui::entryinput;

TEST_CASE("a mission's places give its time zone only when it is obvious", "[ui][entryinput]")
{
    CHECK(obviousTimeZone({u"Tokyo"_s}) == u"Asia/Tokyo"_s);
    CHECK(obviousTimeZone({u"Ho Chi Minh City"_s, u"Binh Duong"_s}) == u"Asia/Ho_Chi_Minh"_s);
    CHECK(obviousTimeZone({u"Makuhari Messe, Chiba"_s}).isEmpty());
    CHECK(obviousTimeZone({u"Tokyo"_s, u"Cairo"_s}).isEmpty()); // two zones: not obvious
    CHECK(obviousTimeZone({u"Pacific Hotel, Malekula"_s}).isEmpty());
    CHECK(obviousTimeZone({}).isEmpty());
}

TEST_CASE("dates are typed as ISO dates or counted from today", "[ui][entryinput]")
{
    const QDate today(2026, 11, 29);
    CHECK(parseTypedDate(u"2026-12-07"_s, today) == QDate(2026, 12, 7));
    CHECK(parseTypedDate(u"+7"_s, today) == QDate(2026, 12, 6));
    CHECK(parseTypedDate(u"+2w"_s, today) == QDate(2026, 12, 13));
    const auto empty = parseTypedDate(u"  "_s, today);
    REQUIRE(empty);
    CHECK_FALSE(empty->isValid());
    CHECK_FALSE(parseTypedDate(u"next tuesday"_s, today));
    CHECK_FALSE(parseTypedDate(u"2026-02-30"_s, today));
}
