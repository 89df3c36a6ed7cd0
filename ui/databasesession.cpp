#include "databasesession.h"

#include "commands/recordcommands.h"
#include "domain/error.h"
#include "services/backups.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTimer>
#include <QUndoStack>

namespace crm::ui {
namespace {
QString lockFilePath(const QString &path)
{
    const QFileInfo info(path);
    const QString file = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return file + QStringLiteral(".lock");
}

// Commands know their store, not their session: a failure is routed to the session that owns it.
QList<DatabaseSession *> &liveSessions()
{
    static QList<DatabaseSession *> sessions;
    return sessions;
}
} // namespace

DatabaseSession::DatabaseSession(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &DatabaseSession::recordsChanged);
    auto *watch = new QTimer(this);
    watch->setInterval(std::chrono::seconds(2));
    connect(watch, &QTimer::timeout, this, &DatabaseSession::checkExternalChanges);
    watch->start();
    liveSessions().append(this);
    RecordCommand::setErrorReporter([](const RecordStore &store, const QString &text) {
        for (DatabaseSession *session : std::as_const(liveSessions())) {
            if (session->store() == &store) {
                session->reportFailure(text);
            }
        }
    });
}

DatabaseSession::~DatabaseSession()
{
    liveSessions().removeOne(this);
    m_undoStack->clear(); // commands refer to the store; drop them before it goes
}

void DatabaseSession::reportFailure(const QString &text)
{
    // Called from inside QUndoStack::undo()/redo(), before the stack drops the obsolete command.
    QMetaObject::invokeMethod(
        this,
        [this, text] {
            // A redo made obsolete leaves the index where it was, and QUndoStack then announces
            // nothing: the Redo action would still offer the dropped step.
            Q_EMIT m_undoStack->canUndoChanged(m_undoStack->canUndo());
            Q_EMIT m_undoStack->undoTextChanged(m_undoStack->undoText());
            Q_EMIT m_undoStack->canRedoChanged(m_undoStack->canRedo());
            Q_EMIT m_undoStack->redoTextChanged(m_undoStack->redoText());
            Q_EMIT recordsChanged(); // what was refused may have changed behind the stack's back
            Q_EMIT commandFailed(text);
        },
        Qt::QueuedConnection);
}

bool DatabaseSession::checkExternalChanges()
{
    if (!m_session) {
        return false;
    }
    qint64 version = 0;
    try {
        version = m_session->db().dataVersion();
    } catch (const Error &error) {
        reportReadFailure(error);
        return false;
    }
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed) {
        Q_EMIT recordsChanged();
    }
    return changed;
}

void DatabaseSession::reportReadFailure(const Error &error)
{
    if (m_readFailurePending) {
        return; // the panes refreshing with this one hit the same damage: one message is enough
    }
    m_readFailurePending = true;
    QMetaObject::invokeMethod(
        this,
        [this, text = error.message()] {
            m_readFailurePending = false;
            Q_EMIT readFailed(text);
        },
        Qt::QueuedConnection);
}

QString DatabaseSession::lock(const QString &path, std::unique_ptr<QLockFile> &lock) const
{
    const QString name = lockFilePath(path);
    if (m_lock && m_lock->fileName() == name) {
        return {}; // this session's own file, opened again (after a restore)
    }
    auto candidate = std::make_unique<QLockFile>(name);
    candidate->setStaleLockTime(0); // held while the file is open; a crashed holder is stale by its pid
    if (candidate->tryLock(0)) {
        lock = std::move(candidate);
        return {};
    }
    if (candidate->error() != QLockFile::LockFailedError) {
        return {}; // no lock can be made there (read-only media, no folder yet): nothing to guard
    }
    qint64 pid = 0;
    QString host;
    QString application;
    const QString file = QDir::toNativeSeparators(path);
    if (!candidate->getLockInfo(&pid, &host, &application)) {
        return tr("%1 is already open in another Delegates CRM window. Close it there first: two windows "
                  "editing one file would each miss the other's changes. (The lock file is %2.)")
            .arg(file, QDir::toNativeSeparators(name));
    }
    return tr("%1 is already open in another Delegates CRM window, on the computer %2 (process %3). Close it "
              "there first: two windows editing one file would each miss the other's changes. If that program "
              "is no longer running, delete %4.")
        .arg(file, host.isEmpty() ? tr("unknown") : host)
        .arg(pid)
        .arg(QDir::toNativeSeparators(name));
}

