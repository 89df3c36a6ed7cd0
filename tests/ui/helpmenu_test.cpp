#include "dialogs/aboutdialog.h"
#include "dialogs/userguidedialog.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "samplewindow.h"
#include "support/settings.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
using Window = SampleWindow;
} // namespace

TEST_CASE("the Help menu offers the user guide, About Delegates CRM and About Qt", "[ui][help]")
{
    Window w;
    QMenu *help = nullptr;
    for (QAction *menu : w.window->menuBar()->actions()) {
        if (menu->text() == u"&Help"_s) {
            help = menu->menu();
        }
    }
    REQUIRE(help);
    CHECK(help->actions().contains(w.action(u"actionUserGuide"_s)));
    CHECK(help->actions().contains(w.action(u"actionAbout"_s)));
    CHECK(help->actions().contains(w.action(u"actionAboutQt"_s)));
    CHECK(w.action(u"actionUserGuide"_s)->shortcut() == QKeySequence(QKeySequence::HelpContents));
    CHECK(w.window->menuBar()->actions().constLast()->menu() == help); // last, where it is looked for
}

TEST_CASE("About names the version, the GPL-3 notice and the licence of everything shipped", "[ui][help]")
{
    Window w;
    w.action(u"actionAbout"_s)->trigger();
    auto *about = w.window->findChild<AboutDialog *>();
    REQUIRE(about);
    CHECK(about->isVisible());
    const QString text = about->text();
    CHECK(AboutDialog::version() == QStringLiteral(CRM_VERSION)); // CMake's project version
    CHECK(text.contains(u"Delegates CRM "_s + QStringLiteral(CRM_VERSION)));
    CHECK(
        text.contains(u"GNU General Public License as published by the Free Software Foundation, either version 3"_s));
    CHECK(text.contains(u"WITHOUT ANY WARRANTY"_s));
    CHECK(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
    CHECK(text.contains(u"GNU LGPL 3.0 or GNU GPL 3.0"_s)); // Qt
    CHECK(text.contains(u"Qt Charts"_s));
    CHECK(text.contains(u"IPA Font License Agreement v1.0"_s));
    CHECK(text.contains(u"iso-codes"_s));
    CHECK(text.contains(u"GNU LGPL 2.1 or later"_s));
    CHECK(text.contains(u"libsodium"_s));
    CHECK(text.contains(u"ISC"_s));
    CHECK(text.contains(u"KANJIDIC2"_s)); // the EDRDG licence asks for this acknowledgement
    CHECK(text.contains(u"Unicode Han Database"_s));
    CHECK(text.contains(u"kainjow"_s));
    CHECK(text.contains(u"Boost Software License 1.0"_s));
    CHECK(text.contains(u"SQLite"_s));
    about->close();
}

TEST_CASE("the licence texts About links to ship with the app", "[ui][help]")
{
    UserGuideDialog licence(QUrl(u"qrc:/guide/resources/fonts/IPA_Font_License_Agreement_v1.0.txt"_s));
    CHECK(licence.browser()->toPlainText().contains(u"IPA"_s));
    UserGuideDialog gpl(QUrl(u"qrc:/guide/LICENSE"_s));
    CHECK(gpl.browser()->toPlainText().contains(u"GNU GENERAL PUBLIC LICENSE"_s));
}

TEST_CASE("Help > User Guide opens the README with its screenshots, no wider than the page", "[ui][help]")
{
    Window w;
    w.action(u"actionUserGuide"_s)->trigger();
    auto *guide = w.window->findChild<UserGuideDialog *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    CHECK(text.contains(u"Using the desktop application"_s)); // rendered Markdown: headings, no "##"
    CHECK_FALSE(text.contains(u"## Using"_s));
    CHECK(text.contains(u"Quick meeting entry"_s));
    const QVariant shot =
        guide->browser()->loadResource(QTextDocument::ImageResource, QUrl(u"docs/screenshots/main-window.png"_s));
    const QImage image = shot.value<QImage>();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() <= guide->browser()->viewport()->width());
    guide->close();
}
