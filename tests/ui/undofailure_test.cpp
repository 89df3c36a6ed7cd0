#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "forms/recordform.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "support/messagebox.h"
#include "support/settings.h"
#include "views/recordpane.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
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
    REQUIRE_FALSE(CommandRunner::apply(*w.sample.session().undoStack(),
                                       std::make_unique<TrashRecordCommand>(w.sample.session(), RecordKind::Agency, id,
                                                                            TrashRecordCommand::Direction::ToTrash)));
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
    auto create = std::make_unique<CreateRecordCommand>(
        w.sample.session(), RecordKind::Investor,
        QVariantMap{{u"name"_s, u"北辰精機株式会社"_s}, {u"name_latin"_s, u"Hokushin Seiki (fictional)"_s}});
    const QString investor = create->recordId();
    REQUIRE_FALSE(CommandRunner::apply(*w.sample.session().undoStack(), std::move(create)));
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
    REQUIRE_FALSE(
        CommandRunner::apply(*w.sample.session().undoStack(),
                             std::make_unique<UpdateRecordCommand>(w.sample.session(), RecordKind::Agency, id,
                                                                   QVariantMap{{u"acronym"_s, u"AMDIE-X"_s}})));
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

namespace {
// Another program (the command-line tool, a second window) on the same file.
struct Elsewhere
{
    explicit Elsewhere(DatabaseSession &session)
        : db(SqliteDatabase::open(session.database()->path(), Database::OpenMode::MustExist)), store(db->records())
    {
        db->setOfficerId(session.officerId());
    }
    std::unique_ptr<Database> db;
    RecordStore &store;
};

qsizetype historyLines(RecordStore &store, RecordKind kind, const QString &id, const QString &action)
{
    qsizetype lines = 0;
    for (const HistoryEntry &entry : store.history(kind, id)) {
        lines += entry.action == action ? 1 : 0;
    }
    return lines;
}
} // namespace

TEST_CASE("undoing a create after the record was purged elsewhere is shown and leaves the history true", "[ui][undo]")
{
    UndoWindow w;
    auto create = std::make_unique<CreateRecordCommand>(
        w.sample.session(), RecordKind::Investor,
        QVariantMap{{u"name"_s, u"北辰精機株式会社"_s}, {u"name_latin"_s, u"Hokushin Seiki (fictional)"_s}});
    const QString investor = create->recordId();
    REQUIRE_FALSE(CommandRunner::apply(*w.sample.session().undoStack(), std::move(create)));
    {
        Elsewhere other(w.sample.session());
        other.store.trashAndPurge(RecordKind::Investor, investor);
    }
    const QString before = MessageBox::lastText();

    w.trigger(u"actionUndo"_s);
    CHECK(MessageBox::lastText() != before);
    CHECK(MessageBox::lastText().contains(u"Cannot undo"_s));
    CHECK(MessageBox::lastText().contains(u"Hokushin Seiki"_s));
    CHECK_FALSE(w.sample.store().exists(RecordKind::Investor, investor));
    // Not counted as undone: a redo would bring back a record someone else chose to purge.
    CHECK(w.stack().count() == 0);
    CHECK_FALSE(w.stack().canRedo());
    CHECK_FALSE(child<QAction>(*w.window, u"actionRedo"_s)->isEnabled());
}

TEST_CASE("undoing an officer's new initials after another officer took the old ones changes nothing and says why",
          "[ui][undo]")
{
    UndoWindow w;
    const QString officer = w.sample.store().create(
        RecordKind::Officer, {{u"name"_s, u"Yamada Naoko"_s}, {u"initials"_s, u"YN"_s}, {u"active"_s, true}});
    REQUIRE_FALSE(
        CommandRunner::apply(*w.sample.session().undoStack(),
                             std::make_unique<UpdateRecordCommand>(w.sample.session(), RecordKind::Officer, officer,
                                                                   QVariantMap{{u"initials"_s, u"YNA"_s}})));
    {
        Elsewhere other(w.sample.session());
        other.store.create(RecordKind::Officer,
                           {{u"name"_s, u"Yoshida Nobu"_s}, {u"initials"_s, u"YN"_s}, {u"active"_s, true}});
    }

    w.trigger(u"actionUndo"_s);
    CHECK(MessageBox::lastText().contains(u"Cannot undo"_s));
    CHECK(MessageBox::lastText().contains(u"Yamada Naoko"_s));
    CHECK(MessageBox::lastText().contains(u"\"YN\" is already used"_s));
    CHECK(w.sample.store().get(RecordKind::Officer, officer).value(u"initials"_s) == u"YNA"_s);
    CHECK(w.stack().count() == 0);
    CHECK_FALSE(w.stack().canRedo());
}

