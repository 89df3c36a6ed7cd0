#pragma once

#include "commands/recordcommands.h"
#include "import/importer.h"

#include <QCoreApplication>
#include <optional>

class QUndoStack;

namespace crm::ui {

class DatabaseSession;

// One import as one step of the undo history (issue 18): redo writes the plan as a batch
// (Importer::run; the plan's rows carry fixed ids, so a redo after an undo makes the very same
// records), undo takes the batch back (Importer::revert). It is a RecordCommand so that a refused
// replay (records edited since the import) reaches the officer the way every other step's does,
// and the step is dropped from the history.
class ImportCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::ImportCommand)

public:
    // Runs the plan and pushes the step. A refusal is returned and nothing is written or pushed; a
    // cancel (progress said stop) writes and pushes nothing and sets result.cancelled.
    static std::optional<Error> run(QUndoStack &stack, DatabaseSession &session, const imports::ImportPlan &plan,
                                    const imports::RunOptions &options, const imports::ImportProgress &progress,
                                    imports::ImportResult &result);

    // The batch the last redo wrote; empty while undone.
    QString batchId() const { return m_batchId; }

private:
    ImportCommand(DatabaseSession &session, imports::ImportPlan plan, imports::RunOptions options);
    RecordResult apply() override;
    RecordResult revert() override;

    Database &m_db;
    imports::ImportPlan m_plan;
    imports::RunOptions m_options;
    QString m_batchId;
    // The first run only: the caller's progress and where it wants the result.
    imports::ImportProgress m_progress;
    imports::ImportResult *m_firstResult = nullptr;
};

} // namespace crm::ui
