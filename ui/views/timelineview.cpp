#include "timelineview.h"

#include "databasesession.h"
#include "domain/error.h"
#include "forms/dateedit.h"
#include "models/timelinemodel.h"
#include "support/icons.h"
#include "support/texttone.h"
#include "support/timelinestyle.h"
#include "timelinedelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
const QSet<TimelineEventKind> &dealKinds()
{
    static const QSet<TimelineEventKind> kinds{TimelineEventKind::StageChange, TimelineEventKind::Impact};
    return kinds;
}

// Headers cannot be chosen, and QListView does not move onto them: Home, Page Up and Page Down,
// which would land on one, go to the nearest event below it instead (a header heads its events).
class TimelineList final : public QListView
{
public:
    using QListView::QListView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        const QModelIndex target = QListView::moveCursor(action, modifiers);
        const auto *timeline = qobject_cast<const TimelineModel *>(model());
        if (!timeline || !target.isValid() || !timeline->isHeader(target.row())) {
            return target;
        }
        for (int row = target.row() + 1; row < timeline->rowCount(); ++row) {
            if (!timeline->isHeader(row)) {
                return timeline->index(row);
            }
        }
        return currentIndex();
    }
};

std::optional<QDate> typedDate(const DateEdit *edit)
{
    const QDate date = parseTypedDate(edit->text());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}
} // namespace

TimelineView::TimelineView(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new TimelineModel(session.clock().today(), this)),
      m_delegate(new TimelineDelegate(this)), m_filter(new QLineEdit(this)), m_kindsButton(new QPushButton(this)),
      m_kindsMenu(new QMenu(this)), m_from(new DateEdit(this)), m_to(new DateEdit(this)),
      m_newestFirst(new QToolButton(this)), m_addButton(new QPushButton(this)), m_count(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_list(new TimelineList(this)), m_empty(new QLabel(this))
{
    setObjectName(u"timelineView"_s);
    m_model->setObjectName(u"timelineModel"_s);

    m_list->setObjectName(u"timelineList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    m_list->setAccessibleName(tr("Timeline"));
    connect(m_list, &QListView::activated, this, &TimelineView::activate);

    m_empty->setObjectName(u"timelineEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    // In the list's frame and colours, so the pane does not jump when the filter empties it.
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_empty->setBackgroundRole(QPalette::Base);
    m_empty->setAutoFillBackground(true);
    setTextTone(m_empty, Tone::Muted);
    m_stack->setObjectName(u"timelineStack"_s);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    m_count->setObjectName(u"timelineCount"_s);
    setTextTone(m_count, Tone::Muted);

    createFilterRow();

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &TimelineView::rememberPlace);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::restorePlace);
    connect(&m_session, &DatabaseSession::recordsChanged, this, &TimelineView::reload);
    // The subject belongs to the database that was open: another file has other records.
    connect(&m_session, &DatabaseSession::databaseChanged, this, &TimelineView::clear);
    updateState();
}

void TimelineView::createFilterRow()
{
    m_filter->setObjectName(u"timelineFilter"_s);
    m_filter->setPlaceholderText(tr("Filter the timeline…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the timeline"));
    connect(m_filter, &QLineEdit::textChanged, m_model, &TimelineModel::setFilterText);

    createKindMenu();

    m_newestFirst->setObjectName(u"timelineNewestFirst"_s);
    // A button that says the order shown and reverses it: a checked "Newest first" looked pressed.
    m_newestFirst->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_newestFirst, &QToolButton::clicked, this, [this] { setNewestFirst(!m_model->newestFirst()); });
    updateOrderButton();

    createAddMenu();

    m_from->setObjectName(u"timelineFrom"_s);
    m_to->setObjectName(u"timelineTo"_s);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_from->setToolTip(tr("Events on or after this day"));
    m_to->setToolTip(tr("Events on or before this day"));
    connect(m_from, &DateEdit::valueEdited, this, &TimelineView::onPeriodEdited);
    connect(m_to, &DateEdit::valueEdited, this, &TimelineView::onPeriodEdited);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);

    m_toolRow = new QHBoxLayout;
    m_toolRow->setObjectName(u"timelineToolLayout"_s);
    m_toolRow->addWidget(m_filter, 1);
    m_toolRow->addWidget(m_kindsButton);
    m_toolRow->addWidget(m_newestFirst);
    m_toolRow->addWidget(m_addButton);
    auto *period = new QHBoxLayout;
    period->setObjectName(u"timelinePeriodLayout"_s);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addSpacing(6);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    period->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"timelineLayout"_s);
    layout->addLayout(m_toolRow);
    layout->addLayout(period);
    layout->addWidget(m_stack, 1);
}

