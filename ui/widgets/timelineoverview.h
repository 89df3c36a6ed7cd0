#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QWidget>
#include <optional>
#include <utility>

namespace crm::ui {

// One horizontal lane of the overview: one kind of event (missions, meetings, deals...).
struct OverviewLane
{
    QString label;
    QColor colour;
};

// One event placed in a lane. The caller maps its own timeline types to these, so the widget
// knows nothing of core. A point event has end == start or an invalid end.
struct OverviewItem
{
    int lane = 0;
    QDate start;
    QDate end;
};

// The strip above a delegate's timeline: years along the bottom, one lane per kind of event, so
// that twenty years of involvement read at a glance. Wheel and +/- zoom from decades down to
// weeks; dragging selects a period for the list below to filter on.
class TimelineOverview final : public QWidget
{
    Q_OBJECT

public:
    // today: where the marker line goes (the database clock's day, see setToday()).
    explicit TimelineOverview(const QDate &today, QWidget *parent = nullptr);

    void setLanes(const QList<OverviewLane> &lanes);
    QList<OverviewLane> lanes() const { return m_lanes; }
    // Keeps the visible range: call fitAll() to show everything.
    void setItems(QList<OverviewItem> items);
    // "Today" for the marker line; the caller passes its clock's day.
    void setToday(const QDate &today)
    {
        m_today = today;
        update();
    }

    // The items' range with a small margin, or the last five years when there are none.
    void fitAll();
    // Ordered, and widened or narrowed around its centre to the zoom limits.
    void setVisibleRange(const QDate &from, const QDate &to);
    QDate visibleFrom() const { return m_from; }
    QDate visibleTo() const { return m_to; }
    void zoomIn();
    void zoomOut();

    std::optional<std::pair<QDate, QDate>> selection() const { return m_selection; }
    void clearSelection();

    // Where dates are drawn: visibleFrom() at its left edge, visibleTo() at its right edge, the lanes
    // stacked in it from the top. Public so that callers and tests can map pixels to dates.
    QRect plotArea() const;
    QDate dateAt(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void periodSelected(const QDate &from, const QDate &to);
    void selectionCleared();
    void visibleRangeChanged(const QDate &from, const QDate &to);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    // Per lane and pixel column, how many spans and points fall there: painting walks columns,
    // not items, so ten thousand events cost no more than ten.
    struct LaneDensity
    {
        QList<int> spans;
        QList<int> points;
    };

    void applyRange(qint64 fromDay, qint64 toDay);
    void zoomBy(double factor, double anchorDay);
    void panBy(double fraction);
    double xForDay(double day) const;
    double dayAtX(double x) const;
    int labelColumnWidth() const;
    void rebuildDensity();
    void updateDragSelection(int x);
    void paintLanes(QPainter &painter, const QRect &plot);
    void paintAxis(QPainter &painter, const QRect &plot);

    QList<OverviewLane> m_lanes;
    QList<OverviewItem> m_items;
    QList<LaneDensity> m_density;
    bool m_densityDirty = true;
    QDate m_today;
    QDate m_from;
    QDate m_to;
    std::optional<std::pair<QDate, QDate>> m_selection;
    std::optional<int> m_pressX; // a left-button press that may become a drag
    bool m_dragging = false;
};

} // namespace crm::ui
