#include "databasesession.h"
#include "mainwindow.h"
#include "models/recordcountmodel.h"
#include "support/filedialog.h"
#include "support/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
qint64 liveCount(const QAbstractItemModel *model, const QString &kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, RecordCountModel::KindColumn);
        if (index.data(RecordCountModel::RawValueRole).toString() == kind) {
            return model->index(row, RecordCountModel::LiveColumn).data(RecordCountModel::RawValueRole).toLongLong();
        }
    }
    return -1;
}
} // namespace

TEST_CASE("the window shows the open database and offers the sample data on an empty one", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"office.sqlite"_s);
    DatabaseSession session;
    REQUIRE(session.open(path, Database::OpenMode::CreateIfMissing).isEmpty());
    MainWindow window(session);
    window.show();

    auto *label = window.findChild<QLabel *>(u"databasePathLabel"_s);
    REQUIRE(label);
    CHECK(label->text().contains(path));
    CHECK(window.windowFilePath() == path);

    auto *view = window.findChild<QTableView *>(u"recordCountView"_s);
    REQUIRE(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(liveCount(view->model(), u"investor"_s) == 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.offerSampleData();
    CHECK(MessageBox::lastText().contains(u"sample dataset"_s));
    CHECK(liveCount(view->model(), u"investor"_s) > 0);
    CHECK(liveCount(view->model(), u"deal"_s) > 0);
}

TEST_CASE("declining the sample data leaves the database empty", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    DatabaseSession session;
    REQUIRE(session.open(dir.filePath(u"empty.sqlite"_s), Database::OpenMode::CreateIfMissing).isEmpty());
    MainWindow window(session);
    MessageBox::setNextAnswer(QMessageBox::No);
    window.offerSampleData();
    auto *view = window.findChild<QTableView *>(u"recordCountView"_s);
    CHECK(liveCount(view->model(), u"delegate"_s) == 0);
}

TEST_CASE("opening a file that is not a database shows why and keeps the current one", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.sqlite"_s);
    const QString bad = dir.filePath(u"notes.txt"_s);
    QFile text(bad);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("These are meeting notes, not a database.\n");
    text.close();

    DatabaseSession session;
    REQUIRE(session.open(good, Database::OpenMode::CreateIfMissing).isEmpty());
    MainWindow window(session);
    auto *open = window.findChild<QAction *>(u"actionOpenDatabase"_s);
    REQUIRE(open);
    FileDialog::setNextFileName(bad);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    open->trigger();
    CHECK(MessageBox::lastText().contains(u"not a Delegates CRM database"_s));
    REQUIRE(session.database());
    CHECK(session.database()->path() == good);
}