void TimelineView::createKindMenu()
{
    m_kindsButton->setObjectName(u"timelineKinds"_s);
    m_kindsButton->setToolTip(tr("Show only some kinds of events"));
    m_kindsButton->setMenu(m_kindsMenu);
    m_kindsMenu->setObjectName(u"timelineKindsMenu"_s);
    m_allKindsAction = m_kindsMenu->addAction(tr("&All Kinds"), this, [this] { setKinds({}); });
    m_allKindsAction->setObjectName(u"timelineAllKinds"_s);
    m_dealsOnlyAction = m_kindsMenu->addAction(tr("&Deals Only"), this, &TimelineView::showDealsOnly);
    m_dealsOnlyAction->setObjectName(u"timelineDealsOnly"_s);
    m_dealsOnlyAction->setToolTip(tr("Deal stage changes and impact figures"));
    m_kindsMenu->addSeparator();
    for (TimelineEventKind kind : timelineKinds()) {
        QAction *action = m_kindsMenu->addAction(timelineKindIcon(kind), timelineKindLabel(kind));
        action->setObjectName(u"timelineKind_"_s + timelineKindName(kind));
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, action] { onKindToggled(action); });
        m_kindActions.insert(kind, action);
    }
    // Ticking several kinds should not take several trips to the menu: a click on a kind keeps it open.
    m_kindsMenu->installEventFilter(this);
    updateKindButton();
}

void TimelineView::createAddMenu()
{
    m_addButton->setObjectName(u"timelineAdd"_s);
    m_addButton->setText(tr("Add"));
    m_addButton->setIcon(icon(u"new"_s));
    m_addButton->setToolTip(tr("Add a note, a follow-up or a meeting about this record"));
    auto *menu = new QMenu(m_addButton);
    menu->setObjectName(u"timelineAddMenu"_s);
    const struct
    {
        RecordKind kind;
        const char *name;
        QString text;
        const char *icon;
    } adds[] = {
        {RecordKind::Note, "timelineAddNote", tr("Add &Note…"), "note"},
        {RecordKind::FollowUp, "timelineAddFollowUp", tr("Add &Follow-up…"), "followup"},
        {RecordKind::Meeting, "timelineAddMeeting", tr("Add &Meeting…"), "meeting"},
    };
    for (const auto &add : adds) {
        QAction *action = menu->addAction(icon(QString::fromLatin1(add.icon)), add.text);
        action->setObjectName(QString::fromLatin1(add.name));
        const RecordKind kind = add.kind;
        connect(action, &QAction::triggered, this, [this, kind] { Q_EMIT addRequested(kind); });
    }
    m_addButton->setMenu(menu);
}

void TimelineView::showDelegate(const QString &id)
{
    showRecord(RecordKind::Delegate, id);
}

void TimelineView::showInvestor(const QString &id)
{
    showRecord(RecordKind::Investor, id);
}

void TimelineView::showDeal(const QString &id)
{
    showRecord(RecordKind::Deal, id);
}

void TimelineView::showRecord(RecordKind kind, const QString &id)
{
    const bool hasTimeline = kind == RecordKind::Delegate || kind == RecordKind::Investor || kind == RecordKind::Deal;
    if (!hasTimeline || id.isEmpty()) {
        clear();
        return;
    }
    const bool other = m_subjectKind != kind || m_subjectId != id;
    m_subjectKind = kind;
    m_subjectId = id;
    if (other) {
        m_keptEvent.reset(); // a new story starts at its top
    }
    load(!other);
}

void TimelineView::clear()
{
    m_subjectKind.reset();
    m_subjectId.clear();
    m_keptEvent.reset();
    m_model->setEvents({});
    Q_EMIT eventsChanged();
}

void TimelineView::reload()
{
    load(true);
}

void TimelineView::load(bool keepPlace)
{
    if (!m_subjectKind) {
        return;
    }
    QList<TimelineEvent> events;
    if (Database *db = m_session.database()) {
        m_model->setToday(db->clock().today());
        // Names isolated, so that an Arabic name does not reorder the commas and years around it.
        TimelineWording wording = TimelineWording::application();
        wording.isolateNames = true;
        const Timeline timeline(*db, wording);
        try {
            switch (*m_subjectKind) {
            case RecordKind::Delegate:
                events = timeline.forDelegate(m_subjectId);
                break;
            case RecordKind::Investor:
                events = timeline.forInvestor(m_subjectId);
                break;
            case RecordKind::Deal:
                events = timeline.forDeal(m_subjectId);
                break;
            default:
                break;
            }
        } catch (const Error &error) {
            events.clear(); // never part of a story as if it were all of it
            m_session.reportReadFailure(error);
        }
    }
    m_reloading = keepPlace;
    m_model->setEvents(std::move(events));
    m_reloading = false;
    Q_EMIT eventsChanged();
}

void TimelineView::setPeriod(std::optional<QDate> from, std::optional<QDate> to)
{
    m_from->setValue(from && from->isValid() ? QVariant(from->toString(Qt::ISODate)) : QVariant());
    m_to->setValue(to && to->isValid() ? QVariant(to->toString(Qt::ISODate)) : QVariant());
    m_model->setPeriod(from, to);
}

void TimelineView::onPeriodEdited()
{
    // While a date is half typed, the period it replaces stays; an emptied field drops its bound.
    const std::optional<QDate> from = typedDate(m_from);
    const std::optional<QDate> to = typedDate(m_to);
    if ((!from && !m_from->text().trimmed().isEmpty()) || (!to && !m_to->text().trimmed().isEmpty())) {
        return;
    }
    m_model->setPeriod(from, to);
    Q_EMIT periodEdited(from, to);
}

