#include "dialogs/stagemovedialog.h"
#include "forms/recordform.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "models/pipelinemodel.h"
#include "models/recordlistmodel.h"
#include "samplewindow.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "support/settings.h"
#include "views/dashboardview.h"
#include "views/pipelineboard.h"
#include "views/recordlistpane.h"
#include "views/recordpane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
using Window = SampleWindow;

QStringList column(const QAbstractItemModel *model, int col = 0)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        values << model->index(row, col).data().toString();
    }
    return values;
}
} // namespace

TEST_CASE("the window composes navigation, a list and a record pane, with the file in its title", "[ui][mainwindow]")
{
    Window w;
    CHECK(w.window->windowTitle().contains(w.sample.session().database()->path()));
    auto *navigation = child<QListWidget>(*w.window, u"navigation"_s);
    CHECK(navigation->count() == 13);
    RecordListPane *delegates = w.window->listPane(RecordKind::Delegate);
    QAbstractItemModelTester tester(delegates->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(delegates->model()->rowCount() > 0);
    CHECK(child<QLabel>(*delegates, u"recordCount"_s)
              ->text()
              .contains(QString::number(delegates->model()->totalCount())));
}

TEST_CASE("a delegate with a Japanese name is created through the form and listed by its reading", "[ui][mainwindow]")
{
    Window w;
    w.window->showSection(MainWindow::Section::Delegates);
    w.action(u"actionNewRecord"_s)->trigger();
    RecordForm *form = w.window->recordPane()->form();
    REQUIRE(form);
    REQUIRE(form->kind() == RecordKind::Delegate);
    typeText(child<QLineEdit>(*form, u"family_name"_s), u"安倍"_s);
    typeText(child<QLineEdit>(*form, u"given_name"_s), u"明子"_s);
    typeText(child<QLineEdit>(*form, u"family_name_reading"_s), u"あべ"_s);
    typeText(child<QLineEdit>(*form, u"given_name_reading"_s), u"あきこ"_s);
    w.action(u"actionSaveRecord"_s)->trigger();

    const QString id = w.window->recordPane()->recordId();
    REQUIRE_FALSE(id.isEmpty());
    const QVariantMap stored = w.sample.store().get(RecordKind::Delegate, id);
    CHECK(stored.value(u"family_name"_s) == u"安倍"_s);
    CHECK(stored.value(u"name_order"_s) == u"family_first"_s);
    CHECK(stored.value(u"created_by"_s) == w.sample.session().officerId());

    // Sorted by reading, not by the kanji: 伊藤 (いとう) comes after 安倍 (あべ) although its
    // kanji has the smaller code point.
    w.sample.store().create(RecordKind::Delegate, {{u"family_name"_s, u"伊藤"_s},
                                                   {u"given_name"_s, u"健"_s},
                                                   {u"family_name_reading"_s, u"いとう"_s},
                                                   {u"given_name_reading"_s, u"けん"_s}});
    Q_EMIT w.sample.session().recordsChanged();
    RecordListPane *pane = w.window->listPane(RecordKind::Delegate);
    const QStringList names = column(pane->model());
    REQUIRE(u"伊"_s < u"安"_s);
    CHECK(names.indexOf(u"安倍 明子"_s) >= 0);
    CHECK(names.indexOf(u"安倍 明子"_s) < names.indexOf(u"伊藤 健"_s));
    CHECK(pane->currentId() == id);

    child<QLineEdit>(*pane, u"quickFilter"_s)->setText(u"アベ"_s); // katakana finds the hiragana reading
    REQUIRE(QTest::qWaitFor([&] { return pane->model()->totalCount() == 1; }));
    CHECK(column(pane->model()) == QStringList{u"安倍 明子"_s});
}

TEST_CASE("the list's quick filter finds variant kanji from the common form typed", "[ui][mainwindow][kanji]")
{
    Window w;
    w.sample.store().create(RecordKind::Delegate, {{u"family_name"_s, u"山﨑"_s}, {u"given_name"_s, u"髙志"_s}});
    Q_EMIT w.sample.session().recordsChanged();
    RecordListPane *pane = w.window->listPane(RecordKind::Delegate);
    auto *filter = child<QLineEdit>(*pane, u"quickFilter"_s);
    for (const QString &typed : {u"山崎"_s, u"山崎 高志"_s}) {
        filter->setText(typed); // as an input method commits it
        // QTRY_COMPARE would only return from the test on failure: Catch must see it.
        REQUIRE(QTest::qWaitFor([&] { return pane->model()->totalCount() == 1; }));
        CHECK(column(pane->model()) == QStringList{u"山﨑 髙志"_s});
        filter->clear();
        REQUIRE(QTest::qWaitFor([&] { return pane->model()->totalCount() > 1; }));
    }
}

TEST_CASE("an invalid field is shown at the field and Save is refused, keeping what was typed", "[ui][mainwindow]")
{
    Window w;
    w.window->showSection(MainWindow::Section::Agencies);
    const qint64 before = w.sample.store().count(RecordKind::Agency);
    w.action(u"actionNewRecord"_s)->trigger();
    RecordForm *form = w.window->recordPane()->form();
    REQUIRE(form);
    typeText(child<QLineEdit>(*form, u"name"_s), u"Agence de test"_s);
    child<QPushButton>(*w.window, u"saveButton"_s)->click();
    QLabel *error = errorLabel(*form, u"country"_s);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(w.sample.store().count(RecordKind::Agency) == before);
    CHECK(form->value().value(u"name"_s) == u"Agence de test"_s);
}

TEST_CASE("an edit is undone and redone in the database", "[ui][mainwindow]")
{
    Window w;
    const QString id = w.sample.idOf(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s);
    w.window->openRecord(RecordKind::Agency, id);
    RecordForm *form = w.window->recordPane()->form();
    REQUIRE(form);
    auto *acronym = child<QLineEdit>(*form, u"acronym"_s);
    REQUIRE(QTest::qWaitForWindowActive(w.window.get())); // shortcuts reach active windows only
    acronym->setFocus();
    acronym->selectAll();
    typeText(acronym, u"AMDIE-X"_s);
    QTest::keySequence(acronym, QKeySequence::Save); // Ctrl+S from inside a field saves
    CHECK(w.sample.store().get(RecordKind::Agency, id).value(u"acronym"_s) == u"AMDIE-X"_s);

    w.action(u"actionUndo"_s)->trigger();
    CHECK(w.sample.store().get(RecordKind::Agency, id).value(u"acronym"_s) == u"AMDIE"_s);
    CHECK(acronym->text() == u"AMDIE"_s); // the form shows what the database now holds
    w.action(u"actionRedo"_s)->trigger();
    CHECK(w.sample.store().get(RecordKind::Agency, id).value(u"acronym"_s) == u"AMDIE-X"_s);
}

TEST_CASE("a deleted record goes to the Trash and undo brings it back", "[ui][mainwindow]")
{
    Window w;
    const QString id = w.sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    w.window->openRecord(RecordKind::Investor, id);
    child<QPushButton>(*w.window, u"deleteButton"_s)->click();
    CHECK(w.sample.store().get(RecordKind::Investor, id).contains(u"deleted_at"_s));
    CHECK(w.window->listPane(RecordKind::Investor)->model()->rowOf(id) == -1);
    w.action(u"actionUndo"_s)->trigger();
    CHECK_FALSE(w.sample.store().get(RecordKind::Investor, id).contains(u"deleted_at"_s));
    CHECK(w.window->listPane(RecordKind::Investor)->model()->rowOf(id) >= 0);
}

TEST_CASE("switching records with unsaved edits asks first and can stay", "[ui][mainwindow]")
{
    Window w;
    const QString amdie = w.sample.idOf(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s);
    w.window->openRecord(RecordKind::Agency, amdie);
    typeText(child<QLineEdit>(*w.window->recordPane()->form(), u"acronym"_s), u"Z"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    w.window->recordPane()->newRecord(RecordKind::Agency);
    CHECK(w.window->recordPane()->recordId() == amdie);
    CHECK(w.window->recordPane()->form()->isModified());
}

TEST_CASE("a related record opens from the record's Related tab", "[ui][mainwindow]")
{
    Window w;
    const QString yazaki = w.sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    w.window->openRecord(RecordKind::Investor, yazaki);
    auto *related = child<QTreeWidget>(*w.window, u"relatedList"_s);
    REQUIRE(related->topLevelItemCount() > 0);
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < related->topLevelItemCount() && !first; ++i) {
        if (related->topLevelItem(i)->childCount() > 0) {
            first = related->topLevelItem(i)->child(0);
        }
    }
    REQUIRE(first);
    Q_EMIT related->itemActivated(first, 0);
    CHECK(w.window->recordPane()->recordId() != yazaki);
    CHECK_FALSE(w.window->recordPane()->recordId().isEmpty());
}

TEST_CASE("opening a file that is not a database shows why and keeps the current one", "[ui][mainwindow]")
{
    Window w;
    const QString current = w.sample.session().database()->path();
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"notes.txt"_s);
    QFile text(bad);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("These are meeting notes, not a database.\n");
    text.close();
    FileDialog::setNextFileName(bad);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.action(u"actionOpenDatabase"_s)->trigger();
    CHECK(MessageBox::lastText().contains(u"not a Delegates CRM database"_s));
    CHECK(w.sample.session().database()->path() == current);
}

