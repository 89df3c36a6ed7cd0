// Catch2 main for every test binary: a QApplication on the offscreen platform when there is no
// display, so GUI tests run in CI and catch_discover_tests can list tests at build time.
#define CATCH_CONFIG_RUNNER
#include "support/translations.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ITPO Japan"));
    QApplication::setApplicationName(QStringLiteral("Delegates CRM Tests"));
    // Settings of this process only: ctest runs tests side by side, and one test's backup folder or
    // remembered officer must not reach another's.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // The texts tests read are English ("3 months", "Cancel") whatever the developer's language,
    // unless CRM_TEST_LANG names another: the screen-fit tests run again in Japanese and French.
    const QString language = qEnvironmentVariable("CRM_TEST_LANG");
    const QLocale locale = language.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(language);
    QLocale::setDefault(locale);
    crm::installTranslations(app, locale);
    return Catch::Session().run(argc, argv);
}
