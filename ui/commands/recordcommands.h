#pragma once

#include "domain/recordkind.h"

#include <QUndoCommand>
#include <QVariantMap>
#include <functional>

namespace crm {
class RecordStore;
}

namespace crm::ui {

// Every edit goes through one of these commands on the session's QUndoStack. Each performs its
// change in its constructor-side helper (so a refused change throws before anything is pushed)
// and only replays it in later redo() calls.
class RecordCommand : public QUndoCommand
{
public:
    RecordKind kind() const { return m_kind; }
    QString recordId() const { return m_id; }
    // Undo and redo cannot throw through QUndoStack. A change refused on replay (the record was
    // purged meanwhile, a constraint) is reported here, with the store it was refused by and a
    // text naming the step and the problem. The command is then made obsolete, so the stack drops
    // it rather than count it as undone or redone: the history keeps telling the truth, and the
    // steps before it stay undoable.
    using ErrorReporter = std::function<void(const RecordStore &store, const QString &text)>;
    static void setErrorReporter(ErrorReporter reporter);

protected:
    enum class Replay
    {
        Undo,
        Redo
    };
    // Reads the record's title for the messages of a failed replay. Throws crm::Error when it cannot
    // be read (a damaged file); a record that is not there is named by its id.
    RecordCommand(RecordStore &store, RecordKind kind, QString id, const QString &text);
    bool firstRedo(); // true the first time: the change is already done
    // Runs a replay; each store call is one transaction, so a refused one has changed nothing.
    void guarded(Replay replay, const std::function<void()> &change);

    RecordStore &m_store;
    RecordKind m_kind;
    QString m_id;

private:
    QString m_title; // the record's title when the step was taken
    bool m_done = true;
};

// Creates a record. Undo removes it for good (trash, then purge); redo recreates it with the same id.
class CreateRecordCommand final : public RecordCommand
{
public:
    // Throws crm::Error when the record is refused; nothing is pushed then.
    static CreateRecordCommand *create(RecordStore &store, RecordKind kind, const QVariantMap &json);
    void undo() override;
    void redo() override;

private:
    CreateRecordCommand(RecordStore &store, RecordKind kind, QString id, QVariantMap json);
    QVariantMap m_json;
};

// Changes fields of a record; undo writes the previous values back.
class UpdateRecordCommand final : public RecordCommand
{
public:
    // Returns nullptr when nothing changed. Throws crm::Error when the change is refused.
    static UpdateRecordCommand *create(RecordStore &store, RecordKind kind, const QString &id,
                                       const QVariantMap &changes, const QString &text = {});
    void undo() override;
    void redo() override;

private:
    UpdateRecordCommand(RecordStore &store, RecordKind kind, QString id, QVariantMap before, QVariantMap after,
                        const QString &text);
    QVariantMap m_before;
    QVariantMap m_after;
};

// Moves a record to the Trash (or back out of it when restoring).
class TrashRecordCommand final : public RecordCommand
{
public:
    enum class Direction
    {
        ToTrash,
        Restore
    };
    static TrashRecordCommand *create(RecordStore &store, RecordKind kind, const QString &id, Direction direction);
    void undo() override;
    void redo() override;

private:
    TrashRecordCommand(RecordStore &store, RecordKind kind, QString id, Direction direction, const QString &text);
    void apply(bool forward);
    Direction m_direction;
};

} // namespace crm::ui
