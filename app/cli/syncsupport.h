#pragma once

#include "arguments.h"
#include "sync/synchronizer.h"

#include <QDateTime>
#include <QString>

// What the sync and replica commands share: passphrase files, progress on a terminal, and the
// way times and sizes are shown.
namespace crm::cli::syncsupport {

// The passphrase in the first line of --passphrase-file (without its line end), or empty when
// the option is not given. A missing, unreadable or empty file is a UsageError naming the option:
// a passphrase never comes on the command line, where ps and the shell history would show it.
QString passphrase(const Invocation &invocation);

// A UsageError when path cannot be read (missing, a folder, no permission): checked before the
// database is opened.
void checkReadable(const QString &path);

// The values of a repeatable option, commas also separating them ("--country MA,TN --country SN").
QStringList listOption(const Invocation &invocation, const QString &option);

// Percent done on stderr, rewritten in place, and only on a terminal: a script's log gets the
// result lines and nothing else.
class ProgressPrinter final
{
public:
    explicit ProgressPrinter(QString action);
    Q_DISABLE_COPY_MOVE(ProgressPrinter)

    // What to give the core: nothing at all when stderr is not a terminal.
    SyncProgress callback();
    // Ends the progress line; call it also when the operation failed.
    void finish();

private:
    bool report(qint64 done, qint64 total);

    QString m_action;
    bool m_terminal;
    int m_shown = -1;
};

// "2026-11-29 10:15 UTC", or "never" for an invalid time.
QString humanTime(const QDateTime &utc);
// An ISO 8601 UTC instant, or null for an invalid time.
QVariant isoOrNull(const QDateTime &utc);

} // namespace crm::cli::syncsupport
