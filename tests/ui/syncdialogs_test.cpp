// The Sync menu's dialogs and commands, driven through their widgets: a mission laptop prepared
// from the sample office database, a package exported there and imported at the office (issue 8).
#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "commands/synccommands.h"
#include "dialogs/preparereplicadialog.h"
#include "dialogs/syncconflictsdialog.h"
#include "dialogs/syncexportdialog.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "samplesession.h"
#include "sqlite/sqlitedatabase.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "support/settings.h"
#include "sync/replicapreparer.h"
#include "sync/synchronizer.h"
#include "widgets/syncstatuswidget.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using crm::test::forms::child;
using crm::test::forms::typeText;

namespace {
const QString kTitle = u"title"_s;
const QString kAomine = u"Aomine Energy investor mission to Viet Nam, September 2026"_s;

void click(const QWidget &parent, const QString &name)
{
    QTest::mouseClick(child<QPushButton>(parent, name), Qt::LeftButton);
}

void clickRadio(QRadioButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

// The laptop's copy, open in a session of its own as it would be on the laptop.
struct Laptop
{
    explicit Laptop(test::SampleSession &office, const QString &name = u"Casablanca laptop"_s)
    {
        path = dir.filePath(u"laptop.sqlite"_s);
        REQUIRE_FALSE(prepareReplica(*office.session().database(), path, name).path.isEmpty());
        REQUIRE(session.open(path, Database::OpenMode::MustExist).isEmpty());
        session.database()->setClock(&clock);
        session.setOfficerId(office.officerId());
    }
    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC)};
    DatabaseSession session;
};
} // namespace

TEST_CASE("the prepare dialog writes a copy of the chosen mission that opens as the laptop's replica", "[ui][sync]")
{
    test::SampleSession office;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Casablanca mission laptop.sqlite"_s);
    PrepareReplicaDialog dialog(office.session());
    dialog.show();

    typeText(child<QLineEdit>(dialog, u"replicaNameEdit"_s), u"Casablanca mission laptop"_s);
    auto *tabs = child<QTabWidget>(dialog, u"scopeTabs"_s);
    CHECK_FALSE(tabs->isEnabled()); // everything, until the officer chooses
    clickRadio(child<QRadioButton>(dialog, u"chosenScopeRadio"_s));
    REQUIRE(tabs->isEnabled());
    // Type-ahead in the missions' filter, Enter ticks the match.
    auto *filter = child<QLineEdit>(dialog, u"missionFilterEdit"_s);
    typeText(filter, u"Aomine"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    CHECK(tabs->tabText(0).endsWith(u"(1)"_s));
    const ReplicaScope scope = dialog.scope();
    REQUIRE(scope.missionIds.size() == 1);
    CHECK(scope.missionIds.constFirst() == office.idOf(RecordKind::Mission, kTitle, kAomine));
    CHECK(scope.delegateIds.isEmpty());

    FileDialog::setNextFileName(path);
    click(dialog, u"browseButton"_s);
    CHECK(child<QLineEdit>(dialog, u"replicaFileEdit"_s)->text() == QDir::toNativeSeparators(path));
    click(dialog, u"prepareButton"_s);

    INFO(dialog.errorText().toStdString());
    REQUIRE(dialog.prepared());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(QFile::exists(path));
    CHECK(dialog.prepared()->bytes == QFile(path).size());

    const auto laptop = SqliteDatabase::open(path, Database::OpenMode::MustExist);
    const SyncStatus status = Synchronizer(*laptop).status();
    CHECK(status.enabled);
    CHECK(status.replicaName == u"Casablanca mission laptop"_s);
    REQUIRE(status.peers.size() == 1);
    CHECK(status.peers.constFirst().name == u"Office"_s);
    RecordStore &copy = laptop->records();
    CHECK(copy.findIdBy(RecordKind::Mission, kTitle, kAomine).has_value());
    CHECK(copy.count(RecordKind::Mission) < office.liveCount(RecordKind::Mission));
    // The office now syncs with it.
    const SyncStatus here = Synchronizer(*office.session().database()).status();
    CHECK(here.enabled);
    REQUIRE(here.peers.size() == 1);
    CHECK(here.peers.constFirst().replicaId == status.replicaId);
}

TEST_CASE("the prepare dialog says what is missing and writes nothing until it is given", "[ui][sync]")
{
    test::SampleSession office;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"laptop.sqlite"_s);
    PrepareReplicaDialog dialog(office.session());
    dialog.show();

    click(dialog, u"prepareButton"_s);
    CHECK(dialog.errorText().contains(u"Name the laptop"_s));
    typeText(child<QLineEdit>(dialog, u"replicaNameEdit"_s), u"Laptop"_s);
    click(dialog, u"prepareButton"_s);
    CHECK(dialog.errorText().contains(u"file"_s));
    FileDialog::setNextFileName(path);
    click(dialog, u"browseButton"_s);
    clickRadio(child<QRadioButton>(dialog, u"chosenScopeRadio"_s));
    click(dialog, u"prepareButton"_s);
    CHECK(dialog.errorText().contains(u"Tick at least one"_s));

    SECTION("a name the office already has is core's refusal, shown with the field's label")
    {
        clickRadio(child<QRadioButton>(dialog, u"everythingRadio"_s));
        auto *name = child<QLineEdit>(dialog, u"replicaNameEdit"_s);
        name->clear();
        typeText(name, u"office"_s);
        click(dialog, u"prepareButton"_s);
        CHECK(dialog.errorText().startsWith(u"Laptop name: "_s));
        CHECK(dialog.errorText().contains(u"already names a replica"_s));
    }
    CHECK_FALSE(dialog.prepared());
    CHECK(dialog.isVisible());
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(Synchronizer(*office.session().database()).status().enabled);
}

