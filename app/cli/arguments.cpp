#include "arguments.h"

#include "support/translations.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct ArgumentsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::Arguments)
};

const CommandSpec *findCommand(const QList<CommandSpec> &commands, const QString &name)
{
    for (const CommandSpec &spec : commands) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

class Parser
{
public:
    Parser(const QStringList &arguments, const QList<CommandSpec> &commands) : m_args(arguments), m_commands(commands)
    {}

    Invocation parse()
    {
        // --help wins over every other mistake: someone asking for help gets it.
        for (const QString &arg : m_args) {
            if (arg == u"--"_s) {
                break;
            }
            if (arg == u"--help"_s || arg == u"-h"_s) {
                m_result.help = true;
                return m_result;
            }
        }
        bool optionsEnded = false;
        while (m_index < m_args.size()) {
            const QString arg = m_args.at(m_index++);
            if (!optionsEnded && arg == u"--"_s) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.startsWith(u"--"_s)) {
                option(arg);
            } else if (!optionsEnded && arg.startsWith(u'-') && arg.size() > 1) {
                throw UsageError(ArgumentsTr::tr("unknown option %1").arg(arg));
            } else {
                positional(arg);
            }
        }
        if (m_result.version) {
            return m_result;
        }
        finish();
        return m_result;
    }

private:
    void option(const QString &arg)
    {
        const qsizetype equals = arg.indexOf(u'=');
        const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
        std::optional<QString> inlineValue;
        if (equals >= 0) {
            inlineValue = arg.mid(equals + 1);
        }
        const CommandSpec *spec = m_result.command;
        if (name == u"version"_s) {
            noValue(name, inlineValue);
            m_result.version = true;
        } else if (name == u"db"_s) {
            m_result.databasePath = value(name, inlineValue);
        } else if (name == u"officer"_s) {
            m_result.officerInitials = value(name, inlineValue);
        } else if (name == u"lang"_s && !(spec && spec->valued.contains(name))) {
            // After "briefing", --lang is the document's language (the pre-scan in messageLocale()
            // takes it for the messages too).
            m_result.language = value(name, inlineValue);
            if (!localeForLanguage(m_result.language)) {
                //: %1 is what was given, %2 the languages there are ("en, ja, fr")
                throw UsageError(ArgumentsTr::tr("unknown language \"%1\" for --lang: use one of %2")
                                     .arg(m_result.language, interfaceLanguages().join(u", "_s)));
            }
        } else if (spec && spec->flags.contains(name)) {
            noValue(name, inlineValue);
            m_result.options.insert(name, QString());
        } else if (spec && spec->valueOptional.contains(name) && !inlineValue &&
                   (m_index >= m_args.size() || m_args.at(m_index).startsWith(u"--"_s))) {
            m_result.options.insert(name, QString());
        } else if (spec && spec->valued.contains(name)) {
            const QString given = value(name, inlineValue);
            m_result.options.insert(name, given);
            m_result.repeated[name].append(given);
        } else if (spec) {
            throw UsageError(ArgumentsTr::tr("unknown option --%1 for %2").arg(name, spec->name));
        } else {
            throw UsageError(ArgumentsTr::tr("unknown option --%1").arg(name));
        }
    }

    void noValue(const QString &name, const std::optional<QString> &inlineValue) const
    {
        if (inlineValue) {
            throw UsageError(ArgumentsTr::tr("option --%1 takes no value").arg(name));
        }
    }

    QString value(const QString &name, const std::optional<QString> &inlineValue)
    {
        if (inlineValue) {
            if (inlineValue->isEmpty()) {
                throw UsageError(ArgumentsTr::tr("option --%1 needs a value").arg(name));
            }
            return *inlineValue;
        }
        // "-" alone is a value (standard input); "--other" means the value was forgotten.
        if (m_index >= m_args.size() || m_args.at(m_index).startsWith(u"--"_s) || m_args.at(m_index).isEmpty()) {
            throw UsageError(ArgumentsTr::tr("option --%1 needs a value").arg(name));
        }
        return m_args.at(m_index++);
    }

    void positional(const QString &arg)
    {
        if (!m_result.command) {
            // A command of two words ("rate set"): the first names the group, the second the action.
            const QString name = m_group.isEmpty() ? arg : m_group + u' ' + arg;
            m_result.command = findCommand(m_commands, name);
            if (m_group.isEmpty() && isGroup(arg)) {
                // A word may be a command and a group ("import KIND FILE", "import list"): the
                // command when the next word names no action of the group.
                m_single = m_result.command;
                m_result.command = nullptr;
                m_group = arg;
                return;
            }
            if (!m_result.command && m_single) {
                m_result.command = m_single;
                m_group.clear();
            } else {
                if (!m_result.command) {
                    throw UsageError(ArgumentsTr::tr("unknown command \"%1\"").arg(name));
                }
                return;
            }
        }
        if (m_result.positionals.size() >= m_result.command->positionals.size() && !m_result.command->repeatsLast) {
            throw UsageError(ArgumentsTr::tr("unexpected argument \"%1\" for %2").arg(arg, m_result.command->name));
        }
        m_result.positionals << arg;
    }

    bool isGroup(const QString &word) const
    {
        return std::any_of(m_commands.cbegin(), m_commands.cend(),
                           [&](const CommandSpec &spec) { return spec.name.startsWith(word + u' '); });
    }

    void finish()
    {
        if (!m_result.command && m_single) {
            m_result.command = m_single;
        }
        const CommandSpec *spec = m_result.command;
        if (!spec && !m_group.isEmpty()) {
            throw UsageError(ArgumentsTr::tr("%1 needs an action").arg(m_group));
        }
        if (!spec) {
            throw UsageError(ArgumentsTr::tr("no command given"));
        }
        if (m_result.positionals.size() < spec->positionals.size() - spec->optionalPositionals) {
            throw UsageError(ArgumentsTr::tr("%1 needs %2")
                                 .arg(spec->name, spec->positionals.mid(m_result.positionals.size()).join(u' ')));
        }
        for (const QString &required : spec->required) {
            if (!m_result.options.contains(required)) {
                throw UsageError(ArgumentsTr::tr("%1 needs the option --%2").arg(spec->name, required));
            }
        }
    }

    const QStringList &m_args;
    const QList<CommandSpec> &m_commands;
    qsizetype m_index = 0;
    Invocation m_result;
    QString m_group;                       // the first word of a two-word command, until the second comes
    const CommandSpec *m_single = nullptr; // the command the group's word also names, if any
};
} // namespace

Invocation parseArguments(const QStringList &arguments, const QList<CommandSpec> &commands)
{
    return Parser(arguments, commands).parse();
}

QLocale messageLocale(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--"_s) {
            break;
        }
        if (arg == u"--lang"_s && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
        } else if (arg.startsWith(u"--lang="_s)) {
            language = arg.mid(7);
        }
    }
    return localeForLanguage(language).value_or(QLocale::system());
}

} // namespace crm::cli
