// delegates-crm-cli: the Delegates CRM database from the command line (see docs/cli.md).
#include "arguments.h"
#include "cli.h"
#include "domain/clock.h"
#include "support/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    std::unique_ptr<QCoreApplication> app;
    if (crm::cli::needsGuiApplication(arguments)) {
        // Printing a PDF needs fonts, not a screen: no display is opened, also over SSH or in cron.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the desktop application, so both find the same default database.
    QCoreApplication::setOrganizationName(u"ITPO Japan"_s);
    QCoreApplication::setApplicationName(u"Delegates CRM"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    // Messages in --lang's language or the system's; the dates and numbers in them follow it too.
    // JSON, CSV and exit codes are written the same way in every language.
    const QLocale locale = crm::cli::messageLocale(arguments);
    QLocale::setDefault(locale);
    crm::installTranslations(*app, locale);
    // The one place the command line takes the computer's clock; everything else asks the session.
    return crm::cli::run(QCoreApplication::arguments().mid(1), crm::Clock::system());
}
