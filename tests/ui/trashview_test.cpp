#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "domain/dateformat.h"
#include "models/trashmodel.h"
#include "samplesession.h"
#include "support/messagebox.h"
#include "views/trashview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
struct Fixture
{
    Fixture()
    {
        investorId = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
        noteId = sample.store().findIdBy(RecordKind::Note, u"linked_id"_s, investorId).value_or(QString());
        if (noteId.isEmpty()) {
            noteId = sample.store().create(RecordKind::Note, {{u"body"_s, u"Met at the seminar."_s},
                                                              {u"linked_kind"_s, u"investor"_s},
                                                              {u"linked_id"_s, investorId}});
        }
        // Trashed through the undo stack, as the record panes do it.
        REQUIRE_FALSE(
            CommandRunner::apply(*sample.session().undoStack(),
                                 std::make_unique<TrashRecordCommand>(sample.session(), RecordKind::Note, noteId,
                                                                      TrashRecordCommand::Direction::ToTrash)));
        REQUIRE_FALSE(CommandRunner::apply(
            *sample.session().undoStack(),
            std::make_unique<TrashRecordCommand>(sample.session(), RecordKind::Investor, investorId,
                                                 TrashRecordCommand::Direction::ToTrash)));
    }
    void select(RecordKind kind, const QString &id)
    {
        const QModelIndex index = view.model()->indexOf(kind, id);
        REQUIRE(index.isValid());
        table->selectRow(index.row());
    }
    QPushButton *button(const QString &name) { return view.findChild<QPushButton *>(name); }

    test::SampleSession sample;
    QString investorId;
    QString noteId;
    TrashView view{sample.session()};
    QTableView *table = view.findChild<QTableView *>(u"trashTable"_s);
    QAbstractItemModelTester tester{table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
};
} // namespace

TEST_CASE("the trash view lists deleted records of every kind with who deleted them when", "[ui][trash]")
{
    Fixture f;
    const QAbstractItemModel *model = f.table->model();
    REQUIRE(model->rowCount() == 2);
    const QModelIndex investor = f.view.model()->indexOf(RecordKind::Investor, f.investorId);
    CHECK(investor.siblingAtColumn(TrashModel::KindColumn).data().toString() == u"Investor"_s);
    CHECK(investor.siblingAtColumn(TrashModel::TitleColumn).data().toString().contains(u"矢崎総業株式会社"_s));
    CHECK(investor.siblingAtColumn(TrashModel::DeletedByColumn).data().toString() == u"佐藤 花子"_s);
    CHECK(investor.siblingAtColumn(TrashModel::DeletedAtColumn)
              .data(TrashModel::RawValueRole)
              .toString()
              .startsWith(u"2026-11-29T09:00:00"_s));
    CHECK(investor.siblingAtColumn(TrashModel::DeletedAtColumn).data().toString() ==
          formatDateTime(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC).toLocalTime()));
}

TEST_CASE("restoring from the trash view can be undone", "[ui][trash]")
{
    Fixture f;
    f.select(RecordKind::Investor, f.investorId);
    QTest::mouseClick(f.button(u"restoreButton"_s), Qt::LeftButton);
    CHECK_FALSE(f.sample.store().get(RecordKind::Investor, f.investorId).contains(u"deleted_at"_s));
    CHECK_FALSE(f.view.model()->indexOf(RecordKind::Investor, f.investorId).isValid());
    CHECK(f.table->model()->rowCount() == 1);

    f.sample.session().undoStack()->undo();
    CHECK(f.sample.store().get(RecordKind::Investor, f.investorId).contains(u"deleted_at"_s));
    CHECK(f.view.model()->indexOf(RecordKind::Investor, f.investorId).isValid());
}

TEST_CASE("purging asks first, says it cannot be undone, and deletes for good", "[ui][trash]")
{
    Fixture f;
    f.select(RecordKind::Note, f.noteId);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(f.button(u"purgeButton"_s), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(u"cannot be undone"_s));
    CHECK(f.sample.store().exists(RecordKind::Note, f.noteId));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(f.button(u"purgeButton"_s), Qt::LeftButton);
    CHECK_FALSE(f.sample.store().exists(RecordKind::Note, f.noteId));
    CHECK_FALSE(f.view.model()->indexOf(RecordKind::Note, f.noteId).isValid());
}

