#pragma once

#include <QLocale>
#include <QStringList>
#include <optional>

class QCoreApplication;

namespace crm {

// Installs the application's translators on app, replacing those an earlier call installed:
// the embedded English plural forms ("1 month", "3 months") as the base under every language,
// then Qt's own catalogue for the locale (qtbase_<lang>.qm, when the system has it) and the
// embedded delegates-crm_<lang>.qm, if any, which Qt searches first. Returns the files
// installed, the one searched last first.
QStringList installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

// The languages the screens and the command line speak, as the codes officers choose them by
// ("en", "ja", "fr"), in the order they are offered.
QStringList interfaceLanguages();
// A language's name in its own language ("日本語", "Français"): an officer looks for the words of
// the language they read, not its name in English.
QString nativeLanguageName(const QString &code);
// The locale that dates, numbers and money follow for a chosen language: the system's own locale
// when it already speaks that language (fr_CH keeps its grouping, en_GB its day-first dates), else
// the language's main country (ja_JP, fr_FR, en_US). An empty code means the system's locale; an
// unknown code gives nullopt.
std::optional<QLocale> localeForLanguage(const QString &code, const QLocale &system = QLocale::system());

} // namespace crm
