#include "localepreferences.h"

#include "domain/officerzone.h"
#include "settings.h"
#include "support/translations.h"

namespace crm::ui {

QLocale interfaceLocale()
{
    return localeForLanguage(Settings::value(Settings::Key::UiLanguage).toString()).value_or(QLocale::system());
}

QTimeZone chosenTimeZone()
{
    const QByteArray id = Settings::value(Settings::Key::OfficerTimeZone).toString().toUtf8();
    return id.isEmpty() ? QTimeZone() : QTimeZone(id);
}

void applyLocalePreferences(QCoreApplication &app)
{
    const QLocale locale = interfaceLocale();
    QLocale::setDefault(locale);
    installTranslations(app, locale);
    setOfficerZone(chosenTimeZone());
}

} // namespace crm::ui
