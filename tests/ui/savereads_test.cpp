#include "forms/recordform.h"
#include "models/recordlistmodel.h"
#include "samplewindow.h"
#include "statementcounter.h"
#include "testdatabase.h"
#include "views/recordlistpane.h"
#include "views/recordpane.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test;
using namespace crm::test::forms;

// Issue 17 probe: how often one save from the record pane reads the saved record's row back. The
// bound is today's count; each stage of the issue lowers it (target: one read before the write,
// inside the transaction, and one after).
namespace {
// crm::Records reads the record once before the write, inside its transaction, and hands that read
// to RecordStore::update, and once after; the pane, its header and its history use what the save
// returned. 3 while RecordStore::update read the record again, 11 before undo commands applied in
// redo(), 10 before the records service.
constexpr int readsPerSaveToday = 2;
} // namespace

TEST_CASE("saving an edit from the record pane reads the record no more often than it did", "[ui][savereads]")
{
    SampleWindow w(u"investor"_s);
    w.window->showSection(MainWindow::Section::Investors);
    QTreeView *view = w.window->listPane(RecordKind::Investor)->view();
    const QModelIndex first = view->model()->index(0, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    const QString id = w.window->listPane(RecordKind::Investor)->model()->idAt(0);
    RecordPane *pane = w.window->recordPane();
    REQUIRE(pane->recordId() == id);
    REQUIRE(pane->form());

    auto *city = child<QLineEdit>(*pane->form(), u"hq_city"_s);
    city->clear();
    typeText(city, u"Hamamatsu"_s);

    StatementCounter counter(connectionOf(*w.sample.session().database()));
    child<QPushButton>(*pane, u"saveButton"_s)->click();
    const QList<StatementCounter::Statement> reads = counter.readsOf(u"investor"_s, id);
    const qsizetype statements = counter.statements().size();
    const int rows = counter.rows();

    REQUIRE(w.sample.store().get(RecordKind::Investor, id).value(u"hq_city"_s) == u"Hamamatsu"_s);
    WARN("one save from the record pane: " << reads.size() << " reads of the record, " << statements << " statements, "
                                           << rows << " rows");
    INFO(counter.describe(reads).toStdString());
    CHECK(reads.size() >= 1); // the probe sees the reads at all
    CHECK(reads.size() <= readsPerSaveToday);
}
