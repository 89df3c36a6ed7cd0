#include "domain/dateformat.h"
#include "widgets/timelineoverview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>
#include <catch2/catch.hpp>
#include <cmath>

namespace Catch {
template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value) { return value.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

using namespace Qt::StringLiterals;
using namespace crm::ui;

namespace {
const QDate today(2026, 11, 29);
constexpr qint64 minSpanDays = 28;
constexpr qint64 sixtyYears = 21915;

QList<OverviewLane> fourLanes()
{
    return {{u"Missions"_s, QColor(31, 119, 180)},
            {u"Meetings"_s, QColor(255, 127, 14)},
            {u"Deals"_s, QColor(44, 160, 44)},
            {u"Follow-ups"_s, QColor(148, 103, 189)}};
}

qint64 span(const TimelineOverview &overview)
{
    return overview.visibleFrom().daysTo(overview.visibleTo());
}

// The date the visible range puts at x, computed here rather than asked of the widget.
QDate expectedDateAt(const TimelineOverview &overview, int x)
{
    const QRect plot = overview.plotArea();
    const double days = double(x - plot.left()) * double(span(overview)) / plot.width();
    return overview.visibleFrom().addDays(qint64(std::floor(days)));
}

void wheel(QWidget *widget, const QPoint &pos, int angle)
{
    QWheelEvent event(QPointF(pos), QPointF(widget->mapToGlobal(pos)), QPoint(), QPoint(0, angle), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// QTest::mouseMove carries no buttons; a drag needs the left button held.
void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), QPointF(widget->mapToGlobal(to)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

struct Fixture
{
    Fixture()
    {
        overview.setLanes(fourLanes());
        overview.setItems({{0, QDate(1996, 4, 1), QDate(1996, 4, 20)},
                           {1, QDate(2003, 6, 12), {}},
                           {2, QDate(2010, 1, 1), QDate(2014, 12, 31)},
                           {0, QDate(2018, 3, 1), QDate(2018, 3, 9)},
                           {3, QDate(2024, 9, 30), QDate(2024, 9, 30)}});
        overview.resize(800, 120);
        overview.fitAll();
        overview.show();
        REQUIRE(QTest::qWaitForWindowExposed(&overview));
    }

    int laneY(int lane) const
    {
        const QRect plot = overview.plotArea();
        return plot.top() + plot.height() * (2 * lane + 1) / 8;
    }

    TimelineOverview overview{today};
};
} // namespace

TEST_CASE("the overview shows the last five years until fitAll shows its items", "[ui][overview]")
{
    TimelineOverview overview(today);
    overview.fitAll();
    CHECK(overview.visibleFrom() <= today.addYears(-5));
    CHECK(overview.visibleFrom() > today.addYears(-5).addMonths(-3));
    CHECK(overview.visibleTo() >= today);
    CHECK(overview.visibleTo() < today.addMonths(3));

    QSignalSpy changed(&overview, &TimelineOverview::visibleRangeChanged);
    overview.setLanes(fourLanes());
    overview.setItems({{2, QDate(1996, 4, 1), QDate(2001, 1, 1)}, {1, QDate(2024, 9, 30), {}}});
    CHECK(changed.isEmpty()); // new items keep the view
    CHECK(overview.visibleFrom() > today.addYears(-6));

    overview.fitAll();
    REQUIRE(changed.size() == 1);
    // A margin on each side, a few percent of the items' range, not a decade.
    const qint64 itemsSpan = QDate(1996, 4, 1).daysTo(QDate(2024, 9, 30));
    CHECK(overview.visibleFrom().daysTo(QDate(1996, 4, 1)) > 0);
    CHECK(overview.visibleFrom().daysTo(QDate(1996, 4, 1)) <= itemsSpan / 20);
    CHECK(QDate(2024, 9, 30).daysTo(overview.visibleTo()) > 0);
    CHECK(QDate(2024, 9, 30).daysTo(overview.visibleTo()) <= itemsSpan / 20);
    CHECK(changed.constFirst().at(0).toDate() == overview.visibleFrom());
    CHECK(changed.constFirst().at(1).toDate() == overview.visibleTo());
}

TEST_CASE("the overview asks for a strip as tall as its lanes and an axis", "[ui][overview]")
{
    Fixture f;
    CHECK(f.overview.sizeHint().height() == 4 * 18 + 24);
    CHECK(f.overview.minimumSizeHint().height() < f.overview.sizeHint().height());
    CHECK(f.overview.focusPolicy() == Qt::StrongFocus);
    CHECK(f.overview.accessibleName() == u"Timeline overview"_s);
}

TEST_CASE("the wheel zooms around the date under the cursor", "[ui][overview]")
{
    Fixture f;
    const QRect plot = f.overview.plotArea();
    const QPoint cursor(plot.left() + plot.width() / 4, f.laneY(1));
    const qint64 before = span(f.overview);
    const QDate under = f.overview.dateAt(cursor.x());
    QSignalSpy changed(&f.overview, &TimelineOverview::visibleRangeChanged);

    wheel(&f.overview, cursor, 120);
    CHECK(changed.size() == 1);
    CHECK(span(f.overview) == Approx(before * 0.8).margin(2));
    CHECK(std::abs(f.overview.dateAt(cursor.x()).daysTo(under)) <= 2);

    wheel(&f.overview, cursor, -120);
    CHECK(changed.size() == 2);
    CHECK(span(f.overview) == Approx(before).margin(2));
    CHECK(std::abs(f.overview.dateAt(cursor.x()).daysTo(under)) <= 2);

    wheel(&f.overview, cursor, -240); // two notches at once
    CHECK(span(f.overview) == Approx(before / 0.64).margin(3));
}

TEST_CASE("zooming stops at 28 days and at 60 years", "[ui][overview]")
{
    Fixture f;
    const QPoint cursor(f.overview.plotArea().center());
    for (int i = 0; i < 50; ++i) {
        wheel(&f.overview, cursor, 120);
    }
    CHECK(span(f.overview) == minSpanDays);
    for (int i = 0; i < 50; ++i) {
        wheel(&f.overview, cursor, -120);
    }
    CHECK(span(f.overview) <= sixtyYears);
    CHECK(span(f.overview) >= sixtyYears - 2);

    f.overview.setVisibleRange(QDate(2010, 1, 10), QDate(2010, 1, 1)); // reversed and too narrow
    CHECK(span(f.overview) == minSpanDays);
    CHECK(f.overview.visibleFrom() < QDate(2010, 1, 1));
    CHECK(f.overview.visibleTo() > QDate(2010, 1, 10));
    f.overview.setVisibleRange(QDate(1900, 1, 1), QDate(2100, 1, 1));
    CHECK(span(f.overview) == sixtyYears);
    CHECK(f.overview.visibleFrom() > QDate(1960, 1, 1)); // narrowed around the centre
}

TEST_CASE("plus, equals and minus zoom, the arrows pan and Home shows everything", "[ui][overview]")
{
    Fixture f;
    const QDate fitFrom = f.overview.visibleFrom();
    const QDate fitTo = f.overview.visibleTo();
    const qint64 fitted = span(f.overview);

    QTest::keyClick(&f.overview, Qt::Key_Plus);
    CHECK(span(f.overview) == Approx(fitted * 0.8).margin(2));
    QTest::keyClick(&f.overview, Qt::Key_Equal);
    CHECK(span(f.overview) == Approx(fitted * 0.64).margin(2));
    QTest::keyClick(&f.overview, Qt::Key_Minus);
    CHECK(span(f.overview) == Approx(fitted * 0.8).margin(2));

    const QDate from = f.overview.visibleFrom();
    const qint64 zoomed = span(f.overview);
    QTest::keyClick(&f.overview, Qt::Key_Left);
    CHECK(span(f.overview) == zoomed);
    CHECK(f.overview.visibleFrom().daysTo(from) == Approx(zoomed * 0.1).margin(1));
    QTest::keyClick(&f.overview, Qt::Key_Right);
    QTest::keyClick(&f.overview, Qt::Key_Right);
    CHECK(from.daysTo(f.overview.visibleFrom()) == Approx(zoomed * 0.1).margin(1));

    QTest::keyClick(&f.overview, Qt::Key_Home);
    CHECK(f.overview.visibleFrom() == fitFrom);
    CHECK(f.overview.visibleTo() == fitTo);
}

TEST_CASE("dragging selects the period under the mouse, whichever way it goes", "[ui][overview]")
{
    Fixture f;
    QSignalSpy selected(&f.overview, &TimelineOverview::periodSelected);
    const int left = f.overview.plotArea().left();
    const QDate early = expectedDateAt(f.overview, left + 150);
    const QDate late = expectedDateAt(f.overview, left + 400);
    REQUIRE(early.daysTo(late) > 3000); // the two points are far apart in time, so order matters

    drag(&f.overview, QPoint(left + 400, f.laneY(2)), QPoint(left + 150, f.laneY(2)));
    REQUIRE(selected.size() == 1);
    const QDate from = selected.constFirst().at(0).toDate();
    const QDate to = selected.constFirst().at(1).toDate();
    CHECK(std::abs(from.daysTo(early)) <= 1);
    CHECK(std::abs(to.daysTo(late)) <= 1);
    REQUIRE(f.overview.selection().has_value());
    CHECK(f.overview.selection()->first == from);
    CHECK(f.overview.selection()->second == to);

    // Selecting is not navigating: the view stays where it was.
    CHECK(f.overview.visibleFrom() < from);
}

TEST_CASE("a click without a drag selects nothing", "[ui][overview]")
{
    Fixture f;
    QSignalSpy selected(&f.overview, &TimelineOverview::periodSelected);
    const int x = f.overview.plotArea().left() + 300;
    drag(&f.overview, QPoint(x, f.laneY(0)), QPoint(x + 2, f.laneY(0)));
    CHECK(selected.isEmpty());
    CHECK_FALSE(f.overview.selection().has_value());
}

TEST_CASE("Escape and a double-click clear the selection", "[ui][overview]")
{
    Fixture f;
    QSignalSpy cleared(&f.overview, &TimelineOverview::selectionCleared);
    const int left = f.overview.plotArea().left();

    QTest::keyClick(&f.overview, Qt::Key_Escape);
    CHECK(cleared.isEmpty()); // nothing was selected

    drag(&f.overview, QPoint(left + 100, f.laneY(1)), QPoint(left + 300, f.laneY(1)));
    REQUIRE(f.overview.selection().has_value());
    QTest::keyClick(&f.overview, Qt::Key_Escape);
    CHECK(cleared.size() == 1);
    CHECK_FALSE(f.overview.selection().has_value());

    drag(&f.overview, QPoint(left + 100, f.laneY(1)), QPoint(left + 300, f.laneY(1)));
    REQUIRE(f.overview.selection().has_value());
    QTest::mouseDClick(&f.overview, Qt::LeftButton, {}, QPoint(left + 500, f.laneY(1)));
    CHECK(cleared.size() == 2);
    CHECK_FALSE(f.overview.selection().has_value());
}

TEST_CASE("the tooltip names the lane and the date under the cursor", "[ui][overview]")
{
    Fixture f;
    const QPoint pos(f.overview.plotArea().left() + 200, f.laneY(2));
    QHelpEvent help(QEvent::ToolTip, pos, f.overview.mapToGlobal(pos));
    QApplication::sendEvent(&f.overview, &help);
    const QString date = crm::formatDate(expectedDateAt(f.overview, pos.x()));
    CHECK(QToolTip::text().startsWith(u"Deals, "_s));
    CHECK(QToolTip::text().contains(date));
    QToolTip::hideText();
}

TEST_CASE("ten thousand items paint quickly, each in its own lane's colour", "[ui][overview]")
{
    TimelineOverview overview(today);
    QList<OverviewLane> lanes = fourLanes();
    lanes << OverviewLane{u"Nothing here, with a label long enough to be elided"_s, QColor(230, 0, 230)};
    overview.setLanes(lanes);
    QList<OverviewItem> items;
    const QDate first(1996, 1, 1);
    for (int i = 0; i < 10000; ++i) {
        const QDate start = first.addDays((i * 7919) % 10500);
        items << OverviewItem{i % 4, start, i % 2 == 0 ? start.addDays(i % 90) : QDate()};
    }
    overview.setItems(items);
    overview.fitAll();
    overview.resize(800, 5 * 18 + 24);

    // How fast this paints is measured in bench/, not here: tests assert behaviour only.
    const QImage image = overview.grab().toImage();

    const QRect plot = overview.plotArea();
    const int laneHeight = plot.height() / 5;
    const auto pixelsOfHue = [&](int lane, const QColor &colour) {
        int count = 0;
        for (int y = plot.top() + lane * laneHeight; y < plot.top() + (lane + 1) * laneHeight; ++y) {
            for (int x = plot.left(); x <= plot.right(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.hsvSaturation() > 100 && std::abs(pixel.hsvHue() - colour.hsvHue()) <= 6) {
                    ++count;
                }
            }
        }
        return count;
    };
    for (int lane = 0; lane < 4; ++lane) {
        INFO(lanes[lane].label.toStdString());
        CHECK(pixelsOfHue(lane, lanes[lane].colour) > 200);
    }
    CHECK(pixelsOfHue(4, lanes[4].colour) == 0);
    CHECK(pixelsOfHue(0, lanes[1].colour) == 0); // meetings stay out of the missions lane
}