QString DatabaseSession::open(const QString &path, Database::OpenMode mode)
{
    QString readOnlyReason;
    if (mode == Database::OpenMode::ReadOnly) {
        readOnlyReason = tr("it was opened for reading only");
    } else if (QFileInfo(path).isFile()) {
        readOnlyReason = Session::engine().readOnlyReason(path);
    }
    if (!readOnlyReason.isEmpty()) {
        return openReadOnly(path, readOnlyReason);
    }
    std::unique_ptr<QLockFile> fileLock;
    if (const QString locked = lock(path, fileLock); !locked.isEmpty()) {
        return locked;
    }
    std::unique_ptr<Session> session;
    try {
        session = Session::open(path, mode, m_clock);
    } catch (const Error &error) {
        return error.message();
    }
    if (!fileLock && !(m_lock && m_lock->fileName() == lockFilePath(path))) {
        // A new file in a new folder: the folder exists now.
        if (const QString locked = lock(path, fileLock); !locked.isEmpty()) {
            return locked;
        }
    }
    if (fileLock || !(m_lock && m_lock->fileName() == lockFilePath(path))) {
        m_lock = std::move(fileLock); // the previous file's lock goes with it
    }
    adopt(std::move(session), {});
    return {};
}

QString DatabaseSession::openReadOnly(const QString &path, const QString &reason)
{
    std::unique_ptr<Session> session;
    try {
        session = Session::open(path, Database::OpenMode::ReadOnly, m_clock);
    } catch (const Error &error) {
        return error.message();
    }
    adopt(std::move(session), reason);
    m_lock.reset(); // the previous file's lock goes with it; this one takes none
    return {};
}

void DatabaseSession::adopt(std::unique_ptr<Session> session, const QString &readOnlyReason)
{
    const QString officer = officerId();
    m_undoStack->clear();
    m_session = std::move(session);
    m_readOnlyReason = readOnlyReason;
    m_dataVersion = -1;
    checkExternalChanges(); // the starting point; nothing to refresh yet
    if (!officer.isEmpty() && store()->exists(RecordKind::Officer, officer)) {
        m_session->db().setOfficerId(officer);
    }
    Q_EMIT databaseChanged();
}

QString DatabaseSession::restoreBackup(const QString &backup, const std::function<bool(qint64, qint64)> &progress,
                                       bool *cancelled)
{
    if (!m_session) {
        return tr("No database is open.");
    }
    if (isReadOnly()) {
        return tr("%1 is open read-only (%2): no backup can be restored into it. Copy it to a folder you can "
                  "write to and open that copy first.")
            .arg(QDir::toNativeSeparators(m_session->db().path()), m_readOnlyReason);
    }
    const QString path = m_session->db().path();
    const QString officer = officerId();
    const Clock *clock = &m_session->db().clock();
    // The file is replaced underneath: nothing may hold it open, the undo stack included.
    m_undoStack->clear();
    m_session.reset();
    QString problem;
    std::optional<QString> aside;
    try {
        aside = crm::restoreBackup(Session::engine(), path, backup, *clock, progress);
    } catch (const Error &error) {
        problem = error.message();
    }
    if (cancelled) {
        *cancelled = problem.isEmpty() && !aside;
    }
    const QString reopened = open(path, Database::OpenMode::MustExist);
    if (m_session) {
        m_session->db().setClock(clock);
    }
    if (store() && !officer.isEmpty() && store()->exists(RecordKind::Officer, officer)) {
        setOfficerId(officer); // the officer may not be in the backup
    }
    return problem.isEmpty() ? reopened : problem;
}

QString DatabaseSession::officerId() const
{
    return m_session ? m_session->db().officerId() : QString();
}

void DatabaseSession::setOfficerId(const QString &id)
{
    if (m_session && m_session->db().officerId() != id) {
        m_session->db().setOfficerId(id);
        Q_EMIT officerChanged();
    }
}

} // namespace crm::ui