void TimelineView::setKinds(const QSet<TimelineEventKind> &kinds)
{
    for (auto it = m_kindActions.cbegin(); it != m_kindActions.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(kinds.isEmpty() || kinds.contains(it.key()));
    }
    m_model->setKinds(kinds.size() == m_kindActions.size() ? QSet<TimelineEventKind>() : kinds);
    updateKindButton();
}

void TimelineView::showDealsOnly()
{
    setKinds(dealKinds());
}

void TimelineView::onKindToggled(QAction *toggled)
{
    QSet<TimelineEventKind> kinds;
    for (auto it = m_kindActions.cbegin(); it != m_kindActions.cend(); ++it) {
        if (it.value()->isChecked()) {
            kinds.insert(it.key());
        }
    }
    if (kinds.isEmpty()) {
        // No kind at all would show nothing and look broken: the last one stays ticked.
        const QSignalBlocker blocker(toggled);
        toggled->setChecked(true);
        return;
    }
    setKinds(kinds);
}

void TimelineView::setFilterText(const QString &text)
{
    m_filter->setText(text); // textChanged filters
}

void TimelineView::setNewestFirst(bool newestFirst)
{
    m_model->setNewestFirst(newestFirst);
    updateOrderButton();
}

void TimelineView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TimelineView::addToolWidget(QWidget *widget)
{
    m_toolRow->addWidget(widget);
}

QList<TimelineEvent> TimelineView::events() const
{
    if (m_model->newestFirst()) {
        return m_model->events();
    }
    QList<TimelineEvent> all = m_model->events();
    std::reverse(all.begin(), all.end());
    return all;
}

QList<TimelineEvent> TimelineView::visibleEvents() const
{
    return m_model->visibleEvents();
}

void TimelineView::updateKindButton()
{
    const QSet<TimelineEventKind> &kinds = m_model->filter().kinds;
    QString text;
    if (kinds.isEmpty()) {
        text = tr("All kinds");
    } else if (kinds == dealKinds()) {
        text = tr("Deals only");
    } else if (kinds.size() == 1) {
        text = timelineKindLabel(*kinds.cbegin());
    } else {
        text = tr("%n kind(s)", nullptr, static_cast<int>(kinds.size()));
    }
    m_kindsButton->setText(text);
    m_kindsButton->setAccessibleName(tr("Kinds shown: %1").arg(text));
}

void TimelineView::updateOrderButton()
{
    const bool newest = m_model->newestFirst();
    m_newestFirst->setText(newest ? tr("Newest first") : tr("Oldest first"));
    m_newestFirst->setToolTip(newest ? tr("Newest events at the top; click for the oldest first")
                                     : tr("Oldest events at the top; click for the newest first"));
}

void TimelineView::updateState()
{
    const qsizetype all = m_model->events().size();
    const qsizetype shown = m_model->visibleEvents().size();
    if (!m_subjectKind) {
        m_empty->setText(tr("Choose a delegate, an investor or a deal to see its timeline."));
    } else if (all == 0) {
        m_empty->setText(tr("Nothing recorded yet"));
    } else {
        m_empty->setText(tr("No events match the filter"));
    }
    m_stack->setCurrentWidget(shown > 0 ? static_cast<QWidget *>(m_list) : m_empty);
    if (!m_subjectKind) {
        m_count->clear();
    } else if (shown == all) {
        m_count->setText(tr("%n event(s)", nullptr, static_cast<int>(all)));
    } else {
        m_count->setText(tr("%1 of %n event(s)", nullptr, static_cast<int>(all)).arg(shown));
    }
    m_addButton->setEnabled(m_subjectKind.has_value() && !m_session.isReadOnly());
}

void TimelineView::activate(const QModelIndex &index)
{
    if (const TimelineEvent *event = m_model->eventAt(index.row()); event && !event->recordId.isEmpty()) {
        Q_EMIT openRecordRequested(event->recordKind, event->recordId);
    }
}

void TimelineView::rememberPlace()
{
    const TimelineEvent *current = m_model->eventAt(m_list->currentIndex().row());
    if (current) {
        m_keptEvent = *current;
    }
    m_keptScroll = m_list->verticalScrollBar()->value();
}

void TimelineView::restorePlace()
{
    const int row = m_keptEvent ? m_model->rowOf(*m_keptEvent) : -1;
    if (row >= 0) {
        m_list->selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
    }
    if (m_reloading) {
        // The same story read again: stay where the officer was reading.
        m_list->doItemsLayout();
        m_list->verticalScrollBar()->setValue(m_keptScroll);
    } else if (row >= 0) {
        m_list->scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
    } else {
        m_list->scrollToTop();
    }
    updateState();
    Q_EMIT visibleEventsChanged();
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_kindsMenu && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QAction *action = m_kindsMenu->actionAt(mouse->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace crm::ui
