#include "commands/recordcommands.h"
#include "models/historymodel.h"
#include "samplesession.h"
#include "views/historyview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
QVariant cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role);
}
} // namespace

TEST_CASE("the history model shows a record's creation and each change with old and new values", "[ui][history]")
{
    test::SampleSession sample;
    auto *create = CreateRecordCommand::create(sample.store(), RecordKind::Investor,
                                               {{u"name"_s, u"北辰精機株式会社"_s},
                                                {u"name_latin"_s, u"Hokushin Seiki (fictional)"_s},
                                                {u"notes"_s, QString(200, u'x')}});
    const QString id = create->recordId();
    sample.session().push(create);
    sample.clock().advanceSecs(3600);
    sample.session().push(UpdateRecordCommand::create(sample.store(), RecordKind::Investor, id,
                                                      {{u"name_latin"_s, u"Hokushin Seiki K.K. (fictional)"_s}}));

    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecord(&sample.store(), RecordKind::Investor, id);
    REQUIRE(model.rowCount() == 2);

    CHECK(cell(model, 0, HistoryModel::ActionColumn).toString() == u"Created"_s);
    CHECK(cell(model, 0, HistoryModel::ActionColumn, HistoryModel::RawValueRole).toString() == u"create"_s);
    CHECK(cell(model, 0, HistoryModel::WhoColumn).toString() == u"佐藤 花子"_s);
    CHECK(cell(model, 0, HistoryModel::WhenColumn, HistoryModel::RawValueRole).toString() ==
          u"2026-11-29T09:00:00.000Z"_s);
    CHECK(cell(model, 0, HistoryModel::WhenColumn).toString() ==
          QLocale().toString(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC).toLocalTime(), QLocale::ShortFormat));
    // The whole record is logged on creation: cut short in the cell, whole in the tooltip.
    const QString created = cell(model, 0, HistoryModel::ToColumn).toString();
    CHECK(created.size() == HistoryModel::maxCellLength);
    CHECK(created.endsWith(u'\u2026'));
    CHECK(cell(model, 0, HistoryModel::ToColumn, Qt::ToolTipRole).toString().contains(QString(200, u'x')));
    CHECK(cell(model, 0, HistoryModel::ToColumn, HistoryModel::RawValueRole).toString().contains(u"北辰精機"_s));

    CHECK(cell(model, 1, HistoryModel::ActionColumn).toString() == u"Changed"_s);
    CHECK(cell(model, 1, HistoryModel::FieldColumn).toString() == u"name_latin"_s);
    CHECK(cell(model, 1, HistoryModel::FromColumn).toString() == u"Hokushin Seiki (fictional)"_s);
    CHECK(cell(model, 1, HistoryModel::ToColumn).toString() == u"Hokushin Seiki K.K. (fictional)"_s);
    CHECK(cell(model, 1, HistoryModel::WhenColumn, HistoryModel::RawValueRole).toString() ==
          u"2026-11-29T10:00:00.000Z"_s);
}

TEST_CASE("the history view follows undo and redo", "[ui][history]")
{
    test::SampleSession sample;
    const QString id = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    HistoryView view(sample.session());
    view.setRecord(RecordKind::Investor, id);
    auto *table = view.findChild<QTableView *>(u"historyTable"_s);
    REQUIRE(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(view.findChild<QLabel *>(u"historyTitleLabel"_s)->text().contains(u"矢崎総業株式会社"_s));
    const int before = table->model()->rowCount();
    CHECK(before == 1); // created by the sample data

    sample.session().push(
        UpdateRecordCommand::create(sample.store(), RecordKind::Investor, id, {{u"employees"_s, 46000}}));
    CHECK(table->model()->rowCount() == before + 1);
    sample.session().undoStack()->undo();
    // Undo is itself a change, written to the log: the history only grows.
    CHECK(table->model()->rowCount() == before + 2);
    CHECK(cell(*table->model(), before + 1, HistoryModel::FieldColumn).toString() == u"employees"_s);
}
