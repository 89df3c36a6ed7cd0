#include "sync/hybridclock.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
const QString kOffice = u"0190a1b2-0000-7000-8000-000000000001"_s;
const QString kLaptop = u"0190a1b2-0000-7000-8000-000000000002"_s;
const QString kTablet = u"0190a1b2-0000-7000-8000-000000000003"_s;

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}
} // namespace

TEST_CASE("a replica's timestamps always move forward, even when its clock is set back", "[sync][hlc]")
{
    FixedClock wall(at(u"2026-11-29T10:00:00.000Z"_s));
    HybridClock clock(wall, kOffice);
    const HlcTimestamp first = clock.tick();
    CHECK(first.millis == wall.nowUtc().toMSecsSinceEpoch());
    CHECK(first.counter == 0);
    CHECK(first.replica == kOffice);

    const HlcTimestamp sameMillisecond = clock.tick();
    CHECK(sameMillisecond > first);
    CHECK(sameMillisecond.counter == 1);

    wall.set(at(u"2026-11-29T09:00:00.000Z"_s)); // the laptop's clock corrected by an hour
    const HlcTimestamp afterSetBack = clock.tick();
    CHECK(afterSetBack > sameMillisecond);
    CHECK(afterSetBack.millis == first.millis);

    wall.set(at(u"2026-11-29T10:00:01.000Z"_s));
    const HlcTimestamp later = clock.tick();
    CHECK(later.millis == first.millis + 1000);
    CHECK(later.counter == 0);

    // A new session starts from the last timestamp kept, not from a clock that went back.
    wall.set(at(u"2026-11-28T00:00:00.000Z"_s));
    HybridClock reopened(wall, kOffice, later);
    CHECK(reopened.tick() > later);
}

TEST_CASE("a change made after receiving a peer's comes after it, whatever the clocks say", "[sync][hlc]")
{
    FixedClock officeWall(at(u"2026-11-29T10:00:00.000Z"_s));
    FixedClock laptopWall(at(u"2026-11-29T12:30:00.000Z"_s)); // two and a half hours fast
    HybridClock office(officeWall, kOffice);
    HybridClock laptop(laptopWall, kLaptop);

    const HlcTimestamp fromLaptop = laptop.tick();
    office.receive(fromLaptop);
    const HlcTimestamp reply = office.tick();
    CHECK(reply > fromLaptop);
    CHECK(reply.replica == kOffice);

    // And the other way round, with the slow clock's change received by the fast one.
    const HlcTimestamp fromOffice = office.tick();
    laptop.receive(fromOffice);
    CHECK(laptop.tick() > fromOffice);
}

TEST_CASE("every replica orders two timestamps alike, the replica id breaking a tie", "[sync][hlc]")
{
    const HlcTimestamp a{1764410400000, 3, kOffice};
    const HlcTimestamp b{1764410400000, 3, kLaptop};
    const HlcTimestamp c{1764410400000, 4, kOffice};
    const HlcTimestamp d{1764410400001, 0, kOffice};
    CHECK(a < b);
    CHECK(b < c);
    CHECK(c < d);
    CHECK(a == HlcTimestamp{1764410400000, 3, kOffice});
    // The text form sorts as the timestamps do.
    CHECK(a.toString() < b.toString());
    CHECK(b.toString() < c.toString());
    CHECK(c.toString() < d.toString());
    CHECK(a.toString() == u"0001764410400000-00000003-"_s + kOffice);
}

TEST_CASE("timestamps read back from their text, and text that is not one is refused", "[sync][hlc]")
{
    const HlcTimestamp t{1764410400123, 0xabcdef, kTablet};
    CHECK(HlcTimestamp::fromString(t.toString()) == t);
    for (const QString &bad :
         QStringList{u""_s, u"1764410400123-00abcdef-"_s + kTablet, u"0001764410400123-00ABCDEF-"_s + kTablet,
                     u"0001764410400123-00abcdef-not-a-replica"_s, u"0001764410400123-00abcdef-"_s + kTablet + u" "_s,
                     u"000176441040012x-00abcdef-"_s + kTablet}) {
        INFO(bad.toStdString());
        CHECK_FALSE(HlcTimestamp::fromString(bad));
    }
}

TEST_CASE("three replicas with skewed clocks exchanging at random keep causal order", "[sync][hlc]")
{
    QRandomGenerator random(20261129);
    for (int scenario = 0; scenario < 200; ++scenario) {
        const QDateTime base = at(u"2026-11-29T00:00:00.000Z"_s);
        std::array<FixedClock, 3> walls{FixedClock(base.addSecs(random.bounded(-3600, 3600))),
                                        FixedClock(base.addSecs(random.bounded(-3600, 3600))),
                                        FixedClock(base.addSecs(random.bounded(-3600, 3600)))};
        std::array<HybridClock, 3> clocks{HybridClock(walls[0], kOffice), HybridClock(walls[1], kLaptop),
                                          HybridClock(walls[2], kTablet)};
        std::array<HlcTimestamp, 3> latest{};
        for (int step = 0; step < 50; ++step) {
            const int from = random.bounded(3);
            const int to = random.bounded(3);
            walls[from].advanceSecs(random.bounded(-5, 30)); // clocks drift and are corrected
            const HlcTimestamp sent = clocks[from].tick();
            REQUIRE(sent > latest[from]);
            latest[from] = sent;
            clocks[to].receive(sent);
            const HlcTimestamp answer = clocks[to].tick();
            REQUIRE(answer > sent); // what is done after a change is seen comes after it
            latest[to] = answer;
        }
    }
}
