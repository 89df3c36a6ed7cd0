#include "commandrunner.h"

#include "recordcommands.h"

#include <QUndoStack>

namespace crm::ui {
namespace {
// Several record commands as one step. QUndoStack's own macro would count the step as undone even
// when one of its commands failed (and dropped itself): the others stay undone, and the next redo
// fails again. Here a failure puts the others back and drops the whole step, so that it is all or
// nothing, like a single command.
class CommandGroup final : public QUndoCommand
{
public:
    CommandGroup(const QString &text, std::vector<std::unique_ptr<RecordCommand>> commands)
        : QUndoCommand(text), m_commands(std::move(commands))
    {}

    void undo() override
    {
        for (auto failed = m_commands.rbegin(); failed != m_commands.rend(); ++failed) {
            (*failed)->undo();
            if ((*failed)->isObsolete()) { // reported by the command
                for (auto done = m_commands.rbegin(); done != failed; ++done) {
                    (*done)->redo();
                }
                setObsolete(true);
                return;
            }
        }
    }

    void redo() override
    {
        for (auto failed = m_commands.begin(); failed != m_commands.end(); ++failed) {
            (*failed)->redo();
            if ((*failed)->isObsolete()) {
                for (auto done = std::make_reverse_iterator(failed); done != m_commands.rend(); ++done) {
                    (*done)->undo();
                }
                setObsolete(true);
                return;
            }
        }
    }

private:
    std::vector<std::unique_ptr<RecordCommand>> m_commands;
};
} // namespace

std::optional<Error> CommandRunner::apply(QUndoStack &stack, std::unique_ptr<RecordCommand> command,
                                          RecordResult *result)
{
    try {
        command->applyFirst();
    } catch (const Error &error) {
        return error;
    }
    if (result) {
        *result = command->result();
    }
    if (!command->isObsolete()) {
        stack.push(command.release()); // its redo in the push finds the change made and does nothing
    }
    return std::nullopt;
}

std::optional<Error> CommandRunner::applyAll(QUndoStack &stack, std::vector<std::unique_ptr<RecordCommand>> commands,
                                             const std::function<QString(int count)> &macroText)
{
    std::vector<std::unique_ptr<RecordCommand>> made;
    std::optional<Error> refused;
    for (std::unique_ptr<RecordCommand> &command : commands) {
        try {
            command->applyFirst();
        } catch (const Error &error) {
            refused = error;
            break;
        }
        if (!command->isObsolete()) {
            made.push_back(std::move(command));
        }
    }
    // Each redo in the push finds its change made and does nothing.
    if (made.size() == 1) {
        stack.push(made.front().release());
    } else if (made.size() > 1) {
        const QString text = macroText(static_cast<int>(made.size()));
        stack.push(new CommandGroup(text, std::move(made)));
    }
    return refused;
}

} // namespace crm::ui
