#include "timelineoverview.h"

#include "domain/dateformat.h"
#include "support/themecolours.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr int laneHeightHint = 18;
constexpr int axisHeight = 24;
constexpr int labelPadding = 6;
constexpr int rightMargin = 8; // so the last tick label and the right edge's bar are not cut off
constexpr qint64 minSpanDays = 28;
constexpr qint64 maxSpanDays = 21915; // 60 years of 365.25 days
constexpr double zoomStep = 0.8;      // one wheel notch or key press shows 80% of the range
constexpr double panStep = 0.1;
constexpr int dragThreshold = 4; // pixels: less is a click, not a period

// An axis unit: a step of days (weeks) or of months (months, years, decades), and its shortest
// interval in days, which decides whether its labels fit.
struct TickUnit
{
    int days;
    int months;
    int minDays;
};
constexpr std::array<TickUnit, 4> tickUnits{{{7, 0, 7}, {0, 1, 28}, {0, 12, 365}, {0, 120, 3652}}};

QDate firstTick(const TickUnit &unit, const QDate &from)
{
    if (unit.days > 0) {
        return from.addDays((8 - from.dayOfWeek()) % 7); // the first Monday
    }
    // Months since year 0, rounded up to a whole step: so years start in January, decades in 1990.
    const int month = from.year() * 12 + from.month() - 1 + (from.day() > 1 ? 1 : 0);
    const int aligned = (month + unit.months - 1) / unit.months * unit.months;
    return {aligned / 12, aligned % 12 + 1, 1};
}

QDate nextTick(const TickUnit &unit, const QDate &d)
{
    return unit.days > 0 ? d.addDays(unit.days) : d.addMonths(unit.months);
}

QString tickLabel(const TickUnit &unit, const QDate &d, const QLocale &locale)
{
    if (unit.days > 0) {
        return locale.toString(d, u"d MMM"_s);
    }
    // January carries the year, so a zoomed-in axis still says when it is.
    return d.month() == 1 ? QString::number(d.year()) : locale.monthName(d.month(), QLocale::ShortFormat);
}

// The finest unit whose shortest interval leaves room for its widest label; the painter still
// skips any label that would overlap the one before.
const TickUnit &tickUnitFor(double pixelsPerDay, const QFontMetrics &fm, const QLocale &locale)
{
    for (const TickUnit &unit : tickUnits) {
        int widest = fm.horizontalAdvance(u"0000"_s);
        for (int month = 1; unit.months < 12 && month <= 12; ++month) {
            widest = std::max(widest, fm.horizontalAdvance(tickLabel(unit, QDate(2000, month, 28), locale)));
        }
        if (unit.minDays * pixelsPerDay >= widest + 2 * labelPadding) {
            return unit;
        }
    }
    return tickUnits.back();
}

int anyEvent(int count)
{
    return count > 0 ? 1 : 0;
}

// Where spans overlap, the bar darkens in a few steps, so that busy years stand out.
int overlapLevel(int count)
{
    return count <= 1 ? 0 : count <= 3 ? 1 : count <= 9 ? 2 : 3;
}

// Calls draw(first, past, level) once per run of neighbouring columns with the same non-zero
// level: one rectangle per run, never one per item.
template<class Level, class Draw>
void forEachRun(const QList<int> &counts, int columns, Level level, Draw draw)
{
    for (int first = 0; first < columns;) {
        const int value = level(counts[first]);
        int past = first + 1;
        while (past < columns && level(counts[past]) == value) {
            ++past;
        }
        if (value != 0) {
            draw(first, past, value);
        }
        first = past;
    }
}
} // namespace

TimelineOverview::TimelineOverview(const QDate &today, QWidget *parent) : QWidget(parent), m_today(today)
{
    setObjectName(u"timelineOverview"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline overview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
    fitAll();
}

void TimelineOverview::setLanes(const QList<OverviewLane> &lanes)
{
    m_lanes = lanes;
    m_densityDirty = true;
    updateGeometry();
    update();
}

void TimelineOverview::setItems(QList<OverviewItem> items)
{
    m_items = std::move(items);
    m_densityDirty = true;
    update();
}

void TimelineOverview::fitAll()
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const OverviewItem &item : std::as_const(m_items)) {
        if (item.start.isValid()) {
            const qint64 end = item.end.isValid() ? item.end.toJulianDay() : item.start.toJulianDay();
            first = std::min({first, item.start.toJulianDay(), end});
            last = std::max({last, item.start.toJulianDay(), end});
        }
    }
    if (first > last) {
        first = m_today.addYears(-5).toJulianDay();
        last = m_today.toJulianDay();
    }
    // A margin so that the first and last events do not sit on the edges.
    const qint64 margin = std::max<qint64>(7, (last - first) / 40);
    applyRange(first - margin, last + 1 + margin);
}

