#include "commands/recordcommands.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "support/messagebox.h"
#include "support/settings.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
// The real window (it shows what failed) over the sample data.
struct UndoWindow
{
    UndoWindow()
    {
        Settings::setValue(Settings::Key::OfficerInitials, u"HS"_s);
        sample.session().setOfficerId(sample.idOf(RecordKind::Officer, u"initials"_s, u"HS"_s));
        window = std::make_unique<MainWindow>(sample.session());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    ~UndoWindow() { MessageBox::setNextAnswer(QMessageBox::NoButton); }
    QUndoStack &stack() { return *sample.session().undoStack(); }
    void trigger(const QString &action)
    {
        MessageBox::setNextAnswer(QMessageBox::Ok); // answers the error box, should one come
        child<QAction>(*window, action)->trigger();
        QCoreApplication::processEvents(); // the failure is told once the stack has finished
    }
    SampleForms sample;
    std::unique_ptr<MainWindow> window;
};
} // namespace

TEST_CASE("an undo that fails because the record was purged meanwhile is shown and leaves the history true",
          "[ui][undo]")
{
    UndoWindow w;
    const QString id = w.sample.idOf(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s);
    const QString title = w.sample.store().title(RecordKind::Agency, id);
    w.sample.session().push(
        TrashRecordCommand::create(w.sample.store(), RecordKind::Agency, id, TrashRecordCommand::Direction::ToTrash));
    // Purged from the Trash, which cannot be undone: the delete can no longer be taken back.
    w.sample.store().purge(RecordKind::Agency, id);
    REQUIRE(w.stack().count() == 1);
    const QString before = MessageBox::lastText();

    w.trigger(u"actionUndo"_s);
    const QString shown = MessageBox::lastText();
    CHECK(shown != before);
    CHECK(shown.contains(title));
    CHECK_FALSE(w.sample.store().exists(RecordKind::Agency, id));
    // Not counted as undone: nothing is left to redo that would "delete" a record that is gone.
    CHECK_FALSE(w.stack().canRedo());
    CHECK_FALSE(w.stack().canUndo());
    CHECK(w.stack().count() == 0);
    CHECK_FALSE(child<QAction>(*w.window, u"actionUndo"_s)->isEnabled());
}

TEST_CASE("an undo refused by a constraint changes nothing and says why", "[ui][undo]")
{
    UndoWindow w;
    auto *create = CreateRecordCommand::create(
        w.sample.store(), RecordKind::Investor,
        {{u"name"_s, u"北辰精機株式会社"_s}, {u"name_latin"_s, u"Hokushin Seiki (fictional)"_s}});
    const QString investor = create->recordId();
    w.sample.session().push(create);
    // A contact added behind the stack's back (an import, another window) now needs the investor.
    w.sample.store().create(RecordKind::Contact,
                            {{u"family_name"_s, u"北村"_s}, {u"given_name"_s, u"修"_s}, {u"investor_id"_s, investor}});

    w.trigger(u"actionUndo"_s);
    CHECK(MessageBox::lastText().contains(u"Hokushin Seiki"_s));
    CHECK(MessageBox::lastText().contains(u"contact"_s));
    // The investor is neither gone nor left half-deleted in the Trash.
    const QVariantMap stored = w.sample.store().get(RecordKind::Investor, investor);
    CHECK_FALSE(stored.contains(u"deleted_at"_s));
    CHECK(w.stack().count() == 0);
}

TEST_CASE("a redo that fails is shown and the step is not counted as redone", "[ui][undo]")
{
    UndoWindow w;
    const QString id = w.sample.idOf(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s);
    w.sample.session().push(
        UpdateRecordCommand::create(w.sample.store(), RecordKind::Agency, id, {{u"acronym"_s, u"AMDIE-X"_s}}));
    w.trigger(u"actionUndo"_s);
    REQUIRE(w.stack().canRedo());
    w.sample.store().moveToTrash(RecordKind::Agency, id);
    w.sample.store().purge(RecordKind::Agency, id);
    const QString before = MessageBox::lastText();

    w.trigger(u"actionRedo"_s);
    CHECK(MessageBox::lastText() != before);
    CHECK(MessageBox::lastText().contains(u"Moroccan Investment and Export Development Agency"_s));
    CHECK_FALSE(w.stack().canRedo());
    CHECK(w.stack().index() == 0);
    CHECK(w.stack().count() == 0);
    CHECK_FALSE(child<QAction>(*w.window, u"actionRedo"_s)->isEnabled()); // the window offers it no more
}
