#include "storypane.h"

#include "databasesession.h"
#include "dealimpactpanel.h"
#include "delegateimpactpanel.h"
#include "dialogs/briefingdialog.h"
#include "dialogs/meetingentrydialog.h"
#include "dialogs/quickrecorddialog.h"
#include "documents/briefings.h"
#include "documents/timelineexport.h"
#include "domain/error.h"
#include "models/recordtitle.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "support/timelinestyle.h"
#include "timelineview.h"
#include "widgets/timelineoverview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// The overview's lanes: the four the officers read a career by, then the paperwork.
struct Lane
{
    const char *label;
    QList<TimelineEventKind> kinds;
};

const QList<Lane> &lanes()
{
    static const QList<Lane> list{
        {QT_TRANSLATE_NOOP("crm::ui::StoryPane", "Career"), {TimelineEventKind::CareerPosition}},
        {QT_TRANSLATE_NOOP("crm::ui::StoryPane", "Stays"), {TimelineEventKind::Stay}},
        {QT_TRANSLATE_NOOP("crm::ui::StoryPane", "Missions"), {TimelineEventKind::Mission}},
        {QT_TRANSLATE_NOOP("crm::ui::StoryPane", "Meetings"), {TimelineEventKind::Meeting}},
        {QT_TRANSLATE_NOOP("crm::ui::StoryPane", "Deals"), {TimelineEventKind::StageChange, TimelineEventKind::Impact}},
        {QT_TRANSLATE_NOOP("crm::ui::StoryPane", "Notes, follow-ups"),
         {TimelineEventKind::Note, TimelineEventKind::FollowUpDue, TimelineEventKind::FollowUpDone,
          TimelineEventKind::ContactJoined, TimelineEventKind::ContactLeft}},
    };
    return list;
}

int laneOf(TimelineEventKind kind)
{
    for (qsizetype i = 0; i < lanes().size(); ++i) {
        if (lanes()[i].kinds.contains(kind)) {
            return int(i);
        }
    }
    return int(lanes().size()) - 1;
}

} // namespace

StoryPane::StoryPane(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_impact(new DelegateImpactPanel(session, this)),
      m_dealImpact(new DealImpactPanel(session, this)), m_overview(new TimelineOverview(session.clock().today(), this)),
      m_timeline(new TimelineView(session, this)), m_export(new QToolButton(this)),
      m_split(new QSplitter(Qt::Vertical, this)), m_glance(new QScrollArea(m_split))
{
    setObjectName(u"storyPane"_s);
    QList<OverviewLane> overviewLanes;
    for (const Lane &lane : lanes()) {
        overviewLanes.append({tr(lane.label), timelineKindColour(lane.kinds.first())});
    }
    m_overview->setLanes(overviewLanes);

    m_export->setObjectName(u"timelineExport"_s);
    m_export->setText(tr("E&xport"));
    m_export->setToolTip(tr("Print the timeline or save it as PDF or CSV"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("&Print…"), this, &StoryPane::print);
    menu->addAction(tr("Save as P&DF…"), this, &StoryPane::exportPdf);
    menu->addAction(tr("Save as &CSV…"), this, &StoryPane::exportCsv);
    menu->addSeparator();
    m_briefingAction = menu->addAction(tr("Print &Briefing…"), this, &StoryPane::printBriefing);
    m_briefingAction->setObjectName(u"storyBriefing"_s);
    m_export->setMenu(menu);
    m_timeline->addToolWidget(m_export);

    // The record at a glance (impact, overview strip) above the timeline, in a splitter: on a
    // laptop's short screen the strip gives up height so the timeline shows more than a few events.
    auto *glance = new QWidget;
    glance->setObjectName(u"storyGlance"_s);
    auto *glanceLayout = new QVBoxLayout(glance);
    glanceLayout->setContentsMargins(0, 0, 0, 0);
    glanceLayout->addWidget(m_impact);
    glanceLayout->addWidget(m_dealImpact);
    glanceLayout->addWidget(m_overview);
    glanceLayout->addStretch(1);
    m_glance->setObjectName(u"storyGlanceScroll"_s);
    m_glance->setWidget(glance);
    m_glance->setWidgetResizable(true);
    m_glance->setFrameShape(QFrame::NoFrame);
    m_glance->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_split->setObjectName(u"storySplitter"_s);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_glance);
    m_split->addWidget(m_timeline);
    m_split->setStretchFactor(1, 1);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitChosen = true; });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    connect(m_timeline, &TimelineView::eventsChanged, this, &StoryPane::updateOverview);
    connect(m_timeline, &TimelineView::openRecordRequested, this, &StoryPane::openRecordRequested);
    connect(m_timeline, &TimelineView::addRequested, this, &StoryPane::addRecord);
    connect(m_impact, &DelegateImpactPanel::openRecordRequested, this, &StoryPane::openRecordRequested);
    connect(m_dealImpact, &DealImpactPanel::openRecordRequested, this, &StoryPane::openRecordRequested);
    connect(m_overview, &TimelineOverview::periodSelected, this,
            [this](const QDate &from, const QDate &to) { m_timeline->setPeriod(from, to); });
    connect(m_overview, &TimelineOverview::selectionCleared, this,
            [this] { m_timeline->setPeriod(std::nullopt, std::nullopt); });
}

void StoryPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    apportion();
}

// Until the officer drags the splitter: the whole glance where it leaves the timeline most of the
// pane; on a short (laptop) screen only the parts that fit in about a third of it, whole, and the
// rest a scroll away, so the timeline shows more than a handful of events.
void StoryPane::apportion()
{
    const int total = m_split->height() - m_split->handleWidth();
    if (m_splitChosen || total <= 0) {
        return;
    }
    // Heights at the pane's width: a deal's stage path wraps.
    const int width = m_glance->viewport()->width();
    const auto heightOf = [width](const QWidget *widget) {
        return widget->hasHeightForWidth() ? widget->heightForWidth(width) : widget->sizeHint().height();
    };
    const int budget = total * 36 / 100;
    int height = heightOf(m_glance->widget());
    if (height > budget) {
        const int spacing = m_glance->widget()->layout()->spacing();
        height = 0;
        for (QWidget *part : std::initializer_list<QWidget *>{m_impact, m_dealImpact, m_overview}) {
            if (part->isHidden()) {
                continue;
            }
            const int next = height + (height > 0 ? spacing : 0) + heightOf(part);
            if (height > 0 && next > budget) {
                break;
            }
            height = next;
        }
    }
    m_split->setSizes({height, std::max(0, total - height)});
}

bool StoryPane::hasStory(RecordKind kind)
{
    return kind == RecordKind::Delegate || kind == RecordKind::Investor || kind == RecordKind::Deal;
}

void StoryPane::showRecord(RecordKind kind, const QString &id)
{
    const bool changed = kind != m_kind || id != m_id;
    m_kind = kind;
    m_id = hasStory(kind) ? id : QString();
    m_impact->setVisible(kind == RecordKind::Delegate);
    m_impact->showDelegate(kind == RecordKind::Delegate ? m_id : QString());
    m_dealImpact->setVisible(kind == RecordKind::Deal);
    m_dealImpact->showDeal(kind == RecordKind::Deal ? m_id : QString());
    m_briefingAction->setVisible(hasBriefing(kind));
    // A deal's impact panel is taller than a delegate's: share the height again once laid out.
    QMetaObject::invokeMethod(this, &StoryPane::apportion, Qt::QueuedConnection);
    if (changed) {
        m_overview->clearSelection();
    }
    switch (m_id.isEmpty() ? RecordKind::Note : kind) {
    case RecordKind::Delegate:
        m_timeline->showDelegate(m_id);
        break;
    case RecordKind::Investor:
        m_timeline->showInvestor(m_id);
        break;
    case RecordKind::Deal:
        m_timeline->showDeal(m_id);
        break;
    default:
        m_timeline->showDelegate(QString());
        break;
    }
    if (changed) {
        m_overview->fitAll();
    }
}

