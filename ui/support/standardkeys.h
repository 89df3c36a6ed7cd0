#pragma once

#include <QKeySequence>
#include <QList>

namespace crm::ui {

// The keys of Redo: the platform's own, each once, and Ctrl+Y where the platform does not list it
// (officers coming from Windows press it). Giving one key twice makes Qt refuse it as ambiguous:
// on Linux QKeySequence::Redo is Ctrl+Shift+Z, which the window also listed by hand.
QList<QKeySequence> redoShortcuts(const QList<QKeySequence> &platform = QKeySequence::keyBindings(QKeySequence::Redo));

} // namespace crm::ui
