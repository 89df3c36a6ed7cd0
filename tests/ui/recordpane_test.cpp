#include "dialogs/briefingdialog.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "models/recordlistmodel.h"
#include "samplewindow.h"
#include "support/settings.h"
#include "views/recordlistpane.h"
#include "views/recordpane.h"

#include <QAction>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
// The sample data in an active window, the officer remembered so nothing stops to ask.
struct Window : SampleWindow
{
    Window() : SampleWindow(u"delegate"_s, Focus::Active) {}

    RecordPane *pane() const { return window->recordPane(); }
    QTreeView *list(RecordKind kind) const { return window->listPane(kind)->view(); }
    // Clicks a row of a kind's list, as the officer does.
    QString clickRow(RecordKind kind, int row)
    {
        QTreeView *view = list(kind);
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        return window->listPane(kind)->model()->idAt(row);
    }
    // Presses Ctrl+P and returns the title of the briefing dialog it opened (closed at once), or
    // an empty string when none opened.
    QString pressPrint()
    {
        auto opened = std::make_shared<QString>();
        QTimer::singleShot(0, qApp, [opened] {
            if (auto *dialog = qobject_cast<BriefingDialog *>(QApplication::activeModalWidget())) {
                *opened = dialog->windowTitle();
                dialog->reject();
            }
        });
        window->activateWindow(); // the offscreen platform does not give it back after a dialog
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window.get(), Qt::Key_P, Qt::ControlModifier);
        QCoreApplication::processEvents(); // lets the timer fire when no dialog opened
        return *opened;
    }
};
} // namespace

TEST_CASE("a section change shows the list's current record or an empty pane, never a record of another kind",
          "[ui][recordpane]")
{
    Window w;
    w.window->showSection(MainWindow::Section::Deals);
    const QString deal = w.clickRow(RecordKind::Deal, 0);
    REQUIRE(w.pane()->kind() == RecordKind::Deal);
    REQUIRE(w.pane()->recordId() == deal);

    w.window->showSection(MainWindow::Section::Meetings); // nothing chosen there yet
    CHECK_FALSE(w.pane()->hasRecord());
    CHECK(w.pane()->recordId().isEmpty());
    auto *hint = child<QLabel>(*w.pane(), u"emptyHint"_s);
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(u"Choose a record in the list"_s));

    const QString meeting = w.clickRow(RecordKind::Meeting, 0);
    REQUIRE(w.pane()->recordId() == meeting);
    w.window->showSection(MainWindow::Section::Deals);
    CHECK(w.pane()->kind() == RecordKind::Deal);
    CHECK(w.pane()->recordId() == deal); // the deals list's current one
    w.window->showSection(MainWindow::Section::Meetings);
    CHECK(w.pane()->kind() == RecordKind::Meeting);
    CHECK(w.pane()->recordId() == meeting);

    w.window->showSection(MainWindow::Section::FollowUps);
    CHECK_FALSE(w.pane()->hasRecord());
    CHECK(child<QLabel>(*w.pane(), u"emptyHint"_s)->isVisible());
}

TEST_CASE("a click on the highlighted row loads it when the pane shows something else", "[ui][recordpane]")
{
    Window w;
    w.window->showSection(MainWindow::Section::Meetings);
    const QString meeting = w.clickRow(RecordKind::Meeting, 0);
    REQUIRE(w.pane()->recordId() == meeting);
    child<QAction>(*w.window, u"actionNewRecord"_s)->trigger(); // a new meeting's form; the row stays highlighted
    REQUIRE(w.pane()->hasRecord());
    REQUIRE(w.pane()->recordId().isEmpty());
    REQUIRE(w.window->listPane(RecordKind::Meeting)->currentId() == meeting);

    w.clickRow(RecordKind::Meeting, 0);
    CHECK(w.pane()->recordId() == meeting);
}

TEST_CASE("Ctrl+P prints the briefing of the record on show, or says why it cannot", "[ui][recordpane]")
{
    Window w;
    w.window->showSection(MainWindow::Section::Meetings);
    const QString meeting = w.clickRow(RecordKind::Meeting, 0);
    child<QAction>(*w.window, u"actionNewRecord"_s)->trigger();
    w.clickRow(RecordKind::Meeting, 0); // the highlighted meeting again
    REQUIRE(w.pane()->recordId() == meeting);
    CHECK_FALSE(w.pressPrint().isEmpty());

    // A deal has no briefing: the status bar says what does.
    w.window->showSection(MainWindow::Section::Deals);
    w.clickRow(RecordKind::Deal, 0);
    w.window->statusBar()->clearMessage();
    CHECK(w.pressPrint().isEmpty());
    CHECK(w.window->statusBar()->currentMessage().contains(u"Open a meeting"_s));

    // The pipeline hides the record pane: nothing is on show to print.
    w.window->showSection(MainWindow::Section::Meetings);
    REQUIRE(w.pane()->recordId() == meeting);
    w.window->showSection(MainWindow::Section::Pipeline);
    w.window->statusBar()->clearMessage();
    CHECK(w.pressPrint().isEmpty());
    CHECK(w.window->statusBar()->currentMessage().contains(u"Open a meeting"_s));
}