TEST_CASE("an empty database is offered the sample data", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    DatabaseSession session;
    REQUIRE(session.open(dir.filePath(u"empty.sqlite"_s), Database::OpenMode::CreateIfMissing).isEmpty());
    MainWindow window(session);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.offerSampleData();
    CHECK(MessageBox::lastText().contains(u"sample dataset"_s));
    CHECK(window.listPane(RecordKind::Investor)->model()->totalCount() > 0);
}

TEST_CASE("a list of 100,000 investors opens a page at a time and re-sorts", "[ui][mainwindow][large]")
{
    QTemporaryDir dir;
    DatabaseSession session;
    REQUIRE(session.open(dir.filePath(u"large.sqlite"_s), Database::OpenMode::CreateIfMissing).isEmpty());
    {
        // Investors alone (the full generated dataset would be 1.5 million records).
        Transaction transaction(*session.database());
        for (int i = 0; i < 100000; ++i) {
            session.store()->create(RecordKind::Investor,
                                    {{u"name"_s, u"株式会社テスト%1"_s.arg(i)},
                                     {u"name_reading"_s, u"てすと%1"_s.arg(i)},
                                     {u"employees"_s, (i * 7919) % 100003}},
                                    MapFormat::Storage);
        }
        transaction.commit();
    }
    Q_EMIT session.recordsChanged();
    MainWindow window(session);
    window.showSection(MainWindow::Section::Investors);
    RecordListModel *model = window.listPane(RecordKind::Investor)->model();
    CHECK(model->totalCount() == 100000);
    CHECK(model->rowCount() == RecordListModel::PageSize); // not all of them
    QTreeView *view = window.listPane(RecordKind::Investor)->view();
    view->sortByColumn(4, Qt::DescendingOrder); // employees, largest first
    REQUIRE(model->rowCount() == RecordListModel::PageSize);
    CHECK(model->index(0, 4).data(RecordListModel::RawValueRole).toLongLong() >=
          model->index(1, 4).data(RecordListModel::RawValueRole).toLongLong());
    model->fetchMore({});
    CHECK(model->rowCount() == 2 * RecordListModel::PageSize);
}

