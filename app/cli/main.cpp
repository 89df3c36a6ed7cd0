// delegates-crm-cli: the Delegates CRM database from the command line (see docs/cli.md).
#include "cli.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop application, so both find the same default database.
    QCoreApplication::setOrganizationName(u"ITPO Japan"_s);
    QCoreApplication::setApplicationName(u"Delegates CRM"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    return crm::cli::run(QCoreApplication::arguments().mid(1));
}
