#include "timelinemodel.h"

#include "documents/timelineexport.h"
#include "support/timelinestyle.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
TimelineFilter orderOnly(bool newestFirst)
{
    TimelineFilter filter;
    filter.newestFirst = newestFirst;
    return filter;
}
} // namespace

TimelineModel::TimelineModel(const QDate &today, QObject *parent) : QAbstractListModel(parent), m_today(today) {}

void TimelineModel::setEvents(QList<TimelineEvent> events)
{
    m_all = filterTimeline(events, orderOnly(m_filter.newestFirst));
    m_folded = false;
    apply();
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    const bool reorder = filter.newestFirst != m_filter.newestFirst;
    m_filter = filter;
    if (reorder) {
        m_all = filterTimeline(m_all, orderOnly(m_filter.newestFirst));
    }
    apply();
}

void TimelineModel::setKinds(const QSet<TimelineEventKind> &kinds)
{
    if (kinds != m_filter.kinds) {
        TimelineFilter filter = m_filter;
        filter.kinds = kinds;
        setFilter(filter);
    }
}

void TimelineModel::setPeriod(std::optional<QDate> from, std::optional<QDate> to)
{
    if (from && !from->isValid()) {
        from.reset();
    }
    if (to && !to->isValid()) {
        to.reset();
    }
    if (from != m_filter.from || to != m_filter.to) {
        TimelineFilter filter = m_filter;
        filter.from = from;
        filter.to = to;
        setFilter(filter);
    }
}

void TimelineModel::setFilterText(const QString &text)
{
    if (text != m_filter.text) {
        TimelineFilter filter = m_filter;
        filter.text = text;
        setFilter(filter);
    }
}

void TimelineModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst != m_filter.newestFirst) {
        TimelineFilter filter = m_filter;
        filter.newestFirst = newestFirst;
        setFilter(filter);
    }
}

void TimelineModel::setToday(const QDate &today)
{
    if (today.isValid() && today != m_today) {
        m_today = today;
        if (!m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size() - 1)), {SpanLengthRole, Qt::ToolTipRole});
        }
    }
}

void TimelineModel::apply()
{
    // Folded once, on the first text typed, not per keystroke; not at all when nobody filters
    // (folding 10,000 events is a fifth of showing them).
    if (!m_folded && !m_filter.text.trimmed().isEmpty()) {
        for (TimelineEvent &e : m_all) {
            if (e.searchText.isEmpty()) {
                e.searchText = timelineSearchText(e);
            }
        }
        m_folded = true;
    }
    beginResetModel();
    m_visible = filterTimeline(m_all, m_filter);
    buildRows();
    endResetModel();
}

void TimelineModel::buildRows()
{
    m_rows.clear();
    m_rows.reserve(m_visible.size() + m_visible.size() / 4 + 16);
    qsizetype i = 0;
    while (i < m_visible.size()) {
        const int year = m_visible.at(i).start.first().year();
        qsizetype end = i;
        while (end < m_visible.size() && m_visible.at(end).start.first().year() == year) {
            ++end;
        }
        m_rows.append(Row{RowType::YearHeader, year, 0, -1, static_cast<int>(end - i)});
        // What is known only to the year belongs to no month: it comes first, under the year.
        for (qsizetype e = i; e < end; ++e) {
            if (m_visible.at(e).start.precision() == PartialDate::Precision::Year) {
                m_rows.append(Row{RowType::Event, year, 0, e, 0});
            }
        }
        qsizetype monthHeader = -1;
        for (qsizetype e = i; e < end; ++e) {
            const PartialDate &start = m_visible.at(e).start;
            if (start.precision() == PartialDate::Precision::Year) {
                continue;
            }
            const int month = start.first().month();
            if (monthHeader < 0 || m_rows.at(monthHeader).month != month) {
                monthHeader = m_rows.size();
                m_rows.append(Row{RowType::MonthHeader, year, month, -1, 0});
            }
            ++m_rows[monthHeader].count;
            m_rows.append(Row{RowType::Event, year, month, e, 0});
        }
        i = end;
    }
}

