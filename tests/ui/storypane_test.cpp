#include "dialogs/quickrecorddialog.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "models/crediteddealsmodel.h"
#include "models/timelinemodel.h"
#include "support/filedialog.h"
#include "support/settings.h"
#include "views/delegateimpactpanel.h"
#include "views/recordpane.h"
#include "views/storypane.h"
#include "views/timelineview.h"
#include "widgets/timelineoverview.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
struct Window
{
    Window()
    {
        Settings::setValue(Settings::Key::OfficerInitials, u"HS"_s);
        sample.session().setOfficerId(sample.idOf(RecordKind::Officer, u"initials"_s, u"HS"_s));
        window = std::make_unique<MainWindow>(sample.session());
        window->resize(1500, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        hassani = sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
        yazakiDeal = sample.idOf(RecordKind::Deal, u"title"_s, u"Wire-harness plants, Morocco"_s);
        window->openRecord(RecordKind::Delegate, hassani);
        settle();
    }

    // Lets the layouts the record change posted run, so widgets have their real geometry.
    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(5);
        }
    }

    StoryPane *story() const { return window->recordPane()->story(); }
    TimelineView *timeline() const { return story()->timeline(); }
    QModelIndex row(const std::function<bool(const TimelineEvent &)> &wanted) const
    {
        const TimelineModel *model = timeline()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (const TimelineEvent *e = model->eventAt(r); e && wanted(*e)) {
                return model->index(r);
            }
        }
        return {};
    }

    SampleForms sample;
    std::unique_ptr<MainWindow> window;
    QString hassani;
    QString yazakiDeal;
};

void drag(QWidget *widget, int fromX, int toX, int y)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, QPoint(fromX, y));
    QMouseEvent move(QEvent::MouseMove, QPointF(toX, y), widget->mapToGlobal(QPointF(toX, y)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, QPoint(toX, y));
}
} // namespace

TEST_CASE("the sample delegate's page tells the Morocco story, and a deal opens from the timeline", "[ui][story]")
{
    Window w;
    REQUIRE(w.story()->isVisible());
    CHECK(w.story()->impact()->isVisible());
    CHECK(w.story()->impact()->model()->rowCount() == 2);
    CHECK(w.timeline()->events().size() >= 40);
    // The first programme stay of 1996 and the Yazaki plants are on it.
    CHECK(w.row([](const TimelineEvent &e) {
               return e.kind == TimelineEventKind::Stay && e.start.first().year() == 1996;
           }).isValid());

    child<QAction>(*w.timeline(), u"timelineDealsOnly"_s)->trigger();
    const QList<TimelineEvent> deals = w.timeline()->visibleEvents();
    REQUIRE(!deals.isEmpty());
    for (const TimelineEvent &e : deals) {
        CHECK((e.kind == TimelineEventKind::StageChange || e.kind == TimelineEventKind::Impact));
    }

    const QModelIndex stage = w.row(
        [&](const TimelineEvent &e) { return e.kind == TimelineEventKind::StageChange && e.recordId == w.yazakiDeal; });
    REQUIRE(stage.isValid());
    QListView *list = w.timeline()->list();
    QSignalSpy opened(w.story(), &StoryPane::openRecordRequested);
    list->scrollTo(stage);
    Window::settle();
    // A double-click as the mouse sends it: a click, then the second press.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(stage).center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(stage).center());
    CHECK(opened.size() == 1);

    CHECK(w.window->recordPane()->kind() == RecordKind::Deal);
    CHECK(w.window->recordPane()->recordId() == w.yazakiDeal);
    // A deal has a story too (its stages), without the delegate's impact part.
    CHECK(w.story()->isVisible());
    CHECK_FALSE(w.story()->impact()->isVisible());
    CHECK(w.timeline()->subjectId() == w.yazakiDeal);
}

TEST_CASE("a period dragged on the overview strip filters the timeline, Escape clears it", "[ui][story]")
{
    Window w;
    TimelineOverview *overview = w.story()->overview();
    const int all = int(w.timeline()->visibleEvents().size());
    const QRect plot = overview->plotArea();
    const int fromX = plot.left() + plot.width() / 4;
    const int toX = plot.left() + plot.width() / 2;
    const QDate from = overview->dateAt(fromX);
    const QDate to = overview->dateAt(toX);
    drag(overview, fromX, toX, plot.center().y());
    REQUIRE(overview->selection().has_value());
    INFO("selected " << overview->selection()->first.toString(Qt::ISODate).toStdString() << " to "
                     << overview->selection()->second.toString(Qt::ISODate).toStdString() << ", computed "
                     << from.toString(Qt::ISODate).toStdString() << " to " << to.toString(Qt::ISODate).toStdString());

    const QList<TimelineEvent> shown = w.timeline()->visibleEvents();
    CHECK(shown.size() < all);
    REQUIRE(!shown.isEmpty());
    for (const TimelineEvent &e : shown) {
        INFO(e.title.toStdString());
        CHECK(e.start.first() <= to.addDays(1));
        CHECK(e.lastDay(QDate(2026, 11, 29)) >= from.addDays(-1));
    }

    overview->setFocus();
    QTest::keyClick(overview, Qt::Key_Escape);
    CHECK(w.timeline()->visibleEvents().size() == all);
}

TEST_CASE("a note added from the timeline is linked to the delegate and appears on it", "[ui][story]")
{
    Window w;
    const qint64 before = w.timeline()->events().size();
    QTimer::singleShot(0, qApp, [] {
        auto *dialog = qobject_cast<QuickRecordDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        typeText(dialog->findChild<QWidget *>(u"body"_s), u"Asked for the 2026 jobs figures"_s);
        dialog->accept();
    });
    child<QAction>(*w.timeline(), u"timelineAddNote"_s)->trigger();

    CHECK(w.timeline()->events().size() == before + 1);
    const QModelIndex note = w.row([](const TimelineEvent &e) {
        return e.kind == TimelineEventKind::Note && e.title == u"Asked for the 2026 jobs figures"_s;
    });
    CHECK(note.isValid());
    // Still on the delegate's page.
    CHECK(w.window->recordPane()->recordId() == w.hassani);
}

TEST_CASE("the timeline exports what is shown as CSV", "[ui][story]")
{
    Window w;
    child<QAction>(*w.timeline(), u"timelineDealsOnly"_s)->trigger();
    const QString path = QFileInfo(w.sample.session().database()->path()).dir().filePath(u"deals.csv"_s);
    FileDialog::setNextFileName(path);
    w.story()->exportCsv();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header, one line per event shown, and the empty piece after the last CRLF.
    CHECK(lines.size() == w.timeline()->visibleEvents().size() + 2);
    CHECK(lines.first().contains("kind,start,end"));
    CHECK((lines[1].startsWith("stage_change,") || lines[1].startsWith("impact,")));
}

TEST_CASE("the story's Export menu offers the briefing of a delegate, not of a deal", "[ui][story][briefing]")
{
    Window w;
    auto *briefing = w.story()->findChild<QAction *>(u"storyBriefing"_s);
    REQUIRE(briefing);
    CHECK(briefing->isVisible()); // the delegate's profile
    w.window->openRecord(RecordKind::Deal, w.yazakiDeal);
    CHECK_FALSE(briefing->isVisible());
}
