#pragma once

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace crm {
class Clock;
}

namespace crm::cli {

// The process exit codes; docs/cli.md promises them to scripts, so they never change meaning.
enum class ExitCode : int
{
    Success = 0,
    Usage = 1,       // a mistake on the command line, or a request refused in the current state
    InvalidData = 2, // the JSON or a field in it is wrong
    NotFound = 3,    // no record with that id
    Database = 4,    // not a database, a newer schema, a failed check
};

// A mistake on the command line; reported as one line plus a hint to --help.
class UsageError final : public std::runtime_error
{
public:
    explicit UsageError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

struct Invocation;
using Handler = ExitCode (*)(const Invocation &);

// What a command accepts: the parser checks the command line against it before anything runs,
// so a typo never opens (or creates) a database.
struct CommandSpec
{
    QString name;
    QStringList positionals; // placeholders in order, e.g. KIND, ID
    QStringList flags;       // options without a value
    QStringList valued;      // options that take a value
    QStringList required;    // valued options that must be given
    Handler run = nullptr;
    int optionalPositionals = 0; // how many of the last positionals may be left out
    bool repeatsLast = false;    // the last positional may be given several times (import KIND FILE...)
    // Valued options that may also be given alone, last or before another option, as a flag
    // (update's --json: the FILE of one record's changes, or JSON output of update --where).
    QStringList valueOptional = {};
};

// A parsed command line.
struct Invocation
{
    const CommandSpec *command = nullptr;
    QStringList positionals;
    QHash<QString, QString> options;      // flags are present with an empty value; a repeated option's last value
    QHash<QString, QStringList> repeated; // every value of each valued option, in order ("--kind a --kind b")
    QString databasePath;                 // --db; empty means the default path
    QString officerInitials;              // --officer; empty means $CRM_OFFICER
    QString language;                     // --lang (en, ja, fr); empty means the system's
    const Clock *clock = nullptr;         // where "now" comes from (run() sets it; see Session)
    bool help = false;
    bool version = false;

    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option) const { return options.value(option); }
    QStringList values(const QString &option) const { return repeated.value(option); }
};

// Global options (--db, --officer, --lang, --help, --version) may come anywhere; a command's own
// options must follow its name. "--name=value" and "--name value" are both accepted. Throws UsageError.
Invocation parseArguments(const QStringList &arguments, const QList<CommandSpec> &commands);

// The locale of the human-readable messages, read before anything is said (so before
// parseArguments()): --lang's language, else the system's (LANG, LC_ALL). A --lang that names no
// language of ours counts as absent here; parseArguments() reports it.
QLocale messageLocale(const QStringList &arguments);

} // namespace crm::cli
