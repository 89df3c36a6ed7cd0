#include "uibench.h"

#include "databasesession.h"
#include "models/timelinemodel.h"
#include "views/storypane.h"
#include "views/timelineview.h"
#include "widgets/timelineoverview.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QListView>
#include <QPixmap>
#include <QScrollBar>
#include <QWindow>
#include <stdexcept>
#include <utility>

using namespace Qt::StringLiterals;

namespace crm::bench {

// Counts the paint events a widget gets, so that a step that painted nothing (a hidden window, a
// layout still pending) fails instead of reporting a flattering time.
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int take() { return std::exchange(m_count, 0); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++m_count;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

namespace {

const QString kShow = u"timeline: show"_s;
const QString kKeystroke = u"timeline: filter keystroke %1"_s;
const QString kScroll = u"timeline: scroll page"_s;
const QString kOverviewAll = u"overview: paint all"_s;
const QString kOverviewZoomed = u"overview: paint 2 years"_s;

// An officer typing "wire" into the filter box, then clearing it: one operation per keystroke.
const QStringList kKeystrokes{u"w"_s, u"wi"_s, u"wir"_s, u"wire"_s, QString()};
constexpr int kScrollPositions = 24; // spread from the top of the list to its last page
constexpr int kZoomedDays = 730;
const QSize kWindowSize(1000, 800);

QString keystrokeName(const QString &text)
{
    return kKeystroke.arg(text.isEmpty() ? u"clear"_s : u'"' + text + u'"');
}

} // namespace

UiBench::UiBench(const TimelineDataset &dataset)
    : m_dataset(dataset), m_raw(dataset.path, dataset.delegateId), m_session(std::make_unique<ui::DatabaseSession>()),
      m_paints(std::make_unique<PaintCounter>())
{
    if (const QString error = m_session->open(dataset.path, Database::OpenMode::MustExist); !error.isEmpty()) {
        throw std::runtime_error("cannot open " + dataset.path.toStdString() + ": " + error.toStdString());
    }
    PageQuery delegates;
    delegates.kind = RecordKind::Delegate;
    for (const QVariantMap &record : m_session->query()->page(delegates, 0, 2)) {
        if (const QString id = record.value(u"id"_s).toString(); id != dataset.delegateId) {
            m_otherId = id;
            break;
        }
    }
    if (m_otherId.isEmpty()) {
        throw std::runtime_error("the dataset has no second delegate to switch to");
    }

    m_pane = std::make_unique<ui::StoryPane>(*m_session);
    m_pane->resize(kWindowSize);
    m_pane->show();
    const QDeadlineTimer deadline(5000);
    while (!(m_pane->windowHandle() && m_pane->windowHandle()->isExposed()) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    if (!m_pane->windowHandle() || !m_pane->windowHandle()->isExposed()) {
        throw std::runtime_error("the story pane's window was not exposed within 5 s");
    }
    m_pane->timeline()->list()->viewport()->installEventFilter(m_paints.get());
    showBig();
    m_fullRange = {m_pane->overview()->visibleFrom(), m_pane->overview()->visibleTo()};
}

UiBench::~UiBench() = default;

QStringList UiBench::operationNames()
{
    QStringList names{kShow};
    for (const QString &text : kKeystrokes) {
        names << keystrokeName(text);
    }
    return names << kScroll << kOverviewAll << kOverviewZoomed;
}

void UiBench::settle()
{
    // The view lays its items out on a zero timer; then the window's pending paint is done now,
    // as Qt would do it on its next update request, rather than whenever the event loop gets to it.
    QCoreApplication::processEvents();
    QEvent request(QEvent::UpdateRequest);
    QCoreApplication::sendEvent(m_pane.get(), &request);
}

void UiBench::checkPainted(const QString &operation)
{
    if (m_paints->take() == 0) {
        throw std::runtime_error(operation.toStdString() + ": the timeline list painted nothing");
    }
}

void UiBench::showBig()
{
    if (m_pane->timeline()->subjectId() != m_dataset.delegateId) {
        m_pane->showRecord(RecordKind::Delegate, m_dataset.delegateId);
        settle();
    }
}

QList<Operation> UiBench::operations()
{
    ui::TimelineView *timeline = m_pane->timeline();
    QListView *list = timeline->list();
    ui::TimelineOverview *overview = m_pane->overview();
    const QJsonObject window{{u"width"_s, kWindowSize.width()}, {u"height"_s, kWindowSize.height()}};
    QList<Operation> operations;

    // Another delegate first, so that each run reads and lays out the big timeline afresh, as when
    // the officer moves from one delegate to the next. The items are events, the raw ones rows.
    operations << Operation{
        .name = kShow,
        .app =
            [this, timeline] {
                m_pane->showRecord(RecordKind::Delegate, m_dataset.delegateId);
                settle();
                checkPainted(kShow);
                return static_cast<qint64>(timeline->events().size());
            },
        .raw = [this] { return m_raw.read(); },
        .rawName = RawTimeline::name(),
        .details = {{u"delegate_id"_s, m_dataset.delegateId}, {u"events"_s, m_dataset.events}, {u"window"_s, window}},
        .setUp =
            [this, timeline] {
                timeline->setFilterText({});
                m_pane->showRecord(RecordKind::Delegate, m_otherId);
                settle();
                m_paints->take();
            },
    };

    // Each keystroke starts from the text before it, as typed; the view filters the events it holds.
    for (qsizetype i = 0; i < kKeystrokes.size(); ++i) {
        const QString text = kKeystrokes[i];
        const QString before = i > 0 ? kKeystrokes[i - 1] : QString();
        const QString name = keystrokeName(text);
        operations << Operation{
            .name = name,
            .app =
                [this, timeline, text, name] {
                    timeline->setFilterText(text);
                    settle();
                    checkPainted(name);
                    return static_cast<qint64>(timeline->visibleEvents().size());
                },
            .details = {{u"text"_s, text}, {u"text_before"_s, before}, {u"window"_s, window}},
            .setUp =
                [this, timeline, before] {
                    showBig();
                    timeline->setFilterText(before);
                    settle();
                    m_paints->take();
                },
        };
    }

    // Page Down's worth of scrolling from positions spread over the whole list (the last page too).
    operations << Operation{
        .name = kScroll,
        .app =
            [this, list] {
                QScrollBar *bar = list->verticalScrollBar();
                bar->setValue(bar->value() + bar->pageStep());
                settle();
                checkPainted(kScroll);
                return static_cast<qint64>(bar->value());
            },
        .details = {{u"positions"_s, kScrollPositions}, {u"window"_s, window}},
        .setUp =
            [this, timeline, list] {
                showBig();
                timeline->setFilterText({});
                settle();
                QScrollBar *bar = list->verticalScrollBar();
                const qint64 last = std::max(0, bar->maximum() - bar->pageStep());
                bar->setValue(static_cast<int>(last * (m_run++ % kScrollPositions) / (kScrollPositions - 1)));
                settle();
                m_paints->take();
            },
    };

    // A zoom or pan step: the range moves by a day from run to run, so the strip counts its events
    // per pixel column again each time before painting, as it does after any change of range.
    for (const bool zoomed : {false, true}) {
        QDate from = m_fullRange.first;
        QDate to = m_fullRange.second;
        if (zoomed) {
            const QDate middle = from.addDays(from.daysTo(to) / 2);
            from = middle.addDays(-kZoomedDays / 2);
            to = middle.addDays(kZoomedDays / 2);
        }
        operations << Operation{
            .name = zoomed ? kOverviewZoomed : kOverviewAll,
            .app =
                [this, overview, from, to] {
                    const int shift = m_run++ % 2;
                    overview->setVisibleRange(from.addDays(shift), to.addDays(shift));
                    const QPixmap pixmap = overview->grab();
                    return static_cast<qint64>(pixmap.width()) * pixmap.height();
                },
            .details = {{u"events"_s, m_dataset.events},
                        {u"from"_s, from.toString(Qt::ISODate)},
                        {u"to"_s, to.toString(Qt::ISODate)},
                        {u"window"_s, window}},
            .setUp = [this] { showBig(); },
        };
    }
    return operations;
}

} // namespace crm::bench
