#include "synccommands.h"

#include "databasesession.h"
#include "dialogs/preparereplicadialog.h"
#include "dialogs/syncconflictsdialog.h"
#include "dialogs/syncexportdialog.h"
#include "dialogs/synctext.h"
#include "domain/error.h"
#include "support/filedialog.h"
#include "support/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
enum class PassphraseProblem
{
    None,
    Missing,
    Wrong
};

// Core refuses every unreadable package alike (Error::Kind::Invalid); only its message tells a
// package that needs a passphrase, or another one, from a damaged or foreign one. The texts are
// core's own, translated in core's context, so this holds in every language.
PassphraseProblem passphraseProblem(const Error &error, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (error.message() ==
        QCoreApplication::translate("crm::SyncPackage", "%1 is encrypted. Enter the passphrase it was exported with.")
            .arg(file)) {
        return PassphraseProblem::Missing;
    }
    if (error.message() ==
        QCoreApplication::translate("crm::SyncPackage", "The passphrase is wrong: it does not open %1.").arg(file)) {
        return PassphraseProblem::Wrong;
    }
    return PassphraseProblem::None;
}

qint64 recordTotal(const PreparedReplica &prepared)
{
    qint64 total = 0;
    for (const qint64 count : prepared.records) {
        total += count;
    }
    return total;
}

QString packageFilter()
{
    return SyncCommands::tr("Delegates CRM sync packages (*.crmsync);;All files (*)");
}
} // namespace

QStringList SyncCommands::s_nextPassphrases;
bool SyncCommands::s_hasNextPassphrases = false;

SyncCommands::SyncCommands(DatabaseSession &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    setObjectName(u"syncCommands"_s);
}

SyncCommands::~SyncCommands() = default;

void SyncCommands::addActions(QMenu *menu)
{
    QAction *prepare = menu->addAction(tr("&Prepare Mission Laptop…"), this, &SyncCommands::prepareReplica);
    prepare->setObjectName(u"actionPrepareReplica"_s);
    prepare->setToolTip(tr("Write a copy of this database for a mission laptop, and turn sync on"));
    menu->addSeparator();
    QAction *exportAction = menu->addAction(tr("&Export Changes…"), this, &SyncCommands::exportChanges);
    exportAction->setObjectName(u"actionExportChanges"_s);
    exportAction->setToolTip(tr("Write the changes another replica does not have yet to a package file"));
    QAction *importAction = menu->addAction(tr("&Import Changes…"), this, &SyncCommands::importChanges);
    importAction->setObjectName(u"actionImportChanges"_s);
    importAction->setToolTip(tr("Merge a package file exported by another replica of this database"));
    menu->addSeparator();
    QAction *review = menu->addAction(tr("&Review Conflicts…"), this, &SyncCommands::reviewConflicts);
    review->setObjectName(u"actionReviewConflicts"_s);
    review->setToolTip(tr("Decide the changes two replicas made to the same thing"));
}

void SyncCommands::prepareReplica()
{
    if (!m_session.database()) {
        return;
    }
    PrepareReplicaDialog dialog(m_session, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.prepared()) {
        return;
    }
    const PreparedReplica &prepared = *dialog.prepared();
    Q_EMIT syncChanged();
    const QLocale locale;
    report(
        tr("Mission Laptop Prepared"),
        tr("Wrote %1 for \u201c%2\u201d: %n record(s), %3.", nullptr, static_cast<int>(recordTotal(prepared)))
                .arg(QDir::toNativeSeparators(prepared.path), prepared.name, locale.formattedDataSize(prepared.bytes)) +
            u"\n\n"_s +
            tr("Next, copy this file to the mission laptop and open it there with File › Open. To bring the "
               "mission's work back, export its changes on the laptop (Sync › Export Changes) and import them "
               "here; changes made here travel to the laptop the same way."));
}

void SyncCommands::exportChanges()
{
    if (!m_session.database() || (m_saveGuard && !m_saveGuard())) {
        return;
    }
    SyncExportDialog dialog(m_session, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.exported()) {
        return;
    }
    const SyncExportReport &exported = *dialog.exported();
    Q_EMIT syncChanged();
    report(tr("Changes Exported"),
           tr("Wrote %n change(s) for %1 to %2 (%3).", nullptr, static_cast<int>(exported.changeCount))
                   .arg(exported.peerName, QDir::toNativeSeparators(exported.path),
                        QLocale().formattedDataSize(exported.bytes)) +
               u"\n\n"_s +
               tr("Take the file to %1 and import it there with Sync › Import Changes.").arg(exported.peerName));
}

void SyncCommands::importChanges()
{
    if (!m_session.database() || (m_saveGuard && !m_saveGuard())) {
        return;
    }
    const QString path = FileDialog::openFileName(m_window, tr("Import Changes"), {}, packageFilter());
    if (!path.isEmpty()) {
        importFile(path);
    }
}

