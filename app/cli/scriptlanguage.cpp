#include "scriptlanguage.h"

#include "arguments.h"
#include "support/translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
const QLocale kScripts(QLocale::English, QLocale::UnitedStates);
}

ScriptLanguage::ScriptLanguage(bool active) : m_active(active && QCoreApplication::instance())
{
    if (m_active) {
        QLocale::setDefault(kScripts);
        installTranslations(*QCoreApplication::instance(), kScripts);
    }
}

ScriptLanguage::~ScriptLanguage()
{
    if (m_active) {
        QLocale::setDefault(m_chosen);
        installTranslations(*QCoreApplication::instance(), m_chosen);
    }
}

bool ScriptLanguage::wanted(const Invocation &invocation)
{
    const bool jsonOutput =
        invocation.command && invocation.command->flags.contains(u"json"_s) && invocation.has(u"json"_s);
    // update --where ... --json: the flag form of a valued option (CommandSpec::valueOptional).
    const bool jsonFlag = invocation.command && invocation.command->valueOptional.contains(u"json"_s) &&
                          invocation.has(u"json"_s) && invocation.value(u"json"_s).isEmpty();
    return jsonOutput || jsonFlag || invocation.has(u"csv"_s);
}

} // namespace crm::cli