bool TimelineModel::isHeader(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).type != RowType::Event;
}

const TimelineEvent *TimelineModel::eventAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).type != RowType::Event) {
        return nullptr;
    }
    return &m_visible.at(m_rows.at(row).event);
}

int TimelineModel::rowOf(const TimelineEvent &event) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (const TimelineEvent *e = eventAt(static_cast<int>(row));
            e && e->kind == event.kind && e->recordId == event.recordId && e->start == event.start &&
            e->title == event.title) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

QString TimelineModel::dateText(const TimelineEvent &event)
{
    const QLocale locale;
    const QString start = event.start.toDisplay(locale);
    if (!event.isSpan()) {
        return start;
    }
    if (!event.end) {
        return tr("since %1", "an open span: a current position").arg(start);
    }
    if (*event.end == event.start) {
        return start;
    }
    return tr("%1 – %2", "a span from a date to a date").arg(start, event.end->toDisplay(locale));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    // Views ask about the root too: no warning for it, unlike for a stale index.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    // Headers are not for choosing: the keyboard and the mouse pass over them.
    if (m_rows.at(index.row()).type != RowType::Event) {
        return Qt::ItemNeverHasChildren;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case RowTypeRole:
        return QVariant::fromValue(row.type);
    case IsHeaderRole:
        return row.type != RowType::Event;
    default:
        break;
    }
    return row.type == RowType::Event ? eventRowData(m_visible.at(row.event), role) : headerRowData(row, role);
}

QVariant TimelineModel::headerRowData(const Row &row, int role) const
{
    const bool isYear = row.type == RowType::YearHeader;
    switch (role) {
    case Qt::DisplayRole:
        return isYear ? PartialDate::ofYear(row.year).toDisplay()
                      : PartialDate::ofMonth(row.year, row.month).toDisplay();
    case Qt::AccessibleTextRole:
        return tr("%1, %n event(s)", nullptr, row.count)
            .arg(isYear ? PartialDate::ofYear(row.year).toDisplay()
                        : PartialDate::ofMonth(row.year, row.month).toDisplay());
    case EventCountRole:
        return row.count;
    case StartDateRole:
        return QDate(row.year, isYear ? 1 : row.month, 1);
    default:
        return {};
    }
}

QVariant TimelineModel::eventRowData(const TimelineEvent &event, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return event.title;
    case Qt::DecorationRole:
        return timelineKindIcon(event.kind);
    case Qt::ToolTipRole: {
        QString when = dateText(event);
        const QString length = timelineSpanText(event, m_today);
        if (!length.isEmpty()) {
            when = tr("%1 (%2)", "dates (how long)").arg(when, length);
        }
        QStringList lines{u"<b>"_s + timelineKindLabel(event.kind).toHtmlEscaped() + u"</b> · "_s +
                              when.toHtmlEscaped(),
                          event.title.toHtmlEscaped()};
        if (!event.role.isEmpty()) {
            lines << u"<i>"_s + event.role.toHtmlEscaped() + u"</i>"_s;
        }
        if (!event.summary.isEmpty()) {
            constexpr qsizetype longest = 600;
            const QString summary =
                event.summary.size() > longest ? event.summary.left(longest) + u'\u2026' : event.summary;
            lines << summary.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        }
        return lines.join(u"<br>"_s);
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(timelineKindLabel(event.kind), dateText(event), event.title);
    case KindRole:
        return QVariant::fromValue(event.kind);
    case KindLabelRole:
        return timelineKindLabel(event.kind);
    case DateTextRole:
        return dateText(event);
    case SpanLengthRole:
        return timelineSpanText(event, m_today);
    case SummaryRole:
        return event.summary;
    case RoleTextRole:
        return event.role;
    case RecordKindRole:
        return QVariant::fromValue(event.recordKind);
    case RecordIdRole:
        return event.recordId;
    case SetbackRole:
        return event.setback;
    case OpenSpanRole:
        return event.isOpen();
    case StartDateRole:
        return event.start.first();
    default:
        return {};
    }
}

} // namespace crm::ui