TEST_CASE("a save the database refuses pushes nothing: the history, its place and its clean mark stay, the error is "
          "at the field",
          "[ui][undo]")
{
    UndoWindow w;
    const QString amdie = w.sample.idOf(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s);
    REQUIRE_FALSE(
        CommandRunner::apply(*w.sample.session().undoStack(),
                             std::make_unique<UpdateRecordCommand>(w.sample.session(), RecordKind::Agency, amdie,
                                                                   QVariantMap{{u"acronym"_s, u"AMDIE-X"_s}})));
    w.stack().setClean();
    w.trigger(u"actionUndo"_s); // a step left to redo, which a push would drop
    REQUIRE(w.stack().canRedo());
    const QString officer = w.sample.idOf(RecordKind::Officer, u"initials"_s, u"HS"_s);
    REQUIRE(w.window->recordPane()->showRecord(RecordKind::Officer, officer));
    RecordForm *form = w.window->recordPane()->form();
    REQUIRE(form);
    const qsizetype updates = historyLines(w.sample.store(), RecordKind::Officer, officer, u"update"_s);

    auto *initials = child<QLineEdit>(*form, u"initials"_s);
    initials->selectAll();
    typeText(initials, u"MK"_s); // 小林 誠's
    child<QPushButton>(*w.window, u"saveButton"_s)->click();

    QLabel *error = errorLabel(*form, u"initials"_s);
    CHECK(error->isVisibleTo(form));
    CHECK(error->text().contains(u"already used"_s));
    CHECK(form->value().value(u"initials"_s) == u"MK"_s); // what was typed stays
    CHECK(w.sample.store().get(RecordKind::Officer, officer).value(u"initials"_s) == u"HS"_s);
    CHECK(historyLines(w.sample.store(), RecordKind::Officer, officer, u"update"_s) == updates);
    CHECK(w.stack().count() == 1);
    CHECK(w.stack().index() == 0);
    CHECK(w.stack().cleanIndex() == 1);
    CHECK(w.stack().canRedo());
}

TEST_CASE("a pushed command makes its change once, and each undo and redo once more", "[ui][undo]")
{
    UndoWindow w;
    const QString amdie = w.sample.idOf(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s);
    const qsizetype updates = historyLines(w.sample.store(), RecordKind::Agency, amdie, u"update"_s);
    REQUIRE_FALSE(
        CommandRunner::apply(*w.sample.session().undoStack(),
                             std::make_unique<UpdateRecordCommand>(w.sample.session(), RecordKind::Agency, amdie,
                                                                   QVariantMap{{u"acronym"_s, u"AMDIE-X"_s}})));
    CHECK(w.sample.store().get(RecordKind::Agency, amdie).value(u"acronym"_s) == u"AMDIE-X"_s);
    CHECK(historyLines(w.sample.store(), RecordKind::Agency, amdie, u"update"_s) == updates + 1);
    CHECK(w.stack().index() == 1);

    w.trigger(u"actionUndo"_s);
    CHECK(w.sample.store().get(RecordKind::Agency, amdie).value(u"acronym"_s) == u"AMDIE"_s);
    CHECK(historyLines(w.sample.store(), RecordKind::Agency, amdie, u"update"_s) == updates + 2);
    w.trigger(u"actionRedo"_s);
    CHECK(w.sample.store().get(RecordKind::Agency, amdie).value(u"acronym"_s) == u"AMDIE-X"_s);
    CHECK(historyLines(w.sample.store(), RecordKind::Agency, amdie, u"update"_s) == updates + 3);

    auto create = std::make_unique<CreateRecordCommand>(
        w.sample.session(), RecordKind::Agency, QVariantMap{{u"name"_s, u"Agence de test"_s}, {u"country"_s, u"MA"_s}});
    const QString agency = create->recordId();
    const QString shown = MessageBox::lastText();
    REQUIRE_FALSE(CommandRunner::apply(*w.sample.session().undoStack(), std::move(create)));
    CHECK(historyLines(w.sample.store(), RecordKind::Agency, agency, u"create"_s) == 1);
    REQUIRE_FALSE(
        CommandRunner::apply(*w.sample.session().undoStack(),
                             std::make_unique<TrashRecordCommand>(w.sample.session(), RecordKind::Agency, agency,
                                                                  TrashRecordCommand::Direction::ToTrash)));
    CHECK(historyLines(w.sample.store(), RecordKind::Agency, agency, u"delete"_s) == 1);
    // A second attempt at either would have been refused, and the step dropped with a message.
    QCoreApplication::processEvents();
    CHECK(MessageBox::lastText() == shown);
    CHECK(w.stack().count() == 3);
    CHECK(w.stack().index() == 3);
    CHECK(w.stack().undoText().contains(u"Agence de test"_s));

    // A change that changes nothing is not a step.
    REQUIRE_FALSE(
        CommandRunner::apply(*w.sample.session().undoStack(),
                             std::make_unique<UpdateRecordCommand>(w.sample.session(), RecordKind::Agency, amdie,
                                                                   QVariantMap{{u"acronym"_s, u"AMDIE-X"_s}})));
    CHECK(w.stack().count() == 3);
    CHECK(historyLines(w.sample.store(), RecordKind::Agency, amdie, u"update"_s) == updates + 3);
}

