// The editors inside record forms: record pickers, type-ahead combos, lists, child list tables.
#include "forms/childlisteditor.h"
#include "forms/childlistmodel.h"
#include "forms/choicecombo.h"
#include "forms/formfields.h"
#include "forms/recordform.h"
#include "forms/recordlinkedit.h"
#include "forms/stringlistedit.h"
#include "formtesting.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

TEST_CASE("the investor picker finds Yazaki by typing yaz and stores its id", "[ui][forms][picker]")
{
    SampleForms sample;
    const QString yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    RecordForm form(RecordKind::Deal, sample.session());
    form.show();
    auto *picker = child<RecordLinkEdit>(form, u"investor_id"_s);
    QSignalSpy opened(&form, &RecordForm::openRecordRequested);

    picker->lineEdit()->setFocus();
    QTest::keyClicks(picker->lineEdit(), u"yaz"_s);
    QAbstractItemModel *matches = picker->completer()->completionModel();
    QStringList titles;
    for (int row = 0; row < matches->rowCount(); ++row) {
        titles << matches->index(row, 0).data().toString();
    }
    const QString title = sample.store().title(RecordKind::Investor, yazaki); // the Japanese legal name, at least
    CHECK(title.contains(u"矢崎総業株式会社"_s));
    CHECK(titles.contains(title));
    CHECK(picker->recordId().isEmpty());

    QAbstractItemView *popup = picker->completer()->popup();
    REQUIRE(popup->isVisible());
    popup->setCurrentIndex(matches->index(int(titles.indexOf(title)), 0));
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(picker->recordId() == yazaki);
    CHECK(picker->lineEdit()->text() == title);
    CHECK(form.value().value(u"investor_id"_s) == yazaki);

    auto *open = child<QToolButton>(*picker, u"openButton"_s);
    CHECK(open->isEnabled());
    CHECK_FALSE(open->accessibleName().isEmpty());
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).value<RecordKind>() == RecordKind::Investor);
    CHECK(opened.at(0).at(1).toString() == yazaki);

    // Editing the name drops the link; leaving the field takes the only match.
    picker->lineEdit()->clear();
    QTest::keyClicks(picker->lineEdit(), u"Yazaki Corp"_s);
    CHECK(picker->recordId().isEmpty());
    Q_EMIT picker->lineEdit()->editingFinished();
    CHECK(picker->recordId() == yazaki);

    // Text that names nothing stays as typed, for validation to point at.
    picker->lineEdit()->clear();
    QTest::keyClicks(picker->lineEdit(), u"Nonexistent KK"_s);
    Q_EMIT picker->lineEdit()->editingFinished();
    CHECK(form.value().value(u"investor_id"_s) == u"Nonexistent KK"_s);
    CHECK_FALSE(form.validate());
    CHECK(errorLabel(form, u"investor_id"_s)->text().contains(u"Nonexistent KK"_s));
}

TEST_CASE("a follow-up links any kind of record and a new one starts with the session's officer", "[ui][forms][picker]")
{
    SampleForms sample;
    const QString sato = sample.idOf(RecordKind::Officer, u"initials"_s, u"HS"_s);
    sample.session().setOfficerId(sato);
    const QString yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    RecordForm form(RecordKind::FollowUp, sample.session());
    form.setRecord({});
    CHECK(form.value().value(u"owner_id"_s) == sato);
    CHECK(child<RecordLinkEdit>(form, u"owner_id"_s)->lineEdit()->text() == u"佐藤 花子"_s);
    auto *kind = child<ChoiceCombo>(form, u"linked_kind"_s);
    auto *link = child<RecordLinkEdit>(form, u"linked_id"_s);
    CHECK_FALSE(link->isEnabled());
    kind->setCurrentIndex(kind->findData(u"investor"_s));
    Q_EMIT kind->activated(kind->currentIndex());
    CHECK(link->isEnabled());
    CHECK(link->kind() == RecordKind::Investor);
    typeText(link->lineEdit(), u"矢崎"_s);
    link->resolve();
    CHECK(form.value().value(u"linked_kind"_s) == u"investor"_s);
    CHECK(form.value().value(u"linked_id"_s) == yazaki);
}