bool SyncCommands::importFile(const QString &path)
{
    Database *db = m_session.database();
    if (!db) {
        return false;
    }
    Synchronizer sync(*db);
    SyncPackage package;
    QString passphrase;
    for (;;) {
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor); // deriving the key takes a moment
            package = sync.readPackage(path, passphrase);
            QApplication::restoreOverrideCursor();
            break;
        } catch (const Error &error) {
            QApplication::restoreOverrideCursor();
            const PassphraseProblem problem = passphraseProblem(error, path);
            if (problem == PassphraseProblem::None) {
                MessageBox::critical(m_window, tr("Cannot import the package"), error.message());
                m_lastReport = error.message();
                return false;
            }
            const QString reason = problem == PassphraseProblem::Wrong
                                       ? tr("That passphrase does not open this package. Try again:")
                                       : tr("This package is encrypted. Enter the passphrase it was exported with:");
            const std::optional<QString> answer = askPassphrase(path, reason);
            if (!answer) {
                return false;
            }
            passphrase = *answer;
        }
    }

    const std::unique_ptr<QProgressDialog> progress(createSyncProgress(
        m_window, tr("Importing %n change(s) from %1…", nullptr, static_cast<int>(package.changes.size()))
                      .arg(package.header.senderReplicaName)));
    SyncImportReport imported;
    try {
        imported = sync.import(package, syncProgressCallback(*progress));
    } catch (const Error &error) {
        progress->close();
        MessageBox::critical(m_window, tr("Cannot import the package"), error.message());
        m_lastReport = error.message();
        return false;
    }
    if (imported.cancelled) {
        progress->close();
        report(tr("Import Cancelled"), tr("The import was cancelled: nothing changed."));
        return false;
    }
    progress->close();

    if (imported.applied > 0) {
        // The merge wrote behind the undo stack's back: undoing an earlier edit now would silently
        // overwrite what the other replica sent, so the history of edits starts again here.
        m_session.undoStack()->clear();
        Q_EMIT m_session.recordsChanged();
    }
    Q_EMIT syncChanged();

    const QLocale locale;
    const QString sender = imported.senderName.isEmpty() ? package.header.senderReplicaName : imported.senderName;
    QString text = tr("Received %n change(s) from %1.", nullptr, static_cast<int>(imported.received)).arg(sender) +
                   u'\n' +
                   //: The counts of an import: changes new here, changes already here, records written.
                   tr("New: %1 · Already here: %2 · Records changed: %3")
                       .arg(locale.toString(imported.applied), locale.toString(imported.duplicates),
                            locale.toString(imported.recordsChanged));
    if (imported.pendingRecords > 0) {
        text += u"\n\n"_s + tr("%n record(s) wait for changes this package does not hold (their creation): import "
                               "the earlier packages from %1 too.",
                               nullptr, static_cast<int>(imported.pendingRecords))
                                .arg(sender);
    }
    if (imported.conflicts > 0) {
        text += u"\n\n"_s + tr("%n conflict(s) to review: both sides changed the same thing. Until you decide, the "
                               "newest change is on show. Review them now?",
                               nullptr, static_cast<int>(imported.conflicts));
        m_lastReport = text;
        const auto answer = MessageBox::question(m_window, tr("Changes Imported"), text,
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            reviewConflicts();
        }
        return true;
    }
    report(tr("Changes Imported"), text);
    return true;
}

void SyncCommands::reviewConflicts()
{
    if (!m_session.database()) {
        return;
    }
    if (!m_conflicts) {
        m_conflicts = new SyncConflictsDialog(m_session, m_window);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflicts, &SyncConflictsDialog::conflictResolved, this, &SyncCommands::syncChanged);
    } else {
        m_conflicts->reload();
    }
    m_conflicts->show();
    m_conflicts->raise();
    m_conflicts->activateWindow();
}

SyncConflictsDialog *SyncCommands::conflictsDialog() const
{
    return m_conflicts;
}

void SyncCommands::setNextPassphrases(const QStringList &passphrases)
{
    s_nextPassphrases = passphrases;
    s_hasNextPassphrases = true;
}

std::optional<QString> SyncCommands::askPassphrase(const QString &path, const QString &reason)
{
    QString passphrase;
    if (s_hasNextPassphrases) {
        passphrase = s_nextPassphrases.isEmpty() ? QString() : s_nextPassphrases.takeFirst();
        s_hasNextPassphrases = !s_nextPassphrases.isEmpty();
    } else {
        bool ok = false;
        passphrase = QInputDialog::getText(m_window, tr("Passphrase for %1").arg(QFileInfo(path).fileName()), reason,
                                           QLineEdit::Password, {}, &ok);
        if (!ok) {
            return std::nullopt;
        }
    }
    return passphrase.isEmpty() ? std::nullopt : std::optional<QString>(passphrase);
}

void SyncCommands::report(const QString &title, const QString &text)
{
    m_lastReport = text;
    // Window-modal and not waited for: the officer reads it over the window, tests carry on.
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(u"syncReport"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace crm::ui
