#pragma once

#include <QStringList>

namespace crm {
class Clock;
}

namespace crm::cli {

// Runs one command line (without the program name) and returns the process exit code. Every
// error ends here: a usage mistake as one line plus a hint to --help, a crm::Error as its message
// (invalid data as one "field: message" line per bad field). Every "now" of the command (changes
// stamped, a restored file's name) comes from clock, which must outlive the call.
int run(const QStringList &arguments, const Clock &clock);

// Whether this command line prints a document, so that main() creates a QGuiApplication (fonts)
// rather than the lighter QCoreApplication. False for a command line that does not parse.
bool needsGuiApplication(const QStringList &arguments);

} // namespace crm::cli