TEST_CASE("the country combo finds Morocco by its code or name", "[ui][forms]")
{
    SampleForms sample;
    RecordForm form(RecordKind::Agency, sample.session());
    auto *country = child<ChoiceCombo>(form, u"country"_s);
    QTest::keyClicks(country->lineEdit(), u"ma"_s);
    CHECK(form.value().value(u"country"_s) == u"MA"_s);
    Q_EMIT country->lineEdit()->editingFinished();
    CHECK(country->currentText() == u"Morocco (MA)"_s);
    country->lineEdit()->clear();
    QTest::keyClicks(country->lineEdit(), u"Atlantis"_s);
    CHECK(form.value().value(u"country"_s) == u"Atlantis"_s);
    CHECK_FALSE(form.validate());
    CHECK(errorLabel(form, u"country"_s)->text().contains(u"ATLANTIS"_s));
}

TEST_CASE("lists of text are edited one item per line", "[ui][forms]")
{
    SampleForms sample;
    RecordForm form(RecordKind::Investor, sample.session());
    auto *aliases = child<StringListEdit>(form, u"aliases"_s);
    QTest::keyClicks(aliases, u"Yazaki"_s);
    QTest::keyClick(aliases, Qt::Key_Return);
    QTest::keyClicks(aliases, u"Yazaki Co., Ltd."_s);
    QTest::keyClick(aliases, Qt::Key_Return);
    CHECK(form.value().value(u"aliases"_s) == QVariantList{u"Yazaki"_s, u"Yazaki Co., Ltd."_s});
}

