#pragma once

#include "domain/recordkind.h"
#include "services/records/records.h"

#include <QUndoCommand>
#include <QVariantMap>
#include <functional>

namespace crm::ui {

class DatabaseSession;

// The records service over the session's open database and store (which must be open).
Records recordsOf(const DatabaseSession &session);

// Every edit goes through one of these commands on the session's QUndoStack, in Tiled's manner: a
// command is built with what to do, makes its change through crm::Records in redo() (the first one
// included) and takes it back in undo(), keeping what each change returned (the record before and
// after, its title) instead of reading it again. CommandRunner makes the first redo before it
// pushes, so that a refused change reaches its caller (with field errors for the form) and pushes
// nothing.
class RecordCommand : public QUndoCommand
{
public:
    RecordKind kind() const { return m_kind; }
    QString recordId() const { return m_id; }
    // What the last redo or undo returned (after: the record as it now is).
    const RecordResult &result() const { return m_result; }
    // Undo and redo cannot throw through QUndoStack. A change refused on replay (the record was
    // purged meanwhile, a constraint) is reported here, with the store it was refused by and a
    // text naming the step and the problem. The command is then made obsolete, so the stack drops
    // it rather than count it as undone or redone: the history keeps telling the truth, and the
    // steps before it stay undoable.
    using ErrorReporter = std::function<void(const RecordStore &store, const QString &text)>;
    static void setErrorReporter(ErrorReporter reporter);

    // The first redo, made by CommandRunner before the push. Throws crm::Error when the change is
    // refused (nothing changed then). A change that changes nothing leaves the command obsolete.
    void applyFirst();
    void undo() final;
    void redo() final;

protected:
    RecordCommand(DatabaseSession &session, RecordKind kind, QString id, const QString &text = {});
    // The change, made and taken back; each is one transaction, so a refused one (crm::Error) has
    // changed nothing. apply() runs on every redo; the first time it also learns what undo needs.
    // Each returns what Records returned.
    virtual RecordResult apply() = 0;
    virtual RecordResult revert() = 0;
    // The record's name in the messages of a failed replay, when the record may be gone.
    void setTitle(const QString &title) { m_title = title; }

    Records m_records;
    RecordKind m_kind;
    QString m_id;

private:
    enum class Replay
    {
        Undo,
        Redo
    };
    void guarded(Replay replay);

    QString m_title;
    RecordResult m_result;
    // The change is in the database: QUndoStack::push() calls redo() once more right after
    // applyFirst(), and that call has nothing left to do.
    bool m_inEffect = false;
};

// Creates a record. Undo removes it for good (trash, then purge); redo recreates it with the same id,
// which is fixed when the command is built.
class CreateRecordCommand final : public RecordCommand
{
public:
    CreateRecordCommand(DatabaseSession &session, RecordKind kind, const QVariantMap &json);

private:
    RecordResult apply() override;
    RecordResult revert() override;
    QVariantMap m_json;
    bool m_stored = false; // m_json is what was stored, element ids included
};

// Changes fields of a record; undo writes the previous values back. Without a text the step is
// named "Edit <title>". A change that changes nothing is not pushed.
class UpdateRecordCommand final : public RecordCommand
{
public:
    UpdateRecordCommand(DatabaseSession &session, RecordKind kind, const QString &id, const QVariantMap &changes,
                        const QString &text = {});

private:
    RecordResult apply() override;
    RecordResult revert() override;
    QVariantMap m_changes;
    QVariantMap m_before; // both empty until the first redo has returned them
    QVariantMap m_after;
};

// Moves a record to the Trash (or back out of it when restoring). One already where it is sent is
// not pushed.
class TrashRecordCommand final : public RecordCommand
{
public:
    enum class Direction
    {
        ToTrash,
        Restore
    };
    TrashRecordCommand(DatabaseSession &session, RecordKind kind, const QString &id, Direction direction);

private:
    RecordResult apply() override;
    RecordResult revert() override;
    RecordResult move(bool forward);
    Direction m_direction;
};

// Restores several records from the Trash (or moves them there) as one step, all or none, in one
// transaction: a refusal part way leaves every one of them where it was.
class TrashRecordsCommand final : public RecordCommand
{
public:
    TrashRecordsCommand(DatabaseSession &session, QList<RecordRef> records, TrashRecordCommand::Direction direction,
                        const QString &text);

private:
    RecordResult apply() override;
    RecordResult revert() override;
    RecordResult move(bool forward);
    QList<RecordRef> m_refs;
    TrashRecordCommand::Direction m_direction;
};

} // namespace crm::ui