void TimelineOverview::setVisibleRange(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid()) {
        applyRange(from.toJulianDay(), to.toJulianDay());
    }
}

void TimelineOverview::zoomIn()
{
    zoomBy(zoomStep, (m_from.toJulianDay() + m_to.toJulianDay()) / 2.0);
}

void TimelineOverview::zoomOut()
{
    zoomBy(1 / zoomStep, (m_from.toJulianDay() + m_to.toJulianDay()) / 2.0);
}

void TimelineOverview::clearSelection()
{
    if (m_selection) {
        m_selection.reset();
        update();
        Q_EMIT selectionCleared();
    }
}

QRect TimelineOverview::plotArea() const
{
    const int left = labelColumnWidth();
    const int lanes = std::max(1, int(m_lanes.size()));
    const int laneHeight = std::max(1, (height() - axisHeight) / lanes);
    return {left, 0, std::max(1, width() - left - rightMargin), laneHeight * lanes};
}

QDate TimelineOverview::dateAt(int x) const
{
    return QDate::fromJulianDay(qint64(std::floor(dayAtX(x))));
}

QSize TimelineOverview::sizeHint() const
{
    return {600, std::max(1, int(m_lanes.size())) * laneHeightHint + axisHeight};
}

QSize TimelineOverview::minimumSizeHint() const
{
    return {200, std::max(1, int(m_lanes.size())) * 8 + axisHeight};
}

void TimelineOverview::applyRange(qint64 fromDay, qint64 toDay)
{
    if (toDay < fromDay) {
        std::swap(fromDay, toDay);
    }
    const qint64 span = std::clamp(toDay - fromDay, minSpanDays, maxSpanDays);
    if (span != toDay - fromDay) {
        fromDay = (fromDay + toDay) / 2 - span / 2;
        toDay = fromDay + span;
    }
    const QDate from = QDate::fromJulianDay(fromDay);
    const QDate to = QDate::fromJulianDay(toDay);
    if (from == m_from && to == m_to) {
        return;
    }
    m_from = from;
    m_to = to;
    m_densityDirty = true;
    update();
    Q_EMIT visibleRangeChanged(m_from, m_to);
}

// Keeps anchorDay at the same pixel, so the wheel zooms into what is under the cursor.
void TimelineOverview::zoomBy(double factor, double anchorDay)
{
    const double from = double(m_from.toJulianDay());
    const double span = double(m_from.daysTo(m_to));
    const double fraction = (anchorDay - from) / span;
    const double newSpan = std::clamp(span * factor, double(minSpanDays), double(maxSpanDays));
    const qint64 newFrom = std::llround(anchorDay - fraction * newSpan);
    applyRange(newFrom, newFrom + std::llround(newSpan));
}

void TimelineOverview::panBy(double fraction)
{
    const qint64 shift = std::llround(double(m_from.daysTo(m_to)) * fraction); // 3 days at least
    applyRange(m_from.toJulianDay() + shift, m_to.toJulianDay() + shift);
}

double TimelineOverview::xForDay(double day) const
{
    const QRect plot = plotArea();
    return plot.left() + (day - double(m_from.toJulianDay())) * plot.width() / double(m_from.daysTo(m_to));
}

double TimelineOverview::dayAtX(double x) const
{
    const QRect plot = plotArea();
    return double(m_from.toJulianDay()) + (x - plot.left()) * double(m_from.daysTo(m_to)) / plot.width();
}

int TimelineOverview::labelColumnWidth() const
{
    int widest = 0;
    for (const OverviewLane &lane : m_lanes) {
        widest = std::max(widest, fontMetrics().horizontalAdvance(lane.label));
    }
    // Long labels are elided rather than allowed to squeeze the dates.
    return widest == 0 ? labelPadding : std::min(widest + 2 * labelPadding, width() / 4);
}

