#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace crm::ui {

// Starting Delegates CRM again, for what takes effect at start (the language of the screens). The
// window closes first, as Quit closes it (asking about unsaved edits); main() starts the new copy
// only once this one has closed its database, which a second copy would otherwise find locked.
class Restart final
{
public:
    // Closes window and marks the restart, to reopen databasePath (the file open now, perhaps not
    // the one this copy started with; empty: the same command line). False, and no restart, when
    // the officer kept the window open.
    static bool request(QWidget *window, const QString &databasePath);
    static bool requested() { return s_requested; }
    // What the new copy is started with: this executable and these arguments.
    static QStringList arguments() { return s_arguments; }
    // Starts the new copy (main() calls it on the way out); false when it could not be started.
    static bool startAgain();
    // Forgets a request (for tests, which never start anything).
    static void reset();

private:
    static bool s_requested;
    static QStringList s_arguments;
};

} // namespace crm::ui