TEST_CASE("changes exported with a passphrase on the laptop are imported at the office once it is given", "[ui][sync]")
{
    test::SampleSession office;
    Laptop laptop(office);
    const QString delegateId = office.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    REQUIRE_FALSE(CommandRunner::apply(
        *laptop.session.undoStack(),
        std::make_unique<UpdateRecordCommand>(laptop.session, RecordKind::Delegate, delegateId,
                                              QVariantMap{{kTitle, u"タンジェ航空宇宙自由区 代表"_s}})));
    // The office edits the same field meanwhile, through its undo stack.
    REQUIRE_FALSE(CommandRunner::apply(
        *office.session().undoStack(),
        std::make_unique<UpdateRecordCommand>(office.session(), RecordKind::Delegate, delegateId,
                                              QVariantMap{{kTitle, u"Director, Tangier aerospace free zone"_s}})));
    REQUIRE(office.session().undoStack()->count() == 1);

    // On the laptop: the export dialog.
    const QString package = laptop.dir.filePath(u"to-office.crmsync"_s);
    SyncExportDialog exportDialog(laptop.session);
    exportDialog.show();
    auto *peer = child<QComboBox>(exportDialog, u"peerCombo"_s);
    REQUIRE(peer->count() == 1);
    CHECK(peer->currentText() == u"Office"_s);
    CHECK(child<QLabel>(exportDialog, u"pendingLabel"_s)->text().startsWith(u"1 change"_s));
    typeText(child<QLineEdit>(exportDialog, u"passphraseEdit"_s), u"correct horse"_s);
    typeText(child<QLineEdit>(exportDialog, u"passphraseRepeatEdit"_s), u"correct hose"_s);
    FileDialog::setNextFileName(package);
    click(exportDialog, u"browseButton"_s);
    click(exportDialog, u"exportButton"_s);
    CHECK(exportDialog.errorText().contains(u"passphrases differ"_s));
    CHECK_FALSE(QFile::exists(package));
    auto *repeat = child<QLineEdit>(exportDialog, u"passphraseRepeatEdit"_s);
    repeat->clear();
    typeText(repeat, u"correct horse"_s);
    click(exportDialog, u"exportButton"_s);
    INFO(exportDialog.errorText().toStdString());
    REQUIRE(exportDialog.exported());
    CHECK(exportDialog.exported()->changeCount == 1);
    CHECK(exportDialog.exported()->peerName == u"Office"_s);
    REQUIRE(QFile::exists(package));

    // At the office: the import command.
    QWidget window;
    SyncCommands commands(office.session(), &window);
    QSignalSpy refreshed(&office.session(), &DatabaseSession::recordsChanged);
    QSignalSpy syncChanged(&commands, &SyncCommands::syncChanged);

    SECTION("a cancelled passphrase prompt imports nothing")
    {
        SyncCommands::setNextPassphrases({QString()});
        CHECK_FALSE(commands.importFile(package));
        CHECK(office.store().get(RecordKind::Delegate, delegateId).value(kTitle) ==
              u"Director, Tangier aerospace free zone"_s);
        CHECK(syncChanged.isEmpty());
        CHECK(office.session().undoStack()->count() == 1);
    }
    SECTION("a wrong passphrase is asked again; the right one imports and offers the review")
    {
        SyncCommands::setNextPassphrases({u"correct hose"_s, u"correct horse"_s});
        MessageBox::setNextAnswer(QMessageBox::Yes);
        REQUIRE(commands.importFile(package));
        CHECK(commands.lastReport().contains(u"Received 1 change"_s));
        CHECK(commands.lastReport().contains(u"Casablanca laptop"_s));
        CHECK(commands.lastReport().contains(u"New: 1"_s));
        CHECK(MessageBox::lastText().contains(u"1 conflict"_s));
        CHECK(MessageBox::lastText().contains(u"Review them now?"_s));
        CHECK(office.store().get(RecordKind::Delegate, delegateId).value(kTitle) == u"タンジェ航空宇宙自由区 代表"_s);
        CHECK(refreshed.count() >= 1);
        CHECK(syncChanged.count() == 1);
        // Undoing the office's edit now would overwrite the laptop's value behind the merge's back.
        CHECK(office.session().undoStack()->count() == 0);
        REQUIRE(commands.conflictsDialog());
        CHECK(commands.conflictsDialog()->isVisible());
        CHECK(commands.conflictsDialog()->conflictCount() == 1);
    }
}

