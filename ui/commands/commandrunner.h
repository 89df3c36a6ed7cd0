#pragma once

#include "domain/error.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace crm {
struct RecordResult;
}

namespace crm::ui {

class RecordCommand;

// The one way record commands reach the undo stack. The command's first redo is made here, before
// the push: QUndoStack::push() drops the steps left to redo and the clean mark before it learns that
// a command failed, so a refused change must never get that far.
struct CommandRunner final
{
    // Makes the change and pushes the command. A refusal is returned (with field errors for the
    // form) and nothing is pushed; a change that changes nothing pushes nothing either. When asked,
    // result receives what the change returned (the record after it, its title), taken before the
    // push, which may delete the command.
    static std::optional<Error> apply(QUndoStack &stack, std::unique_ptr<RecordCommand> command,
                                      RecordResult *result = nullptr);
    // Makes the changes in turn and pushes those made as one step named macroText(count) (a
    // single change as itself), undone and redone all or nothing. Stops at the first refusal and
    // returns it; the changes made before it are pushed, so that they can be undone.
    static std::optional<Error> applyAll(QUndoStack &stack, std::vector<std::unique_ptr<RecordCommand>> commands,
                                         const std::function<QString(int count)> &macroText);
};

} // namespace crm::ui
