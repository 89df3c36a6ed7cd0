#include "restart.h"

#include <QCoreApplication>
#include <QProcess>
#include <QWidget>

namespace crm::ui {

bool Restart::s_requested = false;
QStringList Restart::s_arguments;

bool Restart::request(QWidget *window, const QString &databasePath)
{
    // Marked before closing: the last window closing ends the event loop, and main() looks then.
    s_requested = true;
    // A file given alone opens that file, as from a file manager (see CommandLine).
    s_arguments = databasePath.isEmpty() ? QCoreApplication::arguments().mid(1) : QStringList{databasePath};
    if (!window->close()) {
        reset();
        return false;
    }
    return true;
}

bool Restart::startAgain()
{
    return s_requested && QProcess::startDetached(QCoreApplication::applicationFilePath(), s_arguments);
}

void Restart::reset()
{
    s_requested = false;
    s_arguments.clear();
}

} // namespace crm::ui
