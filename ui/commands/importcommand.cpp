#include "importcommand.h"

#include "commands/commandrunner.h"
#include "databasesession.h"
#include "domain/error.h"

#include <QUndoStack>

namespace crm::ui {

ImportCommand::ImportCommand(DatabaseSession &session, imports::ImportPlan plan, imports::RunOptions options)
    : RecordCommand(session, plan.kind, {}), m_db(*session.database()), m_plan(std::move(plan)), m_options(options)
{
    // The file name in the failure messages: "Cannot undo “Import contacts.csv (120 records)”".
    setTitle(m_plan.fileName);
}

std::optional<Error> ImportCommand::run(QUndoStack &stack, DatabaseSession &session, const imports::ImportPlan &plan,
                                        const imports::RunOptions &options, const imports::ImportProgress &progress,
                                        imports::ImportResult &result)
{
    std::unique_ptr<ImportCommand> command(new ImportCommand(session, plan, options));
    command->m_progress = progress;
    command->m_firstResult = &result;
    // The first redo happens here, before the push, so that a refusal pushes nothing.
    return CommandRunner::apply(stack, std::move(command));
}

RecordResult ImportCommand::apply()
{
    imports::Importer importer(m_db);
    const imports::ImportResult result =
        importer.run(m_plan, m_options, std::exchange(m_progress, imports::ImportProgress()));
    if (m_firstResult) {
        *std::exchange(m_firstResult, nullptr) = result;
        const qint64 records = result.created + result.updated;
        if (result.cancelled || result.batchId.isEmpty() || records == 0) {
            // Nothing written (a cancel writes nothing; a batch of skips changes nothing): no step.
            setObsolete(true);
        }
        setText(tr("Import %1 (%n record(s))", nullptr, static_cast<int>(records)).arg(m_plan.fileName));
    }
    m_batchId = result.batchId;
    m_id = result.batchId;
    return RecordResult{result.batchId, true, {}, {}, m_plan.fileName};
}

RecordResult ImportCommand::revert()
{
    imports::Importer(m_db).revert(m_batchId);
    const QString reverted = std::exchange(m_batchId, QString());
    return RecordResult{reverted, true, {}, {}, m_plan.fileName};
}

} // namespace crm::ui