void StoryPane::updateOverview()
{
    const QDate today = m_session.clock().today();
    m_overview->setToday(today);
    QList<OverviewItem> items;
    const QList<TimelineEvent> events = m_timeline->events();
    items.reserve(events.size());
    for (const TimelineEvent &e : events) {
        items.append({laneOf(e.kind), e.start.first(), e.isSpan() ? e.lastDay(today) : QDate()});
    }
    m_overview->setItems(items);
}

std::optional<QString> StoryPane::subjectTitle() const
{
    if (m_id.isEmpty() || !m_session.store()) {
        return QString();
    }
    try {
        // A subject gone meanwhile (purged, undone) has no title to give; a damaged one is not untitled.
        return titleIfExists(*m_session.store(), m_kind, m_id).value_or(QString());
    } catch (const Error &error) {
        m_session.reportReadFailure(error);
        return std::nullopt;
    }
}

QString StoryPane::suggestedFileName(const QString &title, const QString &suffix)
{
    return FileDialog::suggestedPath(QStandardPaths::DocumentsLocation, tr("Timeline – %1").arg(title), suffix);
}

void StoryPane::exportPdf()
{
    if (m_id.isEmpty()) {
        return;
    }
    const std::optional<QString> title = subjectTitle();
    if (!title) {
        return; // reported: no document headed by a blank where the subject's name could not be read
    }
    const QString path = FileDialog::saveFileName(this, tr("Save the timeline as PDF"),
                                                  suggestedFileName(*title, u".pdf"_s), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        writeTimelinePdf(path, *title, m_timeline->visibleEvents(), QLocale());
        QApplication::restoreOverrideCursor();
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        MessageBox::critical(this, tr("Cannot save the PDF"), error.message());
    }
}

void StoryPane::exportCsv()
{
    if (m_id.isEmpty()) {
        return;
    }
    const std::optional<QString> title = subjectTitle();
    if (!title) {
        return;
    }
    const QString path = FileDialog::saveFileName(this, tr("Save the timeline as CSV"),
                                                  suggestedFileName(*title, u".csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    // QSaveFile: a failed write leaves any earlier file as it was, never half a table.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(timelineCsv(m_timeline->visibleEvents())) < 0 ||
        !file.commit()) {
        MessageBox::critical(this, tr("Cannot save the CSV"),
                             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

void StoryPane::printBriefing()
{
    Database *db = m_session.database();
    if (m_id.isEmpty() || !db || !hasBriefing(m_kind)) {
        return;
    }
    BriefingDialog::showFor(this, *db, m_kind, m_id);
}

void StoryPane::print()
{
    if (m_id.isEmpty()) {
        return;
    }
    const std::optional<QString> title = subjectTitle();
    if (!title) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the timeline"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QTextDocument document;
    document.setHtml(timelineHtml(*title, m_timeline->visibleEvents(), QLocale()));
    document.print(&printer);
}

void StoryPane::addRecord(RecordKind kind)
{
    if (m_id.isEmpty()) {
        return;
    }
    if (kind == RecordKind::Meeting) {
        addMeeting();
        return;
    }
    const std::optional<QString> title = subjectTitle();
    if (!title) {
        return; // a note about a record that cannot be read would be linked blind
    }
    const QVariantMap preset{{u"linked_kind"_s, kindName(m_kind)}, {u"linked_id"_s, m_id}};
    QuickRecordDialog dialog(m_session, kind, preset, *title, this);
    dialog.exec();
}

void StoryPane::addMeeting()
{
    MeetingEntryDialog dialog(m_session, this);
    try {
        if (m_kind == RecordKind::Delegate) {
            dialog.setDelegate(m_id);
        } else if (m_kind == RecordKind::Investor) {
            dialog.setInvestor(m_id);
        } else if (m_kind == RecordKind::Deal) {
            dialog.setInvestor(m_session.store()->get(RecordKind::Deal, m_id).value(u"investor_id"_s).toString());
        }
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Cannot add a meeting"), error.message());
        return;
    }
    dialog.exec();
}

} // namespace crm::ui
