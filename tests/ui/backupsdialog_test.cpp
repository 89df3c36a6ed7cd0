// File > Backups…: lists the backups of the open database, backs up now and restores one
// through the seams; closing the window takes the day's backup.
#include "databasesession.h"
#include "dialogs/backupsdialog.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "samplesession.h"
#include "services/backups.h"
#include "sqlite/sqliteengine.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "testdatabase.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using crm::test::forms::child;

TEST_CASE("File > Backups backs up now, lists the backup and restores it after asking", "[ui][backup]")
{
    storage::setBackupFolderSetting({});
    test::SampleSession sample;
    MainWindow window(sample.session());
    const QString path = sample.session().database()->path();
    const qint64 agencies = sample.liveCount(RecordKind::Agency);
    const QString officer = sample.officerId();
    REQUIRE_FALSE(officer.isEmpty());
    bool ran = false;

    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<BackupsDialog *>();
        REQUIRE(dialog);
        auto *list = child<QTreeWidget>(*dialog, u"backupList"_s);
        CHECK(list->topLevelItemCount() == 0);
        CHECK(child<QLabel>(*dialog, u"backupFolder"_s)->text() ==
              QDir::toNativeSeparators(QFileInfo(path).absoluteDir().filePath(u"backups"_s)));

        QTest::mouseClick(child<QPushButton>(*dialog, u"backUpNow"_s), Qt::LeftButton);
        REQUIRE(list->topLevelItemCount() == 1);
        CHECK(list->topLevelItem(0)->text(4).remove(QLocale().groupSeparator()).toLongLong() > 50);

        // A change after the backup, which the restore takes back.
        QVariantMap agency = test::agencyJson();
        sample.store().create(RecordKind::Agency, agency);
        REQUIRE(sample.liveCount(RecordKind::Agency) == agencies + 1);

        list->setCurrentItem(list->topLevelItem(0));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(*dialog, u"restoreBackup"_s), Qt::LeftButton);
        CHECK(sample.liveCount(RecordKind::Agency) == agencies + 1); // declined: nothing restored

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(*dialog, u"restoreBackup"_s), Qt::LeftButton);
        CHECK(MessageBox::lastText().contains(u"Replace the open database"_s));
        ran = true;
        dialog->reject();
    });
    child<QAction>(window, u"actionBackups"_s)->trigger();
    REQUIRE(ran);

    // The session reopened the file: the restored records, the same officer, the kept-aside file.
    REQUIRE(sample.session().database());
    CHECK(sample.liveCount(RecordKind::Agency) == agencies);
    CHECK(sample.officerId() == officer);
    CHECK(
        QDir(QFileInfo(path).absolutePath()).entryList({QFileInfo(path).fileName() + u".before-restore-*"_s}).size() ==
        1);
}

TEST_CASE("the backup folder is a setting chosen in File > Backups", "[ui][backup]")
{
    storage::setBackupFolderSetting({});
    test::SampleSession sample;
    BackupsDialog dialog(sample.session());
    QTemporaryDir chosen;
    FileDialog::setNextFileName(chosen.path());
    QTest::mouseClick(child<QPushButton>(dialog, u"chooseBackupFolder"_s), Qt::LeftButton);
    CHECK(child<QLabel>(dialog, u"backupFolder"_s)->text() == QDir::toNativeSeparators(chosen.path()));
    QTest::mouseClick(child<QPushButton>(dialog, u"backUpNow"_s), Qt::LeftButton);
    storage::setBackupFolderSetting({});
    CHECK(QDir(chosen.path()).entryList(QDir::Files).size() == 1);
}

TEST_CASE("closing the window takes the day's backup, once", "[ui][backup]")
{
    storage::setBackupFolderSetting({});
    test::SampleSession sample;
    const QString path = sample.session().database()->path();
    {
        MainWindow window(sample.session());
        window.show();
        window.close();
    }
    {
        MainWindow window(sample.session());
        window.show();
        window.close();
    }
    const QList<BackupEntry> backups = listBackups(storage::sqliteEngine(), path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == BackupReason::Daily);
    CHECK(backups.first().takenUtc == sample.clock().nowUtc());
}
