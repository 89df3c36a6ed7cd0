#include "dialogs/stagemovedialog.h"
#include "models/pipelinemodel.h"
#include "samplesession.h"
#include "support/messagebox.h"
#include "views/pipelineboard.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
const QString hawassaTitle = u"Workwear and technical-textile plant, Hawassa (fictional)"_s; // in Visit

struct Fixture
{
    Fixture()
    {
        board.resize(1600, 700);
        board.show();
        board.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&board));
    }

    QString stageOf(const QString &id) { return sample.store().get(RecordKind::Deal, id).value(u"stage"_s).toString(); }
    QVariantList historyOf(const QString &id)
    {
        return sample.store().get(RecordKind::Deal, id).value(u"stage_history"_s).toList();
    }

    test::SampleSession sample;
    PipelineBoard board{sample.session()};
    QAbstractItemModelTester tester{board.model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
    QDate today = sample.clock().today();
};
} // namespace

TEST_CASE("Ctrl+Right moves the selected deal to the next stage, dated, and Ctrl+Z takes it back", "[ui][pipeline]")
{
    Fixture f;
    const QString id = f.sample.idOf(RecordKind::Deal, u"title"_s, hawassaTitle);
    const QVariantList before = f.historyOf(id);
    REQUIRE(f.board.selectDeal(id));
    QListView *visit = f.board.column(u"visit"_s);
    REQUIRE(visit->hasFocus());

    StageMoveDialog::setNextAnswer({true, f.today, {}});
    QTest::keyClick(visit, Qt::Key_Right, Qt::ControlModifier);
    CHECK(f.stageOf(id) == u"negotiation"_s);
    const QVariantList after = f.historyOf(id);
    REQUIRE(after.size() == before.size() + 1);
    CHECK(after.constLast().toMap().value(u"stage"_s) == u"negotiation"_s);
    CHECK(after.constLast().toMap().value(u"date"_s) == f.today.toString(Qt::ISODate));
    CHECK(f.board.model()->indexOf(id).parent() == f.board.model()->stageIndex(u"negotiation"_s));
    CHECK(f.board.currentDealId() == id); // the keyboard follows the deal
    REQUIRE(f.sample.session().undoStack()->count() == 1);

    f.sample.session().undoStack()->undo();
    CHECK(f.stageOf(id) == u"visit"_s);
    CHECK(f.historyOf(id) == before);
    CHECK(f.board.model()->indexOf(id).parent() == f.board.model()->stageIndex(u"visit"_s));
}

TEST_CASE("a cancelled move changes nothing", "[ui][pipeline]")
{
    Fixture f;
    const QString id = f.sample.idOf(RecordKind::Deal, u"title"_s, hawassaTitle);
    StageMoveDialog::setNextAnswer({false, f.today, {}});
    CHECK_FALSE(f.board.moveDeal(id, u"negotiation"_s));
    CHECK(f.stageOf(id) == u"visit"_s);
    CHECK(f.sample.session().undoStack()->count() == 0);
}

TEST_CASE("a move to Lost without a reason is refused", "[ui][pipeline]")
{
    Fixture f;
    const QString id = f.sample.idOf(RecordKind::Deal, u"title"_s, hawassaTitle);
    StageMoveDialog::setNextAnswer({true, f.today, u"  "_s});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(f.board.moveDeal(id, u"lost"_s));
    CHECK(MessageBox::lastText().contains(u"reason"_s));
    CHECK(f.stageOf(id) == u"visit"_s);
    CHECK(f.sample.session().undoStack()->count() == 0);

    StageMoveDialog::setNextAnswer({true, f.today, u"Chose Kenya"_s});
    CHECK(f.board.moveDeal(id, u"lost"_s));
    CHECK(f.stageOf(id) == u"lost"_s);
    CHECK(f.sample.store().get(RecordKind::Deal, id).value(u"lost_reason"_s) == u"Chose Kenya"_s);
}

TEST_CASE("the move dialog wants a reason for Lost and warns about odd dates", "[ui][pipeline]")
{
    test::SampleSession sample;
    const QString id = sample.idOf(RecordKind::Deal, u"title"_s, hawassaTitle);
    const QVariantMap deal = sample.store().get(RecordKind::Deal, id);
    const QDate today = sample.clock().today();
    StageMoveDialog lost(deal, u"lost"_s, today);
    CHECK(lost.date() == today);
    CHECK_FALSE(lost.canAccept());
    QTest::keyClicks(lost.findChild<QLineEdit *>(u"lostReasonEdit"_s), u"Chose Kenya"_s);
    CHECK(lost.canAccept());
    CHECK(lost.warningText().isEmpty());

    StageMoveDialog next(deal, u"negotiation"_s, today);
    CHECK(next.canAccept());
    next.setDate(today.addMonths(-2)); // the sample deals were recorded "today"
    CHECK(next.warningText().contains(u"before the deal was recorded"_s));
    next.setDate(today.addDays(3));
    CHECK(next.warningText().contains(u"after today"_s));
    CHECK(next.canAccept()); // a warning, not a refusal
}

TEST_CASE("arrow keys move between the columns' cards", "[ui][pipeline]")
{
    Fixture f;
    const QString id = f.sample.idOf(RecordKind::Deal, u"title"_s, hawassaTitle);
    REQUIRE(f.board.selectDeal(id));
    // Right skips the empty Negotiation and Decision columns and lands on the announced deal.
    QTest::keyClick(f.board.column(u"visit"_s), Qt::Key_Right);
    CHECK(f.board.column(u"announced"_s)->hasFocus());
    CHECK(f.board.model()->card(f.board.model()->indexOf(f.board.currentDealId()))->stage == u"announced"_s);
    QTest::keyClick(f.board.column(u"announced"_s), Qt::Key_Left);
    CHECK(f.board.column(u"visit"_s)->hasFocus());
}

TEST_CASE("a card dropped on another column asks the date and moves the deal", "[ui][pipeline]")
{
    Fixture f;
    const QString id = f.sample.idOf(RecordKind::Deal, u"title"_s, hawassaTitle);
    PipelineModel *model = f.board.model();
    std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(id)}));
    StageMoveDialog::setNextAnswer({true, f.today, {}});
    model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->stageIndex(u"decision"_s));
    QTRY_COMPARE(f.stageOf(id), u"decision"_s); // the move is made once the drag is over
    CHECK(f.sample.session().undoStack()->count() == 1);
}

TEST_CASE("the board's filters narrow the cards", "[ui][pipeline]")
{
    Fixture f;
    auto *country = f.board.findChild<QComboBox *>(u"pipelineCountryFilter"_s);
    REQUIRE(country);
    const int morocco = country->findData(u"MA"_s);
    REQUIRE(morocco > 0);
    country->setCurrentIndex(morocco);
    CHECK(f.board.model()->cards().size() == 2);
    auto *year = f.board.findChild<QComboBox *>(u"pipelineYearFilter"_s);
    year->setCurrentIndex(year->findData(2000));
    CHECK(f.board.model()->cards().size() == 1);
    country->setCurrentIndex(0);
    year->setCurrentIndex(0);
    CHECK(f.board.model()->cards().size() == 7);
    auto *sector = f.board.findChild<QComboBox *>(u"pipelineSectorFilter"_s);
    sector->setCurrentIndex(sector->findData(u"aerospace"_s));
    CHECK(f.board.model()->cards().size() == 2);
    auto *delegate = f.board.findChild<QComboBox *>(u"pipelineDelegateFilter"_s);
    CHECK(delegate->count() > 1);
}
