#pragma once

#include "services/timeline.h"

#include <QAbstractListModel>
#include <QDate>

namespace crm::ui {

// A timeline as one flat list: a header row for each year and each month within it, then the
// events of that month. Events known only to the year come right under their year, before its
// months. The model holds every event of the subject and filters them in memory
// (filterTimeline), so a filter typed over ten thousand events answers at once.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class RowType
    {
        Event,
        YearHeader,
        MonthHeader
    };
    // Qt::DisplayRole is the event's title or the header's text ("2024", "May 2024").
    enum Role
    {
        RowTypeRole = Qt::UserRole + 1, // RowType
        IsHeaderRole,                   // bool
        KindRole,                       // TimelineEventKind; invalid on headers
        KindLabelRole,                  // "Meeting", "Deal stage"
        DateTextRole,                   // "12/05/2024", "March 1991 – June 2009", "since May 2015"
        SpanLengthRole,                 // "18 years", "8 weeks"; empty for points
        SummaryRole,
        RoleTextRole, // the subject's part: credit roles, attendee role
        RecordKindRole,
        RecordIdRole,
        SetbackRole,    // bool: a deal's step back
        OpenSpanRole,   // bool: a span still going on
        EventCountRole, // headers: how many events they head
        StartDateRole,  // QDate: the first day the event (or the header's period) may mean
    };

    // today: the day open spans last until (the database clock's, see setToday()).
    explicit TimelineModel(const QDate &today, QObject *parent = nullptr);

    // Replaces every event; the filter and the order stay.
    void setEvents(QList<TimelineEvent> events);
    const QList<TimelineEvent> &events() const { return m_all; }
    // The events that pass the filter, in the chosen order.
    const QList<TimelineEvent> &visibleEvents() const { return m_visible; }

    // The whole filter at once (one reset), or one part of it.
    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }
    void setKinds(const QSet<TimelineEventKind> &kinds); // empty: all
    void setPeriod(std::optional<QDate> from, std::optional<QDate> to);
    void setFilterText(const QString &text);
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_filter.newestFirst; }

    // Open spans last until this day (the database clock's).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    bool isHeader(int row) const;
    // The event on that row; null for a header or a row out of range. Valid until the next reset.
    const TimelineEvent *eventAt(int row) const;
    // The row showing an event of that record, kind and start, or -1: to find it again after a reload.
    int rowOf(const TimelineEvent &event) const;

    // "March 1991 – June 2009", "since May 2015" or one date, in the locale's words.
    static QString dateText(const TimelineEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        RowType type = RowType::Event;
        int year = 0;
        int month = 0;        // headers of a month
        qsizetype event = -1; // index in m_visible
        int count = 0;        // headers: events under them
    };
    void apply();
    void buildRows();
    QVariant headerRowData(const Row &row, int role) const;
    QVariant eventRowData(const TimelineEvent &event, int role) const;

    QList<TimelineEvent> m_all; // kept in the filter's order, so filtering need not sort
    bool m_folded = false;      // searchText filled in m_all
    QList<TimelineEvent> m_visible;
    QList<Row> m_rows;
    TimelineFilter m_filter;
    QDate m_today;
};

} // namespace crm::ui
