// delegates-crm: the desktop application. Thin: read the command line, open the database, show the window.
#include "databasesession.h"
#include "dialogs/officerdialog.h"
#include "mainwindow.h"
#include "support/commandline.h"
#include "support/icons.h"
#include "support/localepreferences.h"
#include "support/messagebox.h"
#include "support/restart.h"

#include <QApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ITPO Japan"_s);
    QApplication::setApplicationName(u"Delegates CRM"_s);
    QApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    QApplication::setWindowIcon(crm::ui::icon(u"app"_s));
    // Before anything says a word (--help is translated too): the language chosen in Preferences,
    // its locale for every date, number and amount, and the officer's time zone.
    crm::ui::applyLocalePreferences(app);

    crm::ui::CommandLine commandLine;
    if (!commandLine.parse(QApplication::arguments())) {
        // On the terminal, and in a box for whoever opened a file from a file manager.
        std::fputs(qPrintable(commandLine.error() + u'\n'), stderr);
        crm::ui::MessageBox::critical(nullptr, QApplication::translate("main", "Delegates CRM"), commandLine.error());
        return 2;
    }
    if (commandLine.helpRequested()) {
        commandLine.parser().showHelp();
    }
    if (commandLine.versionRequested()) {
        commandLine.parser().showVersion();
    }

    int exitCode = 0;
    {
        crm::ui::DatabaseSession session(crm::Clock::system()); // the composition root's clock
        const QString error = session.open(commandLine.databasePath(), commandLine.openMode());

        crm::ui::MainWindow window(session);
        window.show();
        if (!error.isEmpty()) {
            // The window stays usable: File > Open or New Database lead on.
            crm::ui::MessageBox::critical(&window, QApplication::translate("main", "Cannot open the database"), error);
        } else {
            window.offerSampleData();
            crm::ui::OfficerDialog::ensureOfficer(session, &window);
        }
        exitCode = QApplication::exec();
    }
    // Preferences asked to start again (a new language): only now that the database and its lock
    // are released can the new copy open it.
    if (crm::ui::Restart::requested() && !crm::ui::Restart::startAgain()) {
        crm::ui::MessageBox::critical(nullptr, QApplication::translate("main", "Delegates CRM"),
                                      QApplication::translate("main", "Delegates CRM could not start again. Start "
                                                                      "it yourself to use the new language."));
    }
    return exitCode;
}
