#pragma once

#include "session/session.h"
#include "storage/database.h"
#include "storage/recordquery.h"
#include "storage/recordstore.h"

#include <QObject>
#include <functional>
#include <memory>

class QLockFile;
class QUndoStack;

namespace crm {
class Error;
}

namespace crm::ui {

// Owns the open database for the application (the window does not) and the editing session on
// it: the undo stack and the officer stamped on changes. Opening another file replaces the
// database only once the new one has opened, so a bad file never leaves the app without one.
class DatabaseSession final : public QObject
{
    Q_OBJECT

public:
    // clock: the application's; every database opened here stamps its changes with it.
    explicit DatabaseSession(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Returns an empty string on success, otherwise the message for the user. While a file is open
    // the session holds FILE.lock beside it, so a second window on the same file (in this or
    // another Delegates CRM) is refused with a message naming the computer and process that hold it.
    // An existing file that cannot be written (read-only media, a read-only file or folder; see
    // storage::Engine::readOnlyReason) is opened read-only instead of refused, without a lock: a session
    // that cannot write cannot clash with another window's edits (it sees them through
    // checkExternalChanges()), and on read-only media no lock file can be made.
    QString open(const QString &path, Database::OpenMode mode);
    // Whether the open database can only be read, and why (for the window's banner).
    bool isReadOnly() const { return m_session && m_session->db().isReadOnly(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Replaces the open database's file with a backup (see crm::restoreBackup) and opens it again:
    // the undo stack is cleared, panes refresh through databaseChanged(). Returns an empty string
    // on success or a cancel (*cancelled says which), otherwise the message for the user; after a
    // failure the database that was open is open again.
    QString restoreBackup(const QString &backup, const std::function<bool(qint64, qint64)> &progress,
                          bool *cancelled = nullptr);
    Database *database() const { return m_session ? &m_session->db() : nullptr; }
    RecordStore *store() const { return m_session ? &m_session->db().records() : nullptr; }
    RecordQuery *query() const { return m_session ? &m_session->db().queries() : nullptr; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The open database's clock (tests fix it), else the session's: every "today" the UI shows.
    const Clock &clock() const { return m_session ? m_session->db().clock() : m_clock; }

    QString officerId() const;
    void setOfficerId(const QString &id);

    // A pane could not read what it shows (a damaged file, a disk gone): it shows nothing rather
    // than part of the data and reports it here. The window hears readFailed() once for every
    // failure of one refresh, however many panes saw it.
    void reportReadFailure(const Error &error);

    // Whether another program (the CLI, a script, a sync run) has written to the file since the
    // last look; if so, emits recordsChanged() so the panes show it. A timer asks every two seconds.
    bool checkExternalChanges();

Q_SIGNALS:
    void databaseChanged();
    // Something was written (an edit, an undo, a redo): lists and forms re-read what they show.
    void recordsChanged();
    // An undo or redo was refused (text names the step, the record and why); the stack has dropped
    // the step. Emitted once the stack has finished, so a message box shown for it finds the
    // window's undo actions and lists already up to date.
    void commandFailed(const QString &text);
    // Another officer is stamped on changes (chosen, added, or dropped with the file that held them).
    void officerChanged();
    // Reading the database failed; text says what happened and what to do.
    void readFailed(const QString &text);

private:
    QString openReadOnly(const QString &path, const QString &reason);
    // Makes db the session's database (readOnlyReason empty for one opened for writing).
    void adopt(std::unique_ptr<Session> session, const QString &readOnlyReason);
    void reportFailure(const QString &text);
    // Takes the lock of the database at path (kept when this session already holds it); returns the
    // message for the user when another window or program holds it.
    QString lock(const QString &path, std::unique_ptr<QLockFile> &lock) const;

    const Clock &m_clock;
    std::unique_ptr<QLockFile> m_lock; // before m_session: released after the database is closed
    std::unique_ptr<Session> m_session;
    QUndoStack *m_undoStack;
    bool m_readFailurePending = false;
    qint64 m_dataVersion = -1;
    QString m_readOnlyReason;
};

} // namespace crm::ui