TEST_CASE("a record still needed by others is not purged, and the view says why", "[ui][trash]")
{
    Fixture f;
    f.select(RecordKind::Investor, f.investorId); // Yazaki's contacts need it
    MessageBox::setNextAnswer(QMessageBox::Yes);
    // The refusal is a real (modal) message box: close it as soon as it shows.
    QTimer::singleShot(0, qApp, [] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            box->close();
        }
    });
    QTest::mouseClick(f.button(u"purgeButton"_s), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(u"cannot be purged"_s));
    CHECK(f.sample.store().exists(RecordKind::Investor, f.investorId));
    CHECK(f.view.model()->indexOf(RecordKind::Investor, f.investorId).isValid());
}

namespace {
// Closes the (modal) refusal as soon as it shows.
void closeNextBox()
{
    QTimer::singleShot(0, qApp, [] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            box->close();
        }
    });
}

void addToSelection(Fixture &f, RecordKind kind, const QString &id)
{
    const QModelIndex index = f.view.model()->indexOf(kind, id);
    REQUIRE(index.isValid());
    f.table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}
} // namespace

TEST_CASE("several records restored from the trash view come back all or none, as one step", "[ui][trash]")
{
    Fixture f;
    const QString otherNote =
        recordsOf(f.sample.session())
            .create(RecordKind::Note, {{u"body"_s, u"Asked for the site visit."_s},
                                       {u"linked_kind"_s, u"agency"_s},
                                       {u"linked_id"_s, f.sample.idOf(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s)}})
            .id;
    recordsOf(f.sample.session()).trash(RecordKind::Note, otherNote);
    Q_EMIT f.sample.session().recordsChanged();
    f.table->clearSelection();
    addToSelection(f, RecordKind::Note, otherNote);
    addToSelection(f, RecordKind::Note, f.noteId);
    // Purged behind the view's back: the second restore is refused after the first was made.
    f.sample.store().purge(RecordKind::Note, f.noteId);
    const int steps = f.sample.session().undoStack()->count();

    MessageBox::setNextAnswer(QMessageBox::Ok); // answers the refusal
    QTest::mouseClick(f.button(u"restoreButton"_s), Qt::LeftButton);

    CHECK(MessageBox::lastText().contains(f.noteId));
    CHECK(f.sample.store().get(RecordKind::Note, otherNote).contains(u"deleted_at"_s));
    CHECK(f.sample.session().undoStack()->count() == steps);

    f.table->clearSelection();
    addToSelection(f, RecordKind::Note, otherNote);
    addToSelection(f, RecordKind::Investor, f.investorId);
    QTest::mouseClick(f.button(u"restoreButton"_s), Qt::LeftButton);
    CHECK_FALSE(f.sample.store().get(RecordKind::Note, otherNote).contains(u"deleted_at"_s));
    CHECK_FALSE(f.sample.store().get(RecordKind::Investor, f.investorId).contains(u"deleted_at"_s));
    REQUIRE(f.sample.session().undoStack()->count() == steps + 1);
    CHECK(f.sample.session().undoStack()->undoText().startsWith(u"Restore 2"_s));
    f.sample.session().undoStack()->undo();
    CHECK(f.sample.store().get(RecordKind::Note, otherNote).contains(u"deleted_at"_s));
    CHECK(f.sample.store().get(RecordKind::Investor, f.investorId).contains(u"deleted_at"_s));
}

TEST_CASE("purging several records from the trash view purges all of them or none", "[ui][trash]")
{
    Fixture f;
    f.table->clearSelection();
    addToSelection(f, RecordKind::Note, f.noteId);
    addToSelection(f, RecordKind::Investor, f.investorId); // Yazaki's contacts need it
    MessageBox::setNextAnswer(QMessageBox::Yes);
    closeNextBox();
    QTest::mouseClick(f.button(u"purgeButton"_s), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(u"cannot be purged"_s));
    CHECK(f.sample.store().exists(RecordKind::Note, f.noteId));
    CHECK(f.sample.store().exists(RecordKind::Investor, f.investorId));
}
