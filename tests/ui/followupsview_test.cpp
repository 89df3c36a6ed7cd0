#include "domain/dateformat.h"
#include "models/followupmodel.h"
#include "samplesession.h"
#include "support/themecolours.h"
#include "views/followupsview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QFont>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        values << model->index(row, column).data(FollowUpModel::RawValueRole).toString();
    }
    return values;
}

QModelIndex rowWithTitle(const QAbstractItemModel *model, const QString &title)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, FollowUpModel::TitleColumn).data().toString() == title) {
            return model->index(row, FollowUpModel::TitleColumn);
        }
    }
    return {};
}

struct Fixture
{
    test::SampleSession sample;
    FollowUpsView view{sample.session()};
    QTableView *table = view.findChild<QTableView *>(u"followUpsTable"_s);
    QAbstractItemModelTester tester{table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
};

const QString jobsFigures = u"Collect 2025 realised jobs figures for the Yazaki plants from AMDIE"_s; // due 2026-03-31
const QString groundbreaking = u"Confirm groundbreaking date with Amakake"_s;                         // due 2027-01-20

// The error colour of the list (red, readable on its rows in a light or a dark theme).
QColor overdueColour()
{
    return crm::ui::listToneColour(crm::ui::Tone::Error, QApplication::palette());
}
} // namespace

TEST_CASE("the follow-ups view lists the open follow-ups by due date", "[ui][followups]")
{
    Fixture f;
    REQUIRE(f.table);
    const QAbstractItemModel *model = f.table->model();
    CHECK(model->rowCount() == 6); // the sample data's open ones; done ones are hidden
    QStringList due = column(model, FollowUpModel::DueColumn);
    CHECK(due.constFirst() == u"2026-03-31"_s);
    QStringList sorted = due;
    sorted.sort();
    CHECK(due == sorted);
    const QModelIndex jobs = rowWithTitle(model, jobsFigures);
    CHECK(jobs.siblingAtColumn(FollowUpModel::OwnerColumn).data().toString() == u"佐藤 花子"_s);
    CHECK(jobs.siblingAtColumn(FollowUpModel::LinkedColumn).data().toString().startsWith(u"Deal: "_s));
    CHECK(jobs.siblingAtColumn(FollowUpModel::DueColumn).data().toString() == formatDate(QDate(2026, 3, 31)));
}

TEST_CASE("an overdue follow-up is red and bold and says by how much", "[ui][followups]")
{
    Fixture f;
    const QModelIndex overdue = rowWithTitle(f.table->model(), jobsFigures);
    REQUIRE(overdue.isValid());
    CHECK(overdue.data(Qt::ForegroundRole).value<QBrush>().color() == overdueColour());
    CHECK(overdue.data(Qt::FontRole).value<QFont>().bold());
    const qint64 days = QDate(2026, 3, 31).daysTo(QDate(2026, 11, 29));
    CHECK(overdue.data(Qt::ToolTipRole).toString() == u"Overdue by %1 days"_s.arg(days));

    const QModelIndex later = rowWithTitle(f.table->model(), groundbreaking);
    CHECK_FALSE(later.data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(later.data(Qt::ToolTipRole).isValid());

    // Tomorrow on the database clock, nothing changes for a follow-up due in 2027...
    f.sample.clock().set(QDateTime(QDate(2027, 1, 21), QTime(9, 0), Qt::UTC));
    f.view.model()->refresh();
    CHECK(rowWithTitle(f.table->model(), groundbreaking).data(Qt::ToolTipRole).toString() == u"Overdue by 1 day"_s);
}

TEST_CASE("marking a follow-up done removes it from the open list, and undo brings it back", "[ui][followups]")
{
    Fixture f;
    f.view.show();
    const int open = f.table->model()->rowCount();
    const QString id = f.view.model()->followUpId(rowWithTitle(f.table->model(), jobsFigures));
    f.table->selectRow(rowWithTitle(f.table->model(), jobsFigures).row());
    QTest::mouseClick(f.view.findChild<QPushButton *>(u"markDoneButton"_s), Qt::LeftButton);

    CHECK(f.table->model()->rowCount() == open - 1);
    CHECK_FALSE(rowWithTitle(f.table->model(), jobsFigures).isValid());
    CHECK(f.sample.store().get(RecordKind::FollowUp, id).value(u"done"_s).toBool());
    CHECK(f.sample.store().get(RecordKind::FollowUp, id).value(u"done_at"_s).toString().startsWith(u"2026-11-29"_s));
    // The keyboard stays in the list, on the next follow-up.
    CHECK(f.table->currentIndex().isValid());

    f.sample.session().undoStack()->undo();
    CHECK(f.table->model()->rowCount() == open);
    CHECK(rowWithTitle(f.table->model(), jobsFigures).isValid());
    CHECK_FALSE(f.sample.store().get(RecordKind::FollowUp, id).value(u"done"_s).toBool());
}

TEST_CASE("Ctrl+D marks the selected follow-ups done as one undo step", "[ui][followups]")
{
    Fixture f;
    f.view.show();
    f.view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.view));
    f.table->setFocus();
    f.table->selectRow(0);
    f.table->selectionModel()->select(f.table->model()->index(1, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(f.table, Qt::Key_D, Qt::ControlModifier);
    CHECK(f.table->model()->rowCount() == 4);
    CHECK(f.sample.session().undoStack()->count() == 1);
    f.sample.session().undoStack()->undo();
    CHECK(f.table->model()->rowCount() == 6);
}

TEST_CASE("show done lists done follow-ups too, struck through", "[ui][followups]")
{
    Fixture f;
    QTest::mouseClick(f.view.findChild<QCheckBox *>(u"showDoneCheck"_s), Qt::LeftButton);
    CHECK(f.table->model()->rowCount() == 11);
    const QModelIndex done = rowWithTitle(f.table->model(), u"Send Yazaki the Kenitra incentive summary"_s);
    REQUIRE(done.isValid());
    CHECK(done.data(Qt::FontRole).value<QFont>().strikeOut());
    CHECK_FALSE(done.data(Qt::ForegroundRole).value<QBrush>().color() == overdueColour()); // done is never overdue
}

TEST_CASE("Enter on a follow-up asks to open the record it is about", "[ui][followups]")
{
    Fixture f;
    f.view.show();
    QSignalSpy opened(&f.view, &FollowUpsView::openRecordRequested);
    const QModelIndex jobs = rowWithTitle(f.table->model(), jobsFigures);
    f.table->setCurrentIndex(jobs);
    QTest::keyClick(f.table, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).value<RecordKind>() == RecordKind::Deal);
    CHECK(opened.at(0).at(1).toString() ==
          jobs.siblingAtColumn(FollowUpModel::LinkedColumn).data(FollowUpModel::RawValueRole).toString());
}
