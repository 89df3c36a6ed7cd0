#include "mergecommand.h"

#include "commands/commandrunner.h"
#include "databasesession.h"
#include "domain/error.h"
#include "models/recordtitle.h"

#include <QLocale>
#include <QUndoStack>

namespace crm::ui {
namespace {
// The title of a record about to be merged, or its id when it is not there (the merge refuses it).
QString titleOrId(const RecordStore &store, RecordKind kind, const QString &id)
{
    return titleIfExists(store, kind, id).value_or(id);
}
} // namespace

MergeCommand::MergeCommand(DatabaseSession &session, MergeRequest request)
    : RecordCommand(session, request.kind, request.keepId), m_db(*session.database()), m_request(std::move(request))
{
    const RecordStore &store = m_records.store();
    m_survivorTitle = titleOrId(store, m_kind, m_request.keepId);
    QStringList others;
    for (const QString &id : std::as_const(m_request.otherIds)) {
        //: A merged-away record in the name of a merge step: its title in quotes.
        others << tr("\u201c%1\u201d").arg(titleOrId(store, m_kind, id));
    }
    //: The name of a merge in the undo history: "Merge “ヤザキ” into “Yazaki Corporation”".
    setText(tr("Merge %1 into \u201c%2\u201d").arg(QLocale().createSeparatedList(others), m_survivorTitle));
    // Failure messages name the survivor ("Cannot undo “Merge … into “Yazaki””").
    setTitle(m_survivorTitle);
}

std::optional<Error> MergeCommand::run(QUndoStack &stack, DatabaseSession &session, const MergeRequest &request,
                                       MergeResult *result)
{
    std::unique_ptr<MergeCommand> command;
    try {
        command.reset(new MergeCommand(session, request)); // reads the titles: a read error is a refusal
    } catch (const Error &error) {
        return error;
    }
    command->m_firstResult = result;
    // The first redo happens here, before the push, so that a refusal pushes nothing.
    return CommandRunner::apply(stack, std::move(command));
}

RecordResult MergeCommand::apply()
{
    m_merge = Merges(m_db).merge(m_request);
    // A redo follows an undo that wrote the records back itself: the versions seen before the
    // first merge say nothing about them any more.
    m_request.seen.clear();
    if (m_firstResult) {
        *std::exchange(m_firstResult, nullptr) = m_merge;
    }
    return RecordResult{m_merge.survivorId, true, {}, {}, m_survivorTitle};
}

RecordResult MergeCommand::revert()
{
    Merges(m_db).unmerge(m_merge);
    return RecordResult{m_request.keepId, true, {}, {}, m_survivorTitle};
}

} // namespace crm::ui
