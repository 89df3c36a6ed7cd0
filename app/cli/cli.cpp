#include "cli.h"

#include "arguments.h"
#include "commands.h"
#include "console.h"
#include "domain/error.h"
#include "scriptlanguage.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct RunTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::Run)
};

const QString kProgram = u"delegates-crm-cli"_s;

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

int reportUsage(const QString &message)
{
    console::error(kProgram + u": "_s + message);
    console::error(RunTr::tr("Try \"%1 --help\" for more information.").arg(kProgram));
    return code(ExitCode::Usage);
}

int report(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::Invalid:
        if (error.fieldErrors().isEmpty()) {
            console::error(kProgram + u": "_s + error.message());
        } else {
            console::error(kProgram + u": "_s + RunTr::tr("invalid data:"));
            for (const FieldError &field : error.fieldErrors()) {
                console::error(field.field + u": "_s + field.message);
            }
        }
        return code(ExitCode::InvalidData);
    case Error::Kind::NotFound:
        console::error(kProgram + u": "_s + error.message());
        return code(ExitCode::NotFound);
    case Error::Kind::Conflict:
        // The request is well formed but refused in the database's current state (demo into a
        // database with records, purge of a record not in the Trash): the user must ask otherwise.
        console::error(kProgram + u": "_s + error.message());
        return code(ExitCode::Usage);
    case Error::Kind::Database:
        break;
    }
    console::error(kProgram + u": "_s + error.message());
    return code(ExitCode::Database);
}
} // namespace

int run(const QStringList &arguments, const Clock &clock)
{
    int exitCode = code(ExitCode::Success);
    try {
        Invocation invocation = parseArguments(arguments, commandSpecs());
        invocation.clock = &clock;
        if (invocation.help) {
            console::write(usageText().toUtf8());
        } else if (invocation.version) {
            console::line(kProgram + u' ' + QCoreApplication::applicationVersion());
        } else {
            const ScriptLanguage scripts(ScriptLanguage::wanted(invocation));
            exitCode = code(invocation.command->run(invocation));
        }
    } catch (const UsageError &error) {
        exitCode = reportUsage(error.message());
    } catch (const Error &error) {
        exitCode = report(error);
    } catch (const std::exception &error) {
        console::error(kProgram + u": "_s +
                       RunTr::tr("unexpected error: %1").arg(QString::fromLocal8Bit(error.what())));
        exitCode = code(ExitCode::Database);
    }
    std::fflush(stdout);
    return exitCode;
}

bool needsGuiApplication(const QStringList &arguments)
{
    try {
        const Invocation invocation = parseArguments(arguments, commandSpecs());
        return !invocation.help && !invocation.version && printsDocuments(invocation);
    } catch (const UsageError &) {
        return false; // run() reports it
    }
}

} // namespace crm::cli
