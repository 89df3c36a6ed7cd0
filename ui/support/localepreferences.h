#pragma once

#include <QLocale>
#include <QTimeZone>

class QCoreApplication;

namespace crm::ui {

// The locale the screens follow: that of the language chosen in Preferences (Settings::UiLanguage),
// or the system's when none is chosen or the stored code names no language of ours.
QLocale interfaceLocale();
// The officer's time zone as chosen in Preferences; invalid when none is (the computer's then).
QTimeZone chosenTimeZone();
// Makes the preferences the process's own, at start before any window exists: the default locale
// (dates, numbers and money everywhere shown and typed), the translators for its language and the
// officer's time zone. Needs the application's organisation and name set (they locate the settings).
void applyLocalePreferences(QCoreApplication &app);

} // namespace crm::ui
