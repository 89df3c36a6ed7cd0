#include "backupsdialog.h"

#include "databasesession.h"
#include "domain/dateformat.h"
#include "domain/error.h"
#include "domain/officerzone.h"
#include "services/backups.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "support/progressdialog.h"
#include "support/screenfit.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
enum Column
{
    Taken,
    Reason,
    Size,
    Schema,
    Records,
    ColumnCount
};

std::function<bool(qint64, qint64)> progressCallback(QProgressDialog &dialog)
{
    return [&dialog](qint64 done, qint64 total) {
        const qint64 permille = total > 0 ? std::clamp<qint64>(done * 1000 / total, 0, 1000) : 0;
        dialog.setValue(static_cast<int>(permille)); // a window-modal dialog processes events here
        return !dialog.wasCanceled();
    };
}
} // namespace

BackupsDialog::BackupsDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_folder(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_restore(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(u"backupsDialog"_s);
    setWindowTitle(tr("Backups"));

    m_folder->setObjectName(u"backupFolder"_s);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    auto *change = new QPushButton(tr("&Change…"), this);
    change->setObjectName(u"chooseBackupFolder"_s);
    connect(change, &QPushButton::clicked, this, &BackupsDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Folder:"), this));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(change);

    m_list->setObjectName(u"backupList"_s);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Taken"), tr("Why"), tr("Size"), tr("Schema"), tr("Records")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *backUp = new QPushButton(tr("&Back Up Now"), this);
    backUp->setObjectName(u"backUpNow"_s);
    connect(backUp, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    m_restore->setObjectName(u"restoreBackup"_s);
    // Nothing can be restored into a database opened read-only (DatabaseSession::restoreBackup says why).
    m_restore->setEnabled(!m_session.isReadOnly());
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreChosen);
    auto *openFolder = new QPushButton(tr("&Open Folder"), this);
    openFolder->setObjectName(u"openBackupFolder"_s);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_folder->text());
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text()));
    });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backUp);
    buttons->addWidget(m_restore);
    buttons->addWidget(openFolder);
    buttons->addStretch();
    buttons->addWidget(close);

    // Tab as the dialog reads: the folder's button, the list, then the buttons under it.
    setTabOrder(change, m_list);
    setTabOrder(m_list, backUp);
    setTabOrder(backUp, m_restore);
    setTabOrder(m_restore, openFolder);
    setTabOrder(openFolder, close->button(QDialogButtonBox::Close));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addWidget(m_list, 1);
    auto *hint = new QLabel(tr("Restoring replaces the open database with the backup; the current file is kept "
                               "beside it, named \"….before-restore-…\"."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    fitToScreen(this, QSize(640, 420));
    refresh();
}

void BackupsDialog::refresh()
{
    m_list->clear();
    const Database *db = m_session.database();
    if (!db) {
        return;
    }
    m_folder->setText(QDir::toNativeSeparators(storage::backupFolder(db->path())));
    const QLocale locale;
    for (const BackupEntry &entry : listBackups(db->engine(), db->path())) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Taken, formatDateTime(toOfficerTime(entry.takenUtc), locale));
        item->setData(Taken, Qt::UserRole, entry.path);
        item->setToolTip(Taken, QDir::toNativeSeparators(entry.path));
        switch (entry.reason) {
        case BackupReason::Daily:
            item->setText(Reason, tr("daily"));
            break;
        case BackupReason::Migration:
            item->setText(Reason, tr("before an upgrade"));
            break;
        case BackupReason::Manual:
            item->setText(Reason, tr("by hand"));
            break;
        }
        item->setText(Size, locale.formattedDataSize(entry.bytes));
        if (entry.problem.isEmpty()) {
            item->setText(Schema, QString::number(entry.schemaVersion));
            item->setText(Records, locale.toString(entry.records));
        } else {
            item->setText(Schema, tr("unreadable"));
            item->setToolTip(Schema, entry.problem);
        }
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
}

QProgressDialog *BackupsDialog::createProgress(QWidget *parent, const QString &label)
{
    return createProgressDialog(parent, tr("Backups"), label, u"backupProgress"_s);
}

void BackupsDialog::backUpNow()
{
    Database *db = m_session.database();
    if (!db) {
        return;
    }
    const std::unique_ptr<QProgressDialog> progress(createProgress(this, tr("Backing up the database…")));
    try {
        backUp(*db, {}, BackupReason::Manual, progressCallback(*progress));
    } catch (const Error &error) {
        progress->close();
        MessageBox::critical(this, tr("Backup failed"), error.message());
    }
    progress->close();
    refresh();
}

void BackupsDialog::restoreChosen()
{
    if (!m_session.database()) {
        return;
    }
    const QTreeWidgetItem *item = m_list->currentItem();
    QString file = item ? item->data(Taken, Qt::UserRole).toString() : QString();
    QString when = item ? item->text(Taken) : QString();
    if (file.isEmpty()) {
        file = FileDialog::openFileName(this, tr("Restore a Backup"), m_folder->text(),
                                        tr("Delegates CRM databases (*.sqlite *.db);;All files (*)"));
        if (file.isEmpty()) {
            return;
        }
        when = QDir::toNativeSeparators(file);
    }
    const QString question =
        tr("Replace the open database with the backup of %1?\n\nEverything entered since then is no longer shown; the "
           "current file is kept beside it as \"%2.before-restore-…\".")
            .arg(when, QFileInfo(m_session.database()->path()).fileName());
    if (MessageBox::question(this, tr("Restore Backup"), question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    const std::unique_ptr<QProgressDialog> progress(createProgress(this, tr("Restoring the backup…")));
    const QString problem = m_session.restoreBackup(file, progressCallback(*progress));
    progress->close();
    if (!problem.isEmpty()) {
        MessageBox::critical(this, tr("Restore failed"), problem);
    }
    refresh();
}

void BackupsDialog::chooseFolder()
{
    const QString chosen = FileDialog::existingDirectory(this, tr("Backup Folder"), m_folder->text());
    if (chosen.isEmpty()) {
        return;
    }
    if (!QFileInfo(chosen).isDir() || !QFileInfo(chosen).isWritable()) {
        MessageBox::critical(this, tr("Backup Folder"),
                             tr("%1 is not a folder you can write to.").arg(QDir::toNativeSeparators(chosen)));
        return;
    }
    storage::setBackupFolderSetting(chosen);
    refresh();
}

void BackupsDialog::backUpOnClose(DatabaseSession &session, QWidget *parent)
{
    Database *db = session.database();
    if (!db) {
        return;
    }
    const std::unique_ptr<QProgressDialog> progress(createProgress(parent, tr("Taking today's backup…")));
    try {
        dailyBackupIfDue(*db, progressCallback(*progress));
    } catch (const Error &error) {
        progress->close();
        MessageBox::critical(parent, tr("Backup failed"),
                             tr("Today's backup could not be written: %1").arg(error.message()));
    }
    progress->close();
}

} // namespace crm::ui
