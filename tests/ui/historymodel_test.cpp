#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "forms/choicelabels.h"
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

namespace {
// The row of an action on a field (by its raw name), or -1.
int rowOf(const QAbstractItemModel &model, const QString &action, const QString &field)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(model, row, HistoryModel::ActionColumn, HistoryModel::RawValueRole) == action &&
            cell(model, row, HistoryModel::FieldColumn, HistoryModel::RawValueRole) == field) {
            return row;
        }
    }
    return -1;
}
} // namespace

TEST_CASE("the history model shows a record's creation field by field and each change with old and new values",
          "[ui][history]")
{
    test::SampleSession sample;
    const QString yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    auto create =
        std::make_unique<CreateRecordCommand>(sample.session(), RecordKind::Investor,
                                              QVariantMap{{u"name"_s, u"北辰精機株式会社"_s},
                                                          {u"name_latin"_s, u"Hokushin Seiki (fictional)"_s},
                                                          {u"aliases"_s, QStringList{u"Hokushin"_s, u"北辰"_s}},
                                                          {u"sector"_s, u"automotive"_s},
                                                          {u"hq_country"_s, u"JP"_s},
                                                          {u"parent_id"_s, yazaki},
                                                          {u"notes"_s, QString(200, u'x')}});
    const QString id = create->recordId();
    REQUIRE_FALSE(CommandRunner::apply(*sample.session().undoStack(), std::move(create)));
    sample.clock().advanceSecs(3600);
    REQUIRE_FALSE(CommandRunner::apply(
        *sample.session().undoStack(),
        std::make_unique<UpdateRecordCommand>(sample.session(), RecordKind::Investor, id,
                                              QVariantMap{{u"name_latin"_s, u"Hokushin Seiki K.K. (fictional)"_s}})));

    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Records records = recordsOf(sample.session());
    model.setRecord(&records, RecordKind::Investor, id);

    // The creation: one row a field, named as the form names it, values as the officer reads them.
    const int name = rowOf(model, u"create"_s, u"name"_s);
    REQUIRE(name >= 0);
    CHECK(cell(model, name, HistoryModel::ActionColumn).toString() == u"Created"_s);
    CHECK(cell(model, name, HistoryModel::FieldColumn).toString() == u"Name"_s);
    CHECK(cell(model, name, HistoryModel::ToColumn).toString() == u"北辰精機株式会社"_s);
    CHECK(cell(model, name, HistoryModel::WhoColumn).toString() == u"佐藤 花子"_s);
    CHECK(cell(model, name, HistoryModel::WhenColumn, HistoryModel::RawValueRole).toString() ==
          u"2026-11-29T09:00:00.000Z"_s);
    const int parent = rowOf(model, u"create"_s, u"parent_id"_s);
    REQUIRE(parent >= 0);
    CHECK(cell(model, parent, HistoryModel::FieldColumn).toString() == u"Parent company"_s);
    CHECK(cell(model, parent, HistoryModel::ToColumn).toString() == sample.store().title(RecordKind::Investor, yazaki));
    CHECK(cell(model, parent, HistoryModel::ToColumn, HistoryModel::RawValueRole).toString() == yazaki);
    const int aliases = rowOf(model, u"create"_s, u"aliases"_s);
    REQUIRE(aliases >= 0);
    CHECK(cell(model, aliases, HistoryModel::ToColumn).toString() == u"Hokushin, 北辰"_s);
    const int sector = rowOf(model, u"create"_s, u"sector"_s);
    REQUIRE(sector >= 0);
    CHECK(cell(model, sector, HistoryModel::ToColumn).toString() == choiceLabel(u"automotive"_s));
    const int notes = rowOf(model, u"create"_s, u"notes"_s);
    REQUIRE(notes >= 0);
    const QString cutNotes = cell(model, notes, HistoryModel::ToColumn).toString();
    CHECK(cutNotes.size() == HistoryModel::maxCellLength);
    CHECK(cutNotes.endsWith(u'\u2026'));
    CHECK(cell(model, notes, HistoryModel::ToColumn, Qt::ToolTipRole).toString() == QString(200, u'x'));
    CHECK(rowOf(model, u"create"_s, u"website"_s) == -1); // fields left empty are not listed
    const int country = rowOf(model, u"create"_s, u"hq_country"_s);
    REQUIRE(country >= 0);
    CHECK(cell(model, country, HistoryModel::ToColumn).toString().contains(u"Japan"_s));
    // No cell of the creation shows JSON or a record id.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
            const QString text = cell(model, row, column).toString();
            INFO(text.toStdString());
            CHECK_FALSE(text.startsWith(u'{'));
            CHECK_FALSE(text.startsWith(u'['));
            CHECK_FALSE(text.contains(yazaki));
        }
    }

    const int changed = rowOf(model, u"update"_s, u"name_latin"_s);
    REQUIRE(changed == model.rowCount() - 1);
    CHECK(cell(model, changed, HistoryModel::ActionColumn).toString() == u"Changed"_s);
    CHECK(cell(model, changed, HistoryModel::FieldColumn).toString() == u"Name in Latin script"_s);
    CHECK(cell(model, changed, HistoryModel::FromColumn).toString() == u"Hokushin Seiki (fictional)"_s);
    CHECK(cell(model, changed, HistoryModel::ToColumn).toString() == u"Hokushin Seiki K.K. (fictional)"_s);
    CHECK(cell(model, changed, HistoryModel::WhenColumn, HistoryModel::RawValueRole).toString() ==
          u"2026-11-29T10:00:00.000Z"_s);
}

TEST_CASE("the history of a change to a link names the records, and a child list reads as lines", "[ui][history]")
{
    test::SampleSession sample;
    const QString yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    auto create = std::make_unique<CreateRecordCommand>(sample.session(), RecordKind::Investor,
                                                        QVariantMap{{u"name"_s, u"北辰精機株式会社"_s}});
    const QString id = create->recordId();
    REQUIRE_FALSE(CommandRunner::apply(*sample.session().undoStack(), std::move(create)));
    REQUIRE_FALSE(CommandRunner::apply(*sample.session().undoStack(),
                                       std::make_unique<UpdateRecordCommand>(sample.session(), RecordKind::Investor, id,
                                                                             QVariantMap{{u"parent_id"_s, yazaki}})));

    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Records records = recordsOf(sample.session());
    model.setRecord(&records, RecordKind::Investor, id);
    const int parent = rowOf(model, u"update"_s, u"parent_id"_s);
    REQUIRE(parent >= 0);
    CHECK(cell(model, parent, HistoryModel::FieldColumn).toString() == u"Parent company"_s);
    CHECK(cell(model, parent, HistoryModel::FromColumn).toString().isEmpty());
    CHECK(cell(model, parent, HistoryModel::ToColumn).toString() == sample.store().title(RecordKind::Investor, yazaki));
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
    CHECK(before > 1); // the sample data created it: a row a field

    REQUIRE_FALSE(CommandRunner::apply(*sample.session().undoStack(),
                                       std::make_unique<UpdateRecordCommand>(sample.session(), RecordKind::Investor, id,
                                                                             QVariantMap{{u"employees"_s, 46000}})));
    CHECK(table->model()->rowCount() == before + 1);
    sample.session().undoStack()->undo();
    // Undo is itself a change, written to the log: the history only grows.
    CHECK(table->model()->rowCount() == before + 2);
    CHECK(cell(*table->model(), before + 1, HistoryModel::FieldColumn).toString() == u"Employees"_s);
    CHECK(cell(*table->model(), before + 1, HistoryModel::FieldColumn, HistoryModel::RawValueRole).toString() ==
          u"employees"_s);
}
