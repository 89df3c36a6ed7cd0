#pragma once

#include "commands/recordcommands.h"
#include "services/records/merges.h"

#include <QCoreApplication>
#include <optional>

class QUndoStack;

namespace crm::ui {

class DatabaseSession;

// A merge (issue 19) as one step of the undo history, named "Merge “X” into “Y”": redo runs
// Merges::merge (the first time with the versions the officer saw, so that a record changed
// meanwhile is refused; after an undo without them, since the undo itself wrote those records
// again), undo runs Merges::unmerge with what the last merge returned. It is a RecordCommand so
// that a refused replay (a record edited since, one purged) reaches the officer the way every
// other step's does, and the step is dropped from the history.
class MergeCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::MergeCommand)

public:
    // Merges and pushes the step. A refusal is returned, and nothing is written or pushed; when
    // asked, result receives what the merge did.
    static std::optional<Error> run(QUndoStack &stack, DatabaseSession &session, const MergeRequest &request,
                                    MergeResult *result = nullptr);

    // What the last redo did (also after the undo that took it back).
    const MergeResult &mergeResult() const { return m_merge; }

private:
    MergeCommand(DatabaseSession &session, MergeRequest request);
    RecordResult apply() override;
    RecordResult revert() override;

    Database &m_db;
    MergeRequest m_request;
    MergeResult m_merge;
    QString m_survivorTitle;
    MergeResult *m_firstResult = nullptr; // the first run only: where the caller wants the result
};

} // namespace crm::ui
