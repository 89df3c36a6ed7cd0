#include "commandrunner.h"

#include "recordcommands.h"

#include <QUndoStack>

namespace crm::ui {

std::optional<Error> CommandRunner::apply(QUndoStack &stack, std::unique_ptr<RecordCommand> command)
{
    std::vector<std::unique_ptr<RecordCommand>> one;
    one.push_back(std::move(command));
    return applyAll(stack, std::move(one), {});
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
    const bool macro = made.size() > 1;
    if (macro) {
        stack.beginMacro(macroText(static_cast<int>(made.size())));
    }
    for (std::unique_ptr<RecordCommand> &command : made) {
        stack.push(command.release()); // its redo finds the change made and does nothing
    }
    if (macro) {
        stack.endMacro();
    }
    return refused;
}

} // namespace crm::ui