void TimelineOverview::rebuildDensity()
{
    const QRect plot = plotArea();
    const int w = plot.width();
    const qint64 from = m_from.toJulianDay();
    const double pixelsPerDay = w / double(m_from.daysTo(m_to));
    // Spans are counted as +1 at their first column and -1 after their last, then summed: linear
    // in items plus columns, however long the spans are.
    m_density = QList<LaneDensity>(m_lanes.size(), LaneDensity{QList<int>(w + 1, 0), QList<int>(w, 0)});
    for (const OverviewItem &item : std::as_const(m_items)) {
        if (item.lane < 0 || item.lane >= m_lanes.size() || !item.start.isValid()) {
            continue;
        }
        qint64 start = item.start.toJulianDay();
        qint64 end = item.end.isValid() ? item.end.toJulianDay() : start;
        if (end < start) {
            std::swap(start, end);
        }
        const double x0 = double(start - from) * pixelsPerDay;
        const double x1 = double(end + 1 - from) * pixelsPerDay; // a day ends where the next begins
        if (x1 < 0 || x0 >= w) {
            continue;
        }
        LaneDensity &lane = m_density[item.lane];
        if (start == end) {
            lane.points[std::clamp(int(std::floor((x0 + x1) / 2)), 0, w - 1)] += 1;
        } else {
            const int first = int(std::floor(x0));
            const int past = std::max(first + 2, int(std::ceil(x1))); // at least 2 px, or it vanishes
            lane.spans[std::max(first, 0)] += 1;
            lane.spans[std::min(past, w)] -= 1;
        }
    }
    for (LaneDensity &lane : m_density) {
        std::partial_sum(lane.spans.begin(), lane.spans.end(), lane.spans.begin());
    }
    m_densityDirty = false;
}

void TimelineOverview::updateDragSelection(int x)
{
    const QRect plot = plotArea();
    const int a = std::clamp(std::min(*m_pressX, x), plot.left(), plot.right());
    const int b = std::clamp(std::max(*m_pressX, x), plot.left(), plot.right());
    m_selection = std::pair{dateAt(a), dateAt(b)};
    update();
}

bool TimelineOverview::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip) {
        return QWidget::event(event);
    }
    const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
    const QRect plot = plotArea();
    if (!plot.contains(pos) || m_lanes.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    if (m_densityDirty) {
        rebuildDensity();
    }
    const int lane = std::min(int(m_lanes.size()) - 1, (pos.y() - plot.top()) / (plot.height() / int(m_lanes.size())));
    const int column = pos.x() - plot.left();
    const int count = m_density[lane].spans[column] + m_density[lane].points[column];
    const QString date = formatDate(dateAt(pos.x()));
    QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                       tr("%1, %2\n%n event(s)", nullptr, count).arg(m_lanes[lane].label, date), this);
    return true;
}

void TimelineOverview::paintEvent(QPaintEvent *)
{
    if (m_densityDirty) {
        rebuildDensity();
    }
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRect plot = plotArea();
    paintLanes(painter, plot);
    paintAxis(painter, plot);
    if (m_selection) {
        const double x0 = xForDay(double(m_selection->first.toJulianDay()));
        const double x1 = xForDay(double(m_selection->second.toJulianDay() + 1));
        QColor shade = palette().color(QPalette::Highlight);
        shade.setAlpha(70);
        painter.fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()).intersected(plot), shade);
    }
    if (m_today >= m_from && m_today <= m_to) {
        const int x = int(std::lround(xForDay(m_today.toJulianDay() + 0.5)));
        painter.setPen(QPen(toneColour(Tone::Error, palette().color(QPalette::Base), palette()), 1));
        painter.drawLine(x, plot.top(), x, plot.bottom() + 4);
    }
}