TEST_CASE("on the pipeline board a deal moves on by keyboard and the window's Ctrl+Z takes it back",
          "[ui][mainwindow][pipeline]")
{
    Window w;
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    w.window->showSection(MainWindow::Section::Pipeline);
    CHECK(w.window->recordPane()->isHidden()); // the board takes the window's width
    auto *board = w.window->findChild<PipelineBoard *>();
    REQUIRE(board);
    const QString id =
        w.sample.idOf(RecordKind::Deal, u"title"_s, u"Workwear and technical-textile plant, Hawassa (fictional)"_s);
    const auto stage = [&] { return w.sample.store().get(RecordKind::Deal, id).value(u"stage"_s).toString(); };
    REQUIRE(stage() == u"visit"_s);
    REQUIRE(board->selectDeal(id));
    QListView *visit = board->column(u"visit"_s);
    REQUIRE(visit->hasFocus());

    StageMoveDialog::setNextAnswer({true, QDate::currentDate(), {}});
    QTest::keyClick(visit, Qt::Key_Right, Qt::ControlModifier);
    CHECK(stage() == u"negotiation"_s);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(stage() == u"visit"_s);
    CHECK(board->model()->indexOf(id).parent() == board->model()->stageIndex(u"visit"_s));

    w.window->showSection(MainWindow::Section::Deals);
    CHECK_FALSE(w.window->recordPane()->isHidden());
}

TEST_CASE("the dashboard is a section of the window, reached from the Reports menu", "[ui][mainwindow]")
{
    Window w;
    w.action(u"actionDashboard"_s)->trigger();
    auto *dashboard = w.window->findChild<DashboardView *>();
    REQUIRE(dashboard);
    CHECK(dashboard->isVisible());
    CHECK(w.window->recordPane()->isHidden());
    w.window->showSection(MainWindow::Section::Delegates);
    CHECK(w.window->recordPane()->isVisible());
}
