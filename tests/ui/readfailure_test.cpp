// A damaged file in the window: panes show nothing rather than part of the data, and a message box
// says what happened.
#include "damagedfile.h"
#include "databasesession.h"
#include "mainwindow.h"
#include "models/recordlistmodel.h"
#include "storage/database.h"
#include "support/messagebox.h"
#include "views/recordlistpane.h"
#include "views/recordpane.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
// 3,000 investors over many pages, closed, then one page in the middle of their table damaged.
QStringList makeDamagedFile(const QString &path)
{
    QStringList ids;
    {
        DatabaseSession session;
        REQUIRE(session.open(path, Database::OpenMode::CreateIfMissing).isEmpty());
        Transaction transaction(*session.database());
        for (int i = 0; i < 3000; ++i) {
            ids << session.store()->create(RecordKind::Investor,
                                           {{u"name"_s, u"Investor %1 with a name long enough to fill pages"_s.arg(i)},
                                            {u"hq_country"_s, u"JP"_s}},
                                           MapFormat::Storage);
        }
        transaction.commit();
    }
    const QList<int> pages = test::leafPages(path, u"investor"_s);
    REQUIRE(pages.size() > 4);
    test::damagePage(path, pages.at(pages.size() / 2));
    return ids;
}
} // namespace

TEST_CASE("a list over a damaged page shows a message box and no rows, not part of them", "[ui][damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    makeDamagedFile(path);
    DatabaseSession session;
    REQUIRE(session.open(path, Database::OpenMode::MustExist).isEmpty());
    MainWindow window(session);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.showSection(MainWindow::Section::Investors);
    RecordListModel *model = window.listPane(RecordKind::Investor)->model();
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    QCoreApplication::processEvents(); // the report is queued, so that one refresh gives one box
    CHECK(MessageBox::lastText().contains(u"is damaged"_s));
    CHECK(MessageBox::lastText().contains(path));
    CHECK(model->rowCount() == 0);
}

TEST_CASE("a record on a damaged page says the file is damaged, not that the record is gone", "[ui][damaged]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    const QStringList ids = makeDamagedFile(path);
    DatabaseSession session;
    REQUIRE(session.open(path, Database::OpenMode::MustExist).isEmpty());
    MainWindow window(session);
    int failures = 0;
    for (const QString &id : ids) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        window.recordPane()->showRecord(RecordKind::Investor, id);
        QCoreApplication::processEvents();
        if (MessageBox::lastText().contains(u"is damaged"_s)) {
            ++failures;
            break;
        }
    }
    CHECK(failures == 1);
}
