#include "helpmenu.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/userguidedialog.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
struct HelpMenu
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::HelpMenu)
};
} // namespace

void addHelpMenu(QMenuBar *menuBar, QWidget *window)
{
    QMenu *help = menuBar->addMenu(HelpMenu::tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *guide =
        help->addAction(HelpMenu::tr("&User Guide"), window, [window] { UserGuideDialog::showPage(window); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(u"actionUserGuide"_s);
    help->addSeparator();
    QAction *about = help->addAction(HelpMenu::tr("&About Delegates CRM"), window, [window] {
        auto *dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(HelpMenu::tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"actionAboutQt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace crm::ui