TEST_CASE("a package from another database is refused with core's message and changes nothing", "[ui][sync]")
{
    test::SampleSession office;
    Laptop laptop(office);
    const QString package = laptop.dir.filePath(u"to-office.crmsync"_s);
    Synchronizer(*laptop.session.database()).exportTo(u"Office"_s, package);

    test::SampleSession stranger; // its own database, with its own id
    QWidget window;
    SyncCommands commands(stranger.session(), &window);
    QSignalSpy syncChanged(&commands, &SyncCommands::syncChanged);
    MessageBox::setNextAnswer(QMessageBox::Ok); // the critical message, answered
    CHECK_FALSE(commands.importFile(package));
    CHECK(MessageBox::lastText().contains(u"another database"_s));
    CHECK(syncChanged.isEmpty());
    CHECK_FALSE(Synchronizer(*stranger.session().database()).status().enabled);
}

TEST_CASE("the main window has a Sync menu and shows the sync status once a laptop is prepared", "[ui][sync]")
{
    test::SampleSession office;
    Settings::setValue(Settings::Key::OfficerInitials, u"HS"_s);
    MainWindow window(office.session());
    window.show();
    for (const QString &name :
         {u"actionPrepareReplica"_s, u"actionExportChanges"_s, u"actionImportChanges"_s, u"actionReviewConflicts"_s}) {
        INFO(name.toStdString());
        CHECK(child<QAction>(window, name)->isEnabled());
    }
    auto *status = child<SyncStatusWidget>(window, u"syncStatus"_s);
    CHECK(status->isHidden());

    Laptop laptop(office);
    REQUIRE_FALSE(CommandRunner::apply(
        *office.session().undoStack(),
        std::make_unique<UpdateRecordCommand>(office.session(), RecordKind::Delegate,
                                              office.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s),
                                              QVariantMap{{kTitle, u"Director"_s}})));
    CHECK(status->isVisible());
    CHECK(status->text().startsWith(u"Office · last sync with Casablanca laptop: "_s));

    child<QAction>(window, u"actionReviewConflicts"_s)->trigger();
    SyncConflictsDialog *review = window.syncCommands()->conflictsDialog();
    REQUIRE(review);
    CHECK(review->isVisible());
    CHECK(review->conflictCount() == 0);
}

TEST_CASE("Prepare Mission Laptop tells what was written and what to do with the file", "[ui][sync]")
{
    test::SampleSession office;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"laptop.sqlite"_s);
    QWidget window;
    SyncCommands commands(office.session(), &window);
    QSignalSpy syncChanged(&commands, &SyncCommands::syncChanged);
    // The dialog is modal: it is filled in once its event loop runs (and closed if that fails).
    QTimer::singleShot(0, &window, [&window, &path] {
        auto *dialog = window.findChild<PrepareReplicaDialog *>();
        if (!dialog) {
            return;
        }
        if (auto *name = dialog->findChild<QLineEdit *>(u"replicaNameEdit"_s)) {
            typeText(name, u"Casablanca mission laptop"_s);
        }
        FileDialog::setNextFileName(path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"browseButton"_s), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"prepareButton"_s), Qt::LeftButton);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    commands.prepareReplica();

    REQUIRE(QFile::exists(path));
    const QString report = commands.lastReport();
    CHECK(report.contains(QDir::toNativeSeparators(path)));
    CHECK(report.contains(u"Casablanca mission laptop"_s));
    CHECK(report.contains(QLocale().formattedDataSize(QFile(path).size())));
    CHECK(report.contains(u"copy this file to the mission laptop and open it there"_s));
    CHECK(syncChanged.count() == 1);
    auto *box = window.findChild<QMessageBox *>(u"syncReport"_s);
    REQUIRE(box);
    CHECK(box->text() == report);
}

TEST_CASE("Export Changes tells how many changes were written for which replica", "[ui][sync]")
{
    test::SampleSession office;
    Laptop laptop(office);
    REQUIRE_FALSE(CommandRunner::apply(
        *office.session().undoStack(),
        std::make_unique<UpdateRecordCommand>(office.session(), RecordKind::Delegate,
                                              office.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s),
                                              QVariantMap{{kTitle, u"Director"_s}})));
    const QString package = laptop.dir.filePath(u"for-laptop.crmsync"_s);
    QWidget window;
    SyncCommands commands(office.session(), &window);
    QSignalSpy syncChanged(&commands, &SyncCommands::syncChanged);
    QTimer::singleShot(0, &window, [&window, &package] {
        auto *dialog = window.findChild<SyncExportDialog *>();
        if (!dialog) {
            return;
        }
        FileDialog::setNextFileName(package);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"browseButton"_s), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    commands.exportChanges();

    REQUIRE(QFile::exists(package));
    CHECK(commands.lastReport().startsWith(u"Wrote 1 change"_s));
    CHECK(commands.lastReport().contains(u"for Casablanca laptop"_s));
    CHECK(syncChanged.count() == 1);
    // The laptop takes it.
    const SyncImportReport imported = Synchronizer(*laptop.session.database()).importFile(package);
    CHECK(imported.applied == 1);
    CHECK(imported.conflicts == 0);
}
