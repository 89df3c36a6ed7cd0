// delegates-crm: the desktop application. Thin: parse options, open the database, show the window.
#include "databasesession.h"
#include "dialogs/officerdialog.h"
#include "mainwindow.h"
#include "support/icons.h"
#include "support/messagebox.h"
#include "support/translations.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ITPO Japan"_s);
    QApplication::setApplicationName(u"Delegates CRM"_s);
    QApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    QApplication::setWindowIcon(crm::ui::icon(u"app"_s));
    crm::installTranslations(app); // before anything says a word: --help is translated too

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CRM for the ITPO Japan Delegates Programme"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QApplication::translate("main", "Open FILE instead of the default database."), u"FILE"_s);
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : crm::Database::defaultPath();
    crm::ui::DatabaseSession session;
    const QString error = session.open(path, crm::Database::OpenMode::CreateIfMissing);

    crm::ui::MainWindow window(session);
    window.show();
    if (!error.isEmpty()) {
        // The window stays usable: File > Open or New Database lead on.
        crm::ui::MessageBox::critical(&window, QApplication::translate("main", "Cannot open the database"), error);
    } else {
        window.offerSampleData();
        crm::ui::OfficerDialog::ensureOfficer(session, &window);
    }
    return QApplication::exec();
}
