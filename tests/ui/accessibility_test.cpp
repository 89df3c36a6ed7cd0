// Screen readers and the keyboard (issue 20, item 8): in every record form and every dialog an
// officer can open, each input has a name a screen reader announces (a buddy label, its text, or an
// accessible name), Tab reaches every input, and it goes through them in reading order: down the
// page, left to right along a row, the form's fields before its buttons.
#include "dialogs/aboutdialog.h"
#include "dialogs/backupsdialog.h"
#include "dialogs/briefingdialog.h"
#include "dialogs/calendarexportdialog.h"
#include "dialogs/duplicatesdialog.h"
#include "dialogs/exchangeratesdialog.h"
#include "dialogs/importhistorydialog.h"
#include "dialogs/meetingentrydialog.h"
#include "dialogs/mergedialog.h"
#include "dialogs/officerdialog.h"
#include "dialogs/preparereplicadialog.h"
#include "dialogs/programmereportdialog.h"
#include "dialogs/quickrecorddialog.h"
#include "dialogs/searchdialog.h"
#include "dialogs/setfielddialog.h"
#include "dialogs/stagemovedialog.h"
#include "dialogs/syncconflictsdialog.h"
#include "dialogs/syncexportdialog.h"
#include "dialogs/userguidedialog.h"
#include "documents/briefings.h"
#include "focuschain.h"
#include "forms/recordform.h"
#include "importtesting.h"
#include "support/settings.h"
#include "sync/replicapreparer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
int g_windows = 0; // windows walked, and their inputs: the numbers the note gives
int g_inputs = 0;

// Shows the window at a size an officer's laptop gives it and checks what Tab and a screen reader meet.
void checkKeyboardAndNames(QWidget &window, const QString &what)
{
    if (window.isWindow()) {
        window.resize(window.sizeHint().expandedTo(QSize(900, 640)).boundedTo(QSize(1366, 740)));
    }
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const test::FocusWalk walk = test::walkFocusChain(window);
    ++g_windows;
    g_inputs += static_cast<int>(walk.stops.size());
    INFO(what.toStdString());
    CHECK_FALSE(walk.stops.isEmpty());
    CHECK(walk.unnamed == QStringList());
    CHECK(walk.unreachable == QStringList());
    CHECK(walk.outOfOrder == QStringList());
}

QString firstId(RecordStore &store, RecordKind kind, int skip = 0)
{
    QString id;
    store.forEach(kind, {}, [&](const QVariantMap &row) {
        if (skip-- > 0) {
            return true;
        }
        id = row.value(u"id"_s).toString();
        return false;
    });
    REQUIRE_FALSE(id.isEmpty());
    return id;
}
} // namespace

TEST_CASE("every record form names its inputs and is read by Tab from top to bottom", "[ui][a11y]")
{
    test::SampleSession sample;
    for (RecordKind kind : allRecordKinds()) {
        RecordForm form(kind, sample.session());
        // A record of the kind, so that lists (stays, attendees, positions) have rows to reach.
        form.setRecord(sample.store().get(kind, firstId(sample.store(), kind)));
        checkKeyboardAndNames(form, kindName(kind) + u" form"_s);
    }
}

