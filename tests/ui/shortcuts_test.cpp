#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "samplewindow.h"
#include "support/messagebox.h"
#include "support/settings.h"
#include "support/standardkeys.h"
#include "views/recordlistpane.h"

#include <QAction>
#include <QMap>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
// The sample data with a remembered officer, shown and active so that shortcuts reach it.
struct ShortcutWindow : SampleWindow
{
    ShortcutWindow() : SampleWindow(u"agency"_s, Focus::Active) {}
};
} // namespace

TEST_CASE("Redo answers the platform's redo key and Ctrl+Y on the real window", "[ui][shortcuts]")
{
    ShortcutWindow w;
    const QString id = w.sample.idOf(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s);
    const auto acronym = [&] { return w.sample.store().get(RecordKind::Agency, id).value(u"acronym"_s).toString(); };
    REQUIRE_FALSE(
        CommandRunner::apply(*w.sample.session().undoStack(),
                             std::make_unique<UpdateRecordCommand>(w.sample.session(), RecordKind::Agency, id,
                                                                   QVariantMap{{u"acronym"_s, u"AMDIE-X"_s}})));
    w.window->showSection(MainWindow::Section::Agencies);
    QTreeView *list = w.window->listPane(RecordKind::Agency)->view();
    list->setFocus();
    REQUIRE(list->hasFocus());

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(acronym() == u"AMDIE"_s);
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(acronym() == u"AMDIE-X"_s);

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(acronym() == u"AMDIE"_s);
    QTest::keyClick(list, Qt::Key_Y, Qt::ControlModifier);
    CHECK(acronym() == u"AMDIE-X"_s);

    // Whatever the platform calls Redo works too, and is listed once.
    const QList<QKeySequence> redoKeys = child<QAction>(*w.window, u"actionRedo"_s)->shortcuts();
    INFO("action: " << QKeySequence::listToString(redoKeys).toStdString() << "; platform: "
                    << QKeySequence::listToString(QKeySequence::keyBindings(QKeySequence::Redo)).toStdString());
    CHECK(redoKeys == redoShortcuts());
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        CHECK(redoKeys.count(key) == 1);
    }
}

TEST_CASE("no two actions of the window share a key, in any section", "[ui][shortcuts]")
{
    ShortcutWindow w;
    // Sections build their views when first shown: visit them all so every action exists.
    for (int section = 0; section <= static_cast<int>(MainWindow::Section::Trash); ++section) {
        w.window->showSection(static_cast<MainWindow::Section>(section));
    }
    QMap<QString, QStringList> owners;
    for (const QAction *action : w.window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            owners[key.toString(QKeySequence::PortableText)]
                << (action->objectName().isEmpty() ? action->text() : action->objectName());
        }
    }
    REQUIRE_FALSE(owners.isEmpty());
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        INFO(it.key().toStdString() << ": " << it.value().join(u", "_s).toStdString());
        CHECK(it.value().size() == 1);
    }
}

TEST_CASE("Delete in the Trash offers to purge, and does not also delete the record on show", "[ui][shortcuts]")
{
    ShortcutWindow w;
    const QString id = w.sample.idOf(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s);
    REQUIRE_FALSE(CommandRunner::apply(*w.sample.session().undoStack(),
                                       std::make_unique<TrashRecordCommand>(w.sample.session(), RecordKind::Agency, id,
                                                                            TrashRecordCommand::Direction::ToTrash)));
    w.window->showSection(MainWindow::Section::Trash);
    auto *table = child<QTableView>(*w.window, u"trashTable"_s);
    table->selectRow(0);
    table->setFocus();
    REQUIRE(table->hasFocus());
    const int commands = w.sample.session().undoStack()->count();

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(MessageBox::lastText().contains(u"for good"_s));
    CHECK(w.sample.store().exists(RecordKind::Agency, id)); // cancelled: still in the Trash
    CHECK(w.sample.session().undoStack()->count() == commands);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

TEST_CASE("Redo takes each platform key once and adds Ctrl+Y where the platform lacks it", "[ui][shortcuts]")
{
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
    const QKeySequence altShiftBackspace(Qt::ALT | Qt::SHIFT | Qt::Key_Backspace);
    // GNOME and other X11 desktops: Ctrl+Shift+Z alone (the window once listed it twice).
    CHECK(redoShortcuts({ctrlShiftZ}) == QList<QKeySequence>{ctrlShiftZ, ctrlY});
    CHECK(redoShortcuts({ctrlShiftZ, ctrlShiftZ}) == QList<QKeySequence>{ctrlShiftZ, ctrlY});
    // Windows (and KDE) already have Ctrl+Y: nothing is added, the platform's order is kept.
    CHECK(redoShortcuts({ctrlY, altShiftBackspace, ctrlShiftZ}) ==
          QList<QKeySequence>{ctrlY, altShiftBackspace, ctrlShiftZ});
}