TEST_CASE("the child list editor adds, edits, moves and removes rows", "[ui][forms][childlist]")
{
    SampleForms sample;
    const QString hassani = sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    RecordForm form(RecordKind::Delegate, sample.session());
    form.setRecord(sample.store().get(RecordKind::Delegate, hassani));
    form.show();
    auto *editor = child<ChildListEditor>(form, u"stays"_s);
    QAbstractItemModelTester tester(editor->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QVariantList before = form.value().value(u"stays"_s).toList();
    REQUIRE(before.size() == 4);

    auto *add = child<QPushButton>(*editor, u"staysAdd"_s);
    auto *remove = child<QPushButton>(*editor, u"staysRemove"_s);
    auto *up = child<QPushButton>(*editor, u"staysMoveUp"_s);
    auto *down = child<QPushButton>(*editor, u"staysMoveDown"_s);
    for (QPushButton *button : {add, remove, up, down}) {
        CHECK_FALSE(button->accessibleName().isEmpty());
        CHECK_FALSE(button->toolTip().isEmpty());
    }

    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(editor->model()->rowCount() == 5);
    CHECK(form.isModified());
    QVariantMap added = form.value().value(u"stays"_s).toList()[4].toMap();
    CHECK(added.value(u"host_office"_s) == u"ITPO Tokyo"_s);
    CHECK(added.value(u"id"_s).isNull());

    // The new row's first cell is being edited: type a start date into it.
    QWidget *cell = editor->view()->indexWidget(editor->model()->index(4, 0));
    REQUIRE(cell);
    QTest::keyClicks(cell, u"2026-04-06"_s);
    editCell(editor->view(), 4, 1, [](QWidget *w) { QTest::keyClicks(w, u"2026-06-26"_s); });
    added = form.value().value(u"stays"_s).toList()[4].toMap();
    CHECK(added.value(u"start_date"_s) == u"2026-04-06"_s);
    CHECK(added.value(u"end_date"_s) == u"2026-06-26"_s);

    editor->view()->setCurrentIndex(editor->model()->index(4, 0));
    QTest::mouseClick(up, Qt::LeftButton);
    QVariantList stays = form.value().value(u"stays"_s).toList();
    CHECK(stays[3].toMap().value(u"start_date"_s) == u"2026-04-06"_s);
    CHECK(stays[4].toMap().value(u"id"_s) == before[3].toMap().value(u"id"_s));
    CHECK(editor->view()->currentIndex().row() == 3);

    QTest::mouseClick(down, Qt::LeftButton);
    stays = form.value().value(u"stays"_s).toList();
    CHECK(stays[4].toMap().value(u"start_date"_s) == u"2026-04-06"_s);
    CHECK_FALSE(down->isEnabled());

    editor->view()->setCurrentIndex(editor->model()->index(0, 0));
    CHECK_FALSE(up->isEnabled());
    // The buttons' keys work in the table.
    QTest::keyClick(editor->view(), Qt::Key_Down, Qt::ControlModifier);
    CHECK(form.value().value(u"stays"_s).toList()[1].toMap().value(u"id"_s) == before[0].toMap().value(u"id"_s));
    QTest::keyClick(editor->view(), Qt::Key_Up, Qt::ControlModifier);
    CHECK(form.value().value(u"stays"_s).toList()[0].toMap().value(u"id"_s) == before[0].toMap().value(u"id"_s));
    QTest::keyClick(editor->view(), Qt::Key_Insert);
    CHECK(editor->model()->rowCount() == 6);
    QTest::keyClick(editor->view()->indexWidget(editor->view()->currentIndex()), Qt::Key_Escape);
    editor->view()->setCurrentIndex(editor->model()->index(5, 0));
    QTest::keyClick(editor->view(), Qt::Key_Delete);
    CHECK(editor->model()->rowCount() == 5);

    editor->view()->setCurrentIndex(editor->model()->index(0, 0));
    QTest::mouseClick(remove, Qt::LeftButton);
    stays = form.value().value(u"stays"_s).toList();
    REQUIRE(stays.size() == 4);
    CHECK(stays[0].toMap().value(u"id"_s) == before[1].toMap().value(u"id"_s));
    CHECK(form.validate());
}

TEST_CASE("changing who is credited clears the credited record", "[ui][forms][childlist]")
{
    SampleForms sample;
    const QString id = sample.idOf(RecordKind::Deal, u"title"_s, u"Wire-harness plants, Morocco"_s);
    RecordForm form(RecordKind::Deal, sample.session());
    form.setRecord(sample.store().get(RecordKind::Deal, id));
    auto *view = child<QTableView>(form, u"creditsView"_s);
    auto *model = qobject_cast<ChildListModel *>(view->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex who = model->index(0, model->columnOf(u"credited_id"_s));
    CHECK(who.data().toString().contains(u"Hassani"_s));
    CHECK(model->linkKind(who) == RecordKind::Delegate);
    REQUIRE(model->setData(model->index(0, 0), u"mission"_s));
    CHECK(model->linkKind(who) == RecordKind::Mission);
    CHECK(who.data(ChildListModel::RawValueRole).isNull());
}

TEST_CASE("the child list model passes the model tester through inserts, moves and removals", "[ui][forms][childlist]")
{
    ColumnSpec kind;
    kind.name = u"indicator"_s;
    kind.label = u"Indicator"_s;
    kind.type = FieldType::Choice;
    kind.choices = codeChoices({u"capex"_s, u"direct_jobs"_s});
    kind.defaultValue = u"direct_jobs"_s;
    ColumnSpec value;
    value.name = u"value"_s;
    value.label = u"Value"_s;
    value.type = FieldType::Amount;
    value.kindField = u"indicator"_s;
    ChildListModel model({kind, value}, [] { return QDate(2026, 11, 29); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setRows({QVariantMap{{u"id"_s, u"a"_s}, {u"indicator"_s, u"capex"_s}, {u"value"_s, u"1.00"_s}}});
    REQUIRE(model.insertRows(1, 2));
    CHECK(model.rowCount() == 3);
    CHECK(model.index(1, 0).data(ChildListModel::RawValueRole) == u"direct_jobs"_s);
    REQUIRE(model.setData(model.index(1, 1), u"1500"_s));
    CHECK(model.index(1, 1).data(ChildListModel::RawValueRole) == qlonglong(1500));
    REQUIRE(model.setData(model.index(0, 1), u"150,000,000.00"_s));
    CHECK(model.index(0, 1).data(ChildListModel::RawValueRole) == u"150000000.00"_s);
    REQUIRE(model.moveRows({}, 0, 1, {}, 3));
    CHECK(model.rows().last().toMap().value(u"id"_s) == u"a"_s);
    CHECK_FALSE(model.moveRows({}, 0, 1, {}, 1));
    REQUIRE(model.removeRows(0, 2));
    CHECK(model.rowCount() == 1);
    CHECK(model.headerData(0, Qt::Horizontal) == u"Indicator"_s);
}