void TimelineOverview::paintLanes(QPainter &painter, const QRect &plot)
{
    if (m_lanes.isEmpty()) {
        painter.fillRect(plot, palette().base());
        return;
    }
    const int laneHeight = plot.height() / int(m_lanes.size());
    const int barHeight = std::clamp(laneHeight / 2, 4, 10);
    const int w = plot.width();
    const QFontMetrics fm = fontMetrics();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_lanes.size(); ++i) {
        const OverviewLane &lane = m_lanes[i];
        const QColor colour = readableOn(lane.colour, palette().color(QPalette::Base)); // lighter in a dark theme
        const QRect row(0, plot.top() + i * laneHeight, width(), laneHeight);
        painter.fillRect(row, i % 2 == 0 ? palette().base() : palette().alternateBase());
        const QRect labelRect(labelPadding, row.top(), plot.left() - 2 * labelPadding, laneHeight);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                         fm.elidedText(lane.label, Qt::ElideRight, labelRect.width()));

        const LaneDensity &density = m_density[i];
        const double barTop = row.top() + (laneHeight - barHeight) / 2.0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        forEachRun(density.spans, w, anyEvent, [&](int first, int past, int) {
            painter.drawRoundedRect(QRectF(plot.left() + first, barTop, past - first, barHeight), 2, 2);
        });
        forEachRun(density.spans, w, overlapLevel, [&](int first, int past, int level) {
            painter.fillRect(QRectF(plot.left() + first, barTop + 1, past - first, barHeight - 2),
                             colour.darker(100 + 25 * level));
        });
        // Points are ticks taller than the bars, so a meeting inside a mission still shows.
        forEachRun(density.points, w, anyEvent, [&](int first, int past, int) {
            painter.fillRect(QRectF(plot.left() + first, row.top() + 3, std::max(2, past - first), laneHeight - 6),
                             colour.darker(140));
        });
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineOverview::paintAxis(QPainter &painter, const QRect &plot)
{
    const QLocale locale;
    const QFontMetrics fm = fontMetrics();
    const int axisTop = plot.bottom() + 1;
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.left(), axisTop, plot.right(), axisTop);

    const TickUnit &unit = tickUnitFor(plot.width() / double(m_from.daysTo(m_to)), fm, locale);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(60);
    int lastRight = std::numeric_limits<int>::min();
    for (QDate d = firstTick(unit, m_from); d <= m_to; d = nextTick(unit, d)) {
        const int x = int(std::lround(xForDay(double(d.toJulianDay()))));
        painter.setPen(grid);
        painter.drawLine(x, plot.top(), x, plot.bottom());
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(x, axisTop, x, axisTop + 4);
        const QString label = tickLabel(unit, d, locale);
        const int labelLeft = x + 3;
        const int labelRight = labelLeft + fm.horizontalAdvance(label);
        if (labelLeft >= lastRight + labelPadding && labelRight <= width()) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(labelLeft, axisTop + 4 + fm.ascent(), label);
            lastRight = labelRight;
        }
    }
}

void TimelineOverview::resizeEvent(QResizeEvent *event)
{
    m_densityDirty = true; // the columns changed
    QWidget::resizeEvent(event);
}

void TimelineOverview::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const int steps = delta.y() != 0 ? delta.y() : delta.x(); // eighths of a degree; 120 per notch
    if (steps == 0) {
        event->ignore();
        return;
    }
    const QRect plot = plotArea();
    const double x = std::clamp(event->position().x(), double(plot.left()), double(plot.right()));
    zoomBy(std::pow(zoomStep, steps / 120.0), dayAtX(x)); // fractional steps for touchpads
    event->accept();
}

void TimelineOverview::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: // the + key without Shift on most layouts
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(-panStep);
        break;
    case Qt::Key_Right:
        panBy(panStep);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Escape:
        if (!m_selection) { // let a dialog around us close
            QWidget::keyPressEvent(event);
            return;
        }
        clearSelection();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressX = int(event->position().x());
    m_dragging = false;
}

void TimelineOverview::mouseMoveEvent(QMouseEvent *event)
{
    // Not event->buttons(): the press we saw is what makes this a drag.
    if (!m_pressX) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    const int x = int(event->position().x());
    m_dragging = m_dragging || std::abs(x - *m_pressX) >= dragThreshold;
    if (m_dragging) {
        updateDragSelection(x);
    }
}

void TimelineOverview::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressX) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const int x = int(event->position().x());
    if (m_dragging || std::abs(x - *m_pressX) >= dragThreshold) {
        updateDragSelection(x);
        Q_EMIT periodSelected(m_selection->first, m_selection->second);
    }
    m_pressX.reset();
    m_dragging = false;
}

void TimelineOverview::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        clearSelection();
    }
    event->accept();
}

} // namespace crm::ui