namespace {
// Two open follow-ups marked done in one step, as the follow-ups list does it.
QStringList markTwoDone(UndoWindow &w)
{
    QStringList open;
    for (const QString &id : w.sample.idsOf(RecordKind::FollowUp)) {
        if (!w.sample.store().get(RecordKind::FollowUp, id).value(u"done"_s).toBool()) {
            open << id;
        }
    }
    REQUIRE(open.size() >= 2);
    open = open.mid(0, 2);
    std::vector<std::unique_ptr<RecordCommand>> commands;
    for (const QString &id : open) {
        commands.push_back(std::make_unique<UpdateRecordCommand>(w.sample.session(), RecordKind::FollowUp, id,
                                                                 QVariantMap{{u"done"_s, true}}));
    }
    REQUIRE_FALSE(CommandRunner::applyAll(w.stack(), std::move(commands),
                                          [](int count) { return u"Mark %1 done"_s.arg(count); }));
    REQUIRE(w.stack().count() == 1);
    CHECK(w.stack().undoText() == u"Mark 2 done"_s);
    return open;
}
} // namespace

TEST_CASE("a step of several changes whose undo fails in one of them is put back whole and taken off the history",
          "[ui][undo]")
{
    UndoWindow w;
    const QStringList open = markTwoDone(w);
    {
        Elsewhere other(w.sample.session());
        other.store.trashAndPurge(RecordKind::FollowUp, open.at(0));
    }

    w.trigger(u"actionUndo"_s); // the second is undone first, then the first fails
    CHECK(MessageBox::lastText().contains(u"Cannot undo"_s));
    CHECK(w.sample.store().get(RecordKind::FollowUp, open.at(1)).value(u"done"_s).toBool()); // put back
    CHECK(w.stack().count() == 0);
    CHECK_FALSE(w.stack().canRedo());
}

TEST_CASE("a step of several changes whose redo fails in one of them is taken back whole and off the history",
          "[ui][undo]")
{
    UndoWindow w;
    const QStringList open = markTwoDone(w);
    w.trigger(u"actionUndo"_s);
    REQUIRE(w.stack().canRedo());
    {
        Elsewhere other(w.sample.session());
        other.store.trashAndPurge(RecordKind::FollowUp, open.at(1));
    }

    w.trigger(u"actionRedo"_s); // the first is redone, then the second fails
    CHECK(MessageBox::lastText().contains(u"Cannot redo"_s));
    CHECK_FALSE(w.sample.store().get(RecordKind::FollowUp, open.at(0)).value(u"done"_s).toBool()); // taken back
    CHECK(w.stack().count() == 0);
    CHECK_FALSE(w.stack().canRedo());
    CHECK_FALSE(child<QAction>(*w.window, u"actionRedo"_s)->isEnabled());
}
