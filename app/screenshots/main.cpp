// delegates-crm-screenshots: renders the README's screenshots from the sample dataset, so they are
// retaken (by .ci/screenshots, under Xvfb) whenever the UI changes instead of going stale.
#include "darkshots.h"
#include "databasesession.h"
#include "dialogs/briefingdialog.h"
#include "dialogs/meetingentrydialog.h"
#include "dialogs/searchdialog.h"
#include "documents/briefings.h"
#include "importshots.h"
#include "mainwindow.h"
#include "mergeshots.h"
#include "services/sampledata.h"
#include "storage/recordstore.h"
#include "support/translations.h"
#include "views/dashboardview.h"
#include "views/recordpane.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
void settle()
{
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
    }
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED to write", qPrintable(path));
    return ok;
}

// The mission laptop's view: the window at the size it takes by itself on this screen, with a
// delegate's page, then the pipeline, and the Print Briefing dialog over it.
bool laptopShots(crm::ui::DatabaseSession &session, const QString &delegateId, const QString &outDir,
                 const QString &prefix)
{
    // Saved geometry and splitters of an earlier run would hide what a first start looks like.
    QSettings().clear();
    crm::ui::MainWindow window(session);
    window.show();
    bool ok = true;
    if (!delegateId.isEmpty()) {
        window.openRecord(crm::RecordKind::Delegate, delegateId);
    }
    ok &= save(&window, outDir + u"/"_s + prefix + u"laptop-delegate.png"_s);
    window.showSection(crm::ui::MainWindow::Section::Pipeline);
    ok &= save(&window, outDir + u"/"_s + prefix + u"laptop-pipeline.png"_s);
    window.showSection(crm::ui::MainWindow::Section::FollowUps);
    ok &= save(&window, outDir + u"/"_s + prefix + u"laptop-followups.png"_s);
    window.showSection(crm::ui::MainWindow::Section::Delegates);
    crm::ui::BriefingDialog briefing(
        [&session, &delegateId](const crm::BriefingOptions &options) {
            return crm::buildBriefing(*session.database(), crm::RecordKind::Delegate, delegateId, options);
        },
        &window);
    briefing.show();
    ok &= save(&briefing, outDir + u"/"_s + prefix + u"laptop-briefing.png"_s);
    briefing.close();
    if (!prefix.isEmpty()) {
        return ok; // another language: the window's main views and the briefing dialog are enough
    }
    ok &= importShots(session, &window, outDir, u"laptop-import-"_s,
                      {u"cards"_s, u"mapping"_s, u"duplicates"_s, u"done"_s, u"history"_s}, save);
    return ok;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ITPO Japan"_s);
    QApplication::setApplicationName(u"Delegates CRM Screenshots"_s); // own settings, not the officer's
    QStringList args = QApplication::arguments().mid(1);
    // --laptop: the window as it opens on the screen it is given (run on a 1366x768 one), not at
    // the office monitor's sizes below.
    const bool laptop = args.removeAll(u"--laptop"_s) > 0;
    // --lang ja|fr: the laptop's pictures in that language, named LANG-laptop-*.png. Otherwise the
    // README's pictures are in English whatever the machine's language.
    QString language;
    if (const qsizetype at = args.indexOf(u"--lang"_s); at >= 0 && at + 1 < args.size()) {
        language = args.takeAt(at + 1);
        args.removeAt(at);
    }
    const QLocale locale = language.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(language);
    QLocale::setDefault(locale);
    crm::installTranslations(app, locale);
    const QString outDir = args.isEmpty() ? u"docs/screenshots"_s : args.first();
    QDir().mkpath(outDir);

    QTemporaryDir dir;
    crm::ui::DatabaseSession session(crm::Clock::system()); // the composition root's clock
    if (!session.open(dir.filePath(u"sample.sqlite"_s), crm::Database::OpenMode::CreateIfMissing).isEmpty()) {
        return 1;
    }
    crm::loadSampleData(*session.database());
    crm::RecordStore &store = *session.store();
    if (const auto officer = store.findIdBy(crm::RecordKind::Officer, u"initials"_s, u"HS"_s)) {
        session.setOfficerId(*officer);
    }
    Q_EMIT session.recordsChanged();

    const auto hassani = store.findIdBy(crm::RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    if (laptop) {
        return laptopShots(session, hassani.value_or(QString()), outDir,
                           language.isEmpty() ? QString() : language + u'-')
                   ? 0
                   : 1;
    }

    crm::ui::MainWindow window(session);
    window.resize(1500, 900);
    window.show();
    bool ok = true;

    if (hassani) {
        window.openRecord(crm::RecordKind::Delegate, *hassani);
    }
    ok &= save(&window, outDir + u"/main-window.png"_s);

    const auto contact = store.findIdBy(crm::RecordKind::Contact, u"family_name"_s, u"山本"_s);
    if (contact) {
        window.openRecord(crm::RecordKind::Contact, *contact);
        ok &= save(&window, outDir + u"/contact-form.png"_s);
    }
    if (hassani) {
        window.openRecord(crm::RecordKind::Delegate, *hassani);
        ok &= save(window.recordPane(), outDir + u"/delegate-form.png"_s);
        // The delegate page on a full-HD-class screen: the profile beside the whole story.
        window.resize(1600, 1000);
        ok &= save(&window, outDir + u"/delegate-page.png"_s);
        window.resize(1500, 900);
    }
    // The deal page: the form beside the stage path, the credits and the impact table.
    if (const auto yazakiDeal = store.findIdBy(crm::RecordKind::Deal, u"title"_s, u"Wire-harness plants, Morocco"_s)) {
        window.resize(1600, 1000);
        window.openRecord(crm::RecordKind::Deal, *yazakiDeal);
        ok &= save(&window, outDir + u"/deal-page.png"_s);
        window.resize(1500, 900);
    }

    // The pipeline board takes the window's width: the record pane steps aside.
    window.resize(1600, 1000);
    window.showSection(crm::ui::MainWindow::Section::Pipeline);
    ok &= save(&window, outDir + u"/pipeline-board.png"_s);
    window.resize(1500, 900);

    // The dashboard on its own, at the size of an office screen less the sidebar.
    {
        crm::ui::DashboardView dashboard(session);
        dashboard.resize(1400, 900);
        dashboard.show();
        ok &= save(&dashboard, outDir + u"/dashboard.png"_s);
    }

    crm::ui::MeetingEntryDialog dialog(session, &window);
    dialog.resize(900, 760);
    dialog.show();
    ok &= save(&dialog, outDir + u"/meeting-entry.png"_s);
    dialog.reject();

    // Search everything, with a search that finds a company, its people, meetings and notes.
    {
        crm::ui::SearchDialog search(session, &window);
        search.show();
        search.searchBox()->insert(u"yazaki"_s);
        search.searchNow();
        ok &= save(&search, outDir + u"/search.png"_s);
    }
    ok &= importShots(session, &window, outDir, u"import-"_s, {u"mapping"_s, u"duplicates"_s}, save);
    ok &= darkShots(session, hassani.value_or(QString()), outDir, save);
    // Last: it adds a second Yazaki and leaves a new investor's draft open.
    ok &= mergeShots(session, window, outDir, save);
    return ok ? 0 : 1;
}
