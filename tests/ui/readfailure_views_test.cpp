// The dashboard, the pipeline, the follow-ups and the search over a damaged file: a message box
// says what happened and the view shows nothing rather than part of the data (issue 16).
#include "damagedfile.h"
#include "databasesession.h"
#include "dialogs/searchdialog.h"
#include "mainwindow.h"
#include "models/followupmodel.h"
#include "models/pipelinemodel.h"
#include "models/searchresultsmodel.h"
#include "storage/database.h"
#include "support/messagebox.h"
#include "views/dashboardview.h"
#include "views/followupsview.h"
#include "views/pipelineboard.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
const QString kLong = u" with a name long enough to fill many pages of the table"_s;

// Many investors, deals and follow-ups, closed, then one page in the middle of table damaged
// (or every page of it).
void makeDamagedFile(const QString &path, const QString &table, bool everyPage)
{
    {
        DatabaseSession session;
        REQUIRE(session.open(path, Database::OpenMode::CreateIfMissing).isEmpty());
        Transaction transaction(*session.database());
        RecordStore &store = *session.store();
        const QString officer = store.create(
            RecordKind::Officer,
            {{u"name"_s, u"Tanaka Kenichi"_s}, {u"initials"_s, u"KT"_s}, {u"email"_s, u"kt@itpo.example"_s}},
            MapFormat::Storage);
        for (int i = 0; i < 1500; ++i) {
            const QString investor =
                store.create(RecordKind::Investor,
                             {{u"name"_s, QString(u"Investor %1"_s.arg(i) + kLong)}, {u"hq_country"_s, u"JP"_s}},
                             MapFormat::Storage);
            store.create(RecordKind::Deal,
                         {{u"title"_s, QString(u"Deal %1"_s.arg(i) + kLong)},
                          {u"investor_id"_s, investor},
                          {u"host_country"_s, u"MA"_s},
                          {u"sector"_s, u"automotive"_s},
                          {u"stage"_s, u"lead"_s}},
                         MapFormat::Storage);
            store.create(RecordKind::FollowUp,
                         {{u"title"_s, QString(u"Follow-up %1"_s.arg(i) + kLong)},
                          {u"due_date"_s, u"2026-12-01"_s},
                          {u"owner_id"_s, officer},
                          {u"linked_kind"_s, u"investor"_s},
                          {u"linked_id"_s, investor}},
                         MapFormat::Storage);
        }
        transaction.commit();
    }
    const QList<int> pages = test::leafPages(path, table);
    REQUIRE(pages.size() > 4);
    for (const int page : everyPage ? pages : QList<int>{pages.at(pages.size() / 2)}) {
        test::damagePage(path, page);
    }
}

// The message box the window showed since clearBox(), once the queued report has arrived.
QString boxText()
{
    QCoreApplication::processEvents();
    return MessageBox::lastText();
}

void clearBox()
{
    QCoreApplication::processEvents();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::critical(nullptr, {}, {});
    MessageBox::setNextAnswer(QMessageBox::Ok);
}

struct Damaged
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"damaged.sqlite"_s);
    DatabaseSession session;
    std::unique_ptr<MainWindow> window;

    explicit Damaged(const QString &table, bool everyPage = false)
    {
        makeDamagedFile(path, table, everyPage);
        REQUIRE(session.open(path, Database::OpenMode::MustExist).isEmpty());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        window = std::make_unique<MainWindow>(session);
        clearBox();
    }
};
} // namespace

TEST_CASE("the dashboard over a damaged page shows a message box and no figures", "[ui][damaged]")
{
    Damaged d(u"deal"_s);
    DashboardView view(d.session);
    view.reload();
    CHECK(boxText().contains(u"is damaged"_s));
    CHECK(view.summaryText().contains(u"cannot be read"_s));
}

TEST_CASE("the pipeline over a damaged page shows a message box and no card", "[ui][damaged]")
{
    Damaged d(u"deal"_s);
    PipelineBoard board(d.session);
    board.model()->refresh();
    CHECK(boxText().contains(u"is damaged"_s));
    PipelineModel *model = board.model();
    int cards = 0;
    for (int stage = 0; stage < model->rowCount(); ++stage) {
        cards += model->rowCount(model->index(stage, 0));
    }
    CHECK(cards == 0);
}

TEST_CASE("the follow-ups over a damaged page show a message box and no row", "[ui][damaged]")
{
    Damaged d(u"followup"_s);
    FollowUpsView view(d.session);
    view.model()->refresh();
    FollowUpModel *model = view.model();
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    CHECK(boxText().contains(u"is damaged"_s));
    CHECK(model->rowCount() == 0);
}

TEST_CASE("a search over a damaged page shows a message box and no hit", "[ui][damaged]")
{
    Damaged d(u"search_names_data"_s, true); // the index the search reads
    SearchDialog dialog(d.session);
    dialog.searchBox()->setText(u"Investor"_s);
    dialog.searchNow();
    CHECK(boxText().contains(u"is damaged"_s));
    CHECK(dialog.resultsModel()->rowCount() == 0);
}
