// An archived database on read-only media (a disc, a write-protected stick, a read-only mount or
// folder) opens read-only instead of being refused: it can be listed, shown, searched, printed and
// exported, and every action that would change it is off. Tests run as root, whom permission bits
// do not stop, so the file system's answer comes through core's write-access seam, the very
// question DatabaseSession::open asks of a real file.
#include "forms/recordform.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "models/recordlistmodel.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/filemode.h"
#include "support/settings.h"
#include "views/recordlistpane.h"
#include "views/recordpane.h"
#include "widgets/readonlybanner.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
// Pretends, for the length of a test, that the files it names sit on a read-only mount.
struct ReadOnlyMedia
{
    explicit ReadOnlyMedia(const QString &archive)
    {
        storage::setWriteAccessProbeForTesting([archive](const QString &path) {
            return QFileInfo(path) == QFileInfo(archive)
                       ? storage::WriteAccess{.fileWritable = false, .folderWritable = false, .mountReadOnly = true}
                       : storage::WriteAccess{};
        });
    }
    ~ReadOnlyMedia() { storage::setWriteAccessProbeForTesting({}); }
};

// An archive holding the sample dataset.
QString makeArchive(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"archive-2019.sqlite"_s);
    auto db = SqliteDatabase::open(path);
    REQUIRE(loadSampleData(*db) > 0);
    return path;
}
} // namespace

TEST_CASE("a database on read-only media opens read-only, without a lock, and says why", "[ui][readonly]")
{
    QTemporaryDir dir;
    const QString archive = makeArchive(dir);
    ReadOnlyMedia media(archive);

    DatabaseSession session;
    REQUIRE(session.open(archive, Database::OpenMode::MustExist).isEmpty());
    CHECK(session.isReadOnly());
    CHECK(session.database()->isReadOnly());
    CHECK(session.readOnlyReason().contains(u"read-only media"_s));
    CHECK_FALSE(QFileInfo::exists(archive + u".lock"_s)); // none can be made there
    CHECK(session.store()->count(RecordKind::Delegate) > 0);

    const QString refused = session.restoreBackup(archive, {});
    CHECK(refused.contains(u"read-only"_s));
    CHECK(session.database() != nullptr);

    // A file that can be written is opened for writing again, with its lock.
    const QString office = dir.filePath(u"office.sqlite"_s);
    REQUIRE(session.open(office, Database::OpenMode::CreateIfMissing).isEmpty());
    CHECK_FALSE(session.isReadOnly());
    CHECK(session.readOnlyReason().isEmpty());
    CHECK(QFileInfo::exists(office + u".lock"_s));
}

TEST_CASE("the window on a read-only database lists, shows and filters, and offers no edit", "[ui][readonly]")
{
    QTemporaryDir dir;
    const QString archive = makeArchive(dir);
    ReadOnlyMedia media(archive);
    Settings::setValue(Settings::Key::CurrentKind, u"delegate"_s);
    DatabaseSession session;
    REQUIRE(session.open(archive, Database::OpenMode::MustExist).isEmpty());
    MainWindow window(session);
    window.show();

    CHECK(window.windowTitle().contains(u"(read-only)"_s));
    auto *banner = child<ReadOnlyBanner>(window, u"readOnlyBanner"_s);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(u"read-only media"_s));
    const auto action = [&](const QString &name) { return child<QAction>(window, name); };
    for (const QString &name :
         {u"actionNewRecord"_s, u"actionSaveRecord"_s, u"actionDeleteRecord"_s, u"actionUndo"_s, u"actionRedo"_s,
          u"actionSampleData"_s, u"actionChangeOfficer"_s, u"actionMeetingEntry"_s, u"actionImportChanges"_s,
          u"actionExportChanges"_s, u"actionPrepareReplica"_s, u"actionReviewConflicts"_s}) {
        INFO(name.toStdString());
        CHECK_FALSE(action(name)->isEnabled());
    }
    for (const QString &name : {u"actionSearch"_s, u"actionFind"_s, u"actionBriefing"_s, u"actionProgrammeReport"_s,
                                u"actionDashboard"_s, u"actionBackups"_s, u"actionOpenDatabase"_s}) {
        INFO(name.toStdString());
        CHECK(action(name)->isEnabled());
    }

    // With no record chosen, the pane does not invite the officer to add one.
    const QString hint = child<QLabel>(window, u"emptyHint"_s)->text();
    CHECK(hint.startsWith(u"Choose a record in the list"_s));
    CHECK_FALSE(hint.contains(u"add a new one"_s));

    // Listing and the quick filter work; a record opens in a form that takes no typing.
    RecordListPane *pane = window.listPane(RecordKind::Delegate);
    REQUIRE(QTest::qWaitFor([&] { return pane->model()->totalCount() > 1; }));
    const qint64 all = pane->model()->totalCount();
    auto *filter = child<QLineEdit>(*pane, u"quickFilter"_s);
    filter->setText(u"Hassani"_s);
    REQUIRE(QTest::qWaitFor([&] { return pane->model()->totalCount() < all; }));
    filter->clear();
    REQUIRE(QTest::qWaitFor([&] { return pane->model()->totalCount() == all; }));

    const auto found = session.store()->findIdBy(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    REQUIRE(found);
    const QString id = *found;
    window.openRecord(RecordKind::Delegate, id);
    RecordPane *record = window.recordPane();
    REQUIRE(record->form());
    CHECK(record->recordId() == id);
    CHECK_FALSE(child<QPushButton>(window, u"saveButton"_s)->isEnabled());
    CHECK_FALSE(child<QPushButton>(window, u"deleteButton"_s)->isEnabled());
    auto *familyName = child<QLineEdit>(*record->form(), u"family_name"_s);
    CHECK(familyName->isReadOnly());
    QTest::keyClicks(familyName, u"X"_s);
    CHECK_FALSE(record->form()->isModified());
    CHECK_FALSE(record->newRecord(RecordKind::Delegate));

    // Opening a file that can be written brings the editing back.
    REQUIRE(session.open(dir.filePath(u"office.sqlite"_s), Database::OpenMode::CreateIfMissing).isEmpty());
    CHECK_FALSE(window.windowTitle().contains(u"(read-only)"_s));
    CHECK_FALSE(banner->isVisible());
    CHECK(action(u"actionNewRecord"_s)->isEnabled());
    CHECK(action(u"actionImportChanges"_s)->isEnabled());
}