TEST_CASE("the dialogs of the Records, Reports and Help menus name their inputs and follow reading order", "[ui][a11y]")
{
    test::SampleSession sample;
    DatabaseSession &session = sample.session();
    RecordStore &store = sample.store();
    {
        MeetingEntryDialog dialog(session);
        checkKeyboardAndNames(dialog, u"meeting entry"_s);
    }
    {
        const QString delegate = sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
        QuickRecordDialog dialog(session, RecordKind::Note, {}, store.title(RecordKind::Delegate, delegate));
        checkKeyboardAndNames(dialog, u"quick note"_s);
    }
    {
        SearchDialog dialog(session);
        checkKeyboardAndNames(dialog, u"search"_s);
    }
    {
        Settings::setValue(Settings::Key::BriefingTemplateDir, QString());
        const QString yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
        Database *db = session.database();
        BriefingDialog dialog([db, yazaki](const BriefingOptions &options) {
            return buildBriefing(*db, RecordKind::Investor, yazaki, options);
        });
        checkKeyboardAndNames(dialog, u"briefing"_s);
    }
    {
        OfficerDialog dialog(session);
        checkKeyboardAndNames(dialog, u"officer"_s);
    }
    {
        BackupsDialog dialog(session);
        checkKeyboardAndNames(dialog, u"backups"_s);
    }
    {
        ExchangeRatesDialog dialog(session);
        checkKeyboardAndNames(dialog, u"exchange rates"_s);
    }
    {
        CalendarExportDialog dialog(session);
        checkKeyboardAndNames(dialog, u"calendar export"_s);
    }
    {
        ProgrammeReportDialog dialog(session);
        checkKeyboardAndNames(dialog, u"programme report"_s);
    }
    {
        DuplicatesDialog dialog(session);
        checkKeyboardAndNames(dialog, u"duplicates"_s);
    }
    {
        ImportHistoryDialog dialog(session);
        checkKeyboardAndNames(dialog, u"import history"_s);
    }
    {
        const QStringList investors{firstId(store, RecordKind::Investor), firstId(store, RecordKind::Investor, 1)};
        SetFieldDialog dialog(session, RecordKind::Investor, investors, investors.first());
        checkKeyboardAndNames(dialog, u"set field"_s);
    }
    {
        const QStringList investors{firstId(store, RecordKind::Investor), firstId(store, RecordKind::Investor, 1)};
        MergeDialog dialog(session, RecordKind::Investor, investors);
        checkKeyboardAndNames(dialog, u"merge"_s);
    }
    {
        const QString deal =
            sample.idOf(RecordKind::Deal, u"title"_s, u"Workwear and technical-textile plant, Hawassa (fictional)"_s);
        StageMoveDialog dialog(store.get(RecordKind::Deal, deal), u"lost"_s, QDate(2026, 11, 29));
        checkKeyboardAndNames(dialog, u"stage move"_s);
    }
    {
        AboutDialog dialog;
        checkKeyboardAndNames(dialog, u"about"_s);
    }
    {
        UserGuideDialog dialog;
        checkKeyboardAndNames(dialog, u"user guide"_s);
    }
}

TEST_CASE("the Sync dialogs name their inputs and follow reading order", "[ui][a11y]")
{
    test::SampleSession office;
    {
        PrepareReplicaDialog dialog(office.session());
        checkKeyboardAndNames(dialog, u"prepare replica"_s);
    }
    {
        SyncConflictsDialog dialog(office.session());
        checkKeyboardAndNames(dialog, u"sync conflicts"_s);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"laptop.sqlite"_s);
    REQUIRE_FALSE(prepareReplica(*office.session().database(), path, u"Casablanca laptop"_s).path.isEmpty());
    DatabaseSession laptop;
    REQUIRE(laptop.open(path, Database::OpenMode::MustExist).isEmpty());
    SyncExportDialog dialog(laptop);
    checkKeyboardAndNames(dialog, u"sync export"_s);
}

TEST_CASE("each page of the import wizard names its inputs and follows reading order", "[ui][a11y]")
{
    test::importwizard::WizardFixture w;
    w.chooseKind(RecordKind::Contact);
    checkKeyboardAndNames(*w.wizard, u"import: source"_s);
    w.chooseFiles({w.write(u"contacts.csv"_s, test::importwizard::contactsCsv())});
    w.click(QWizard::NextButton);
    REQUIRE(w.wizard->currentId() == ImportWizard::MappingPage);
    checkKeyboardAndNames(*w.wizard, u"import: mapping"_s);
    w.click(QWizard::NextButton);
    REQUIRE(w.wizard->currentId() == ImportWizard::PreviewPage);
    checkKeyboardAndNames(*w.wizard, u"import: preview"_s);
}

TEST_CASE("the accessibility walk covered the forms and dialogs", "[ui][a11y]")
{
    // Run after the cases above (Catch runs them in file order): a count the README's note quotes.
    WARN("windows walked: " << g_windows << ", inputs named and in order: " << g_inputs);
    SUCCEED();
}
