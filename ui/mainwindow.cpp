#include "mainwindow.h"

#include "commands/duplicatecommands.h"
#include "commands/exportactions.h"
#include "commands/mergeactions.h"
#include "commands/setfieldactions.h"
#include "commands/synccommands.h"
#include "databasesession.h"
#include "dialogs/backupsdialog.h"
#include "dialogs/briefingdialog.h"
#include "dialogs/exchangeratesdialog.h"
#include "dialogs/importhistorydialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/meetingentrydialog.h"
#include "dialogs/officerdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/programmereportdialog.h"
#include "dialogs/searchdialog.h"
#include "documents/briefings.h"
#include "domain/error.h"
#include "mainsections.h"
#include "models/listcolumns.h"
#include "models/recordkindlabel.h"
#include "services/sampledata.h"
#include "support/filedialog.h"
#include "support/helpmenu.h"
#include "support/icons.h"
#include "support/messagebox.h"
#include "support/palettefollower.h"
#include "support/restart.h"
#include "support/screenfit.h"
#include "support/settings.h"
#include "support/standardkeys.h"
#include "support/themecolours.h"
#include "views/dashboardview.h"
#include "views/followupsview.h"
#include "views/pipelineboard.h"
#include "views/recordlistpane.h"
#include "views/recordpane.h"
#include "views/trashview.h"
#include "widgets/pagestack.h"
#include "widgets/readonlybanner.h"
#include "widgets/syncstatuswidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

MainWindow::MainWindow(DatabaseSession &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_navigation(new QListWidget(this)), m_listStack(new PageStack(this)),
      m_splitter(new QSplitter(this)), m_recordPane(new RecordPane(session, this)), m_officerLabel(new QLabel(this)),
      m_readOnlyBanner(new ReadOnlyBanner(session, this)), m_sync(new SyncCommands(session, this)),
      m_syncStatus(new SyncStatusWidget(session, this)), m_duplicates(new DuplicateCommands(session, this)),
      m_merges(new MergeActions(session, this))
{
    setObjectName(u"mainWindow"_s);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Sections"));
    for (const SectionInfo &info : sections()) {
        m_navigation->addItem(new QListWidgetItem(sectionIcon(info.section), sectionLabel(info.section)));
    }
    m_navigation->setIconSize(QSize(20, 20));
    // The line icons take the text colour: a soft selection with that colour keeps them readable on the
    // chosen section, in a light and a dark theme.
    followPalette(m_navigation, [](QWidget *navigation) {
        // The theme's highlight, from the parent: the sidebar's own is the tint set here.
        const QWidget *parent = navigation->parentWidget();
        const QColor highlight = (parent ? parent->palette() : QApplication::palette()).color(QPalette::Highlight);
        QPalette sidebar = navigation->palette();
        const QColor selection = mixColours(sidebar.color(QPalette::Base), highlight, 0.25);
        sidebar.setColor(QPalette::Highlight, selection);
        sidebar.setColor(QPalette::HighlightedText, readableOn(sidebar.color(QPalette::Text), selection));
        navigation->setPalette(sidebar);
    });
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + 24);
    m_listStack->setObjectName(u"listStack"_s);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_recordPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_officerLabel->setObjectName(u"officerLabel"_s);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_officerLabel);
    m_sync->setSaveGuard([this] { return m_recordPane->maybeSave(); });
    connect(m_sync, &SyncCommands::syncChanged, m_syncStatus, &SyncStatusWidget::refresh);
    connect(m_syncStatus, &SyncStatusWidget::reviewRequested, m_sync, &SyncCommands::reviewConflicts);

    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [this](int row) { showSection(static_cast<Section>(qMax(0, row))); });
    connect(&m_session, &DatabaseSession::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(m_recordPane, &RecordPane::openRecordRequested, this, &MainWindow::openRecord);
    connect(m_duplicates, &DuplicateCommands::openRecordRequested, this, &MainWindow::openRecord);
    m_duplicates->setCurrentKind([this] { return currentKind(); });
    connect(m_duplicates, &DuplicateCommands::mergeRequested, m_merges, &MergeActions::mergeRecords);
    connect(m_merges, &MergeActions::merged, this, &MainWindow::openRecord);
    connect(m_recordPane, &RecordPane::recordSaved, this, [this](RecordKind kind, const QString &id) {
        if (RecordListPane *pane = listPane(kind)) {
            pane->selectRecord(id);
        }
    });
    connect(m_session.undoStack(), &QUndoStack::cleanChanged, this, [this] { updateStatus(); });
    connect(&m_session, &DatabaseSession::commandFailed, this,
            [this](const QString &text) { MessageBox::critical(this, tr("Cannot Undo or Redo"), text); });
    connect(&m_session, &DatabaseSession::readFailed, this,
            [this](const QString &text) { MessageBox::critical(this, tr("Cannot read the database"), text); });
    // An office monitor's worth of room; on a laptop's smaller screen all of it, maximised, so the
    // window manager counts its own frame (fitToScreen() can only estimate it before the first show).
    const QSize preferred(1600, 1000);
    fitToScreen(this, preferred);
    const QSize room = maximumWindowSize(this);
    if (preferred.width() > room.width() || preferred.height() > room.height()) {
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    connect(&m_session, &DatabaseSession::officerChanged, this, &MainWindow::updateStatus);
    restoreState();
    onDatabaseChanged();
}

RecordListPane *MainWindow::listPane(RecordKind kind)
{
    auto it = m_listPanes.find(kind);
    if (it == m_listPanes.end()) {
        auto *pane = new RecordListPane(m_session, kind, m_listStack);
        pane->view()->header()->restoreState(Settings::headerState(kind));
        m_merges->addListAction(*pane);
        connect(pane, &RecordListPane::currentRecordChanged, this, [this, pane](RecordKind k, const QString &id) {
            if (!m_recordPane->showRecord(k, id)) {
                pane->selectRecord(m_recordPane->recordId()); // the officer chose to stay on unsaved edits
            }
        });
        connect(pane, &RecordListPane::openRequested, this, [this](RecordKind k, const QString &id) {
            m_recordPane->showRecord(k, id);
            m_recordPane->setFocus(Qt::OtherFocusReason);
        });
        m_listStack->addWidget(pane);
        it = m_listPanes.insert(kind, pane);
    }
    return *it;
}

void MainWindow::showSection(Section section)
{
    const auto previous = static_cast<Section>(qMax(0, m_navigation->currentRow()));
    switchSection(section);
    if (!followSection(section)) {
        switchSection(sectionOf(m_recordPane->kind()).value_or(previous)); // back beside the unsaved edits
    }
}

bool MainWindow::followSection(Section section)
{
    if (section == Section::Pipeline || section == Section::Dashboard) {
        return true; // the record pane steps aside; what it holds waits for the next list
    }
    const auto kind = sections().at(static_cast<int>(section)).kind;
    const auto shownKind = kind                            ? kind
                           : section == Section::FollowUps ? std::optional(RecordKind::FollowUp)
                                                           : std::nullopt;
    if (m_recordPane->hasRecord() && shownKind == m_recordPane->kind()) {
        return true;
    }
    const QString id = kind ? listPane(*kind)->currentId() : QString();
    if (!id.isEmpty()) {
        return m_recordPane->showRecord(*kind, id);
    }
    if (!m_recordPane->maybeSave()) {
        return false;
    }
    const QString newKeys = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
    m_recordPane->clear(
        section == Section::FollowUps ? tr("Double-click a follow-up to open the record it is about.")
        : section == Section::Trash   ? tr("Records in the Trash open again once restored.")
        : m_session.isReadOnly()
            ? tr("Choose a record in the list to see it here.") // nothing can be added to a read-only file
            : tr("Choose a record in the list to see it here, or press %1 to add a new one.").arg(newKeys));
    return true;
}

void MainWindow::switchSection(Section section)
{
    const SectionInfo &info = sections().at(static_cast<int>(section));
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(static_cast<int>(section));
    }
    if (info.kind) {
        m_listStack->setCurrentWidget(listPane(*info.kind));
        Settings::setValue(Settings::Key::CurrentKind, kindName(*info.kind));
    } else {
        m_listStack->setCurrentWidget(sectionWidget(section));
    }
    setRecordPaneShown(section != Section::Pipeline && section != Section::Dashboard);
}

QWidget *MainWindow::sectionWidget(Section section)
{
    const auto add = [this](auto *view) {
        connect(view, &std::remove_pointer_t<decltype(view)>::openRecordRequested, this, &MainWindow::openRecord);
        m_listStack->addWidget(view);
        return view;
    };
    switch (section) {
    case Section::FollowUps:
        if (!m_followUps) {
            m_followUps = add(new FollowUpsView(m_session, m_listStack));
        }
        return m_followUps;
    case Section::Pipeline:
        if (!m_pipeline) {
            m_pipeline = add(new PipelineBoard(m_session, m_listStack));
        }
        return m_pipeline;
    case Section::Dashboard:
        if (!m_dashboard) {
            m_dashboard = new DashboardView(m_session, m_listStack);
            m_listStack->addWidget(m_dashboard);
        }
        return m_dashboard;
    default:
        if (!m_trash) {
            m_trash = new TrashView(m_session, m_listStack);
            m_listStack->addWidget(m_trash);
        }
        return m_trash;
    }
}

void MainWindow::setRecordPaneShown(bool shown)
{
    if (shown == !m_recordPane->isHidden()) {
        return;
    }
    if (!shown) {
        m_splitterStateWithRecord = m_splitter->saveState();
    }
    m_recordPane->setVisible(shown);
    if (shown && !m_splitterStateWithRecord.isEmpty()) {
        m_splitter->restoreState(m_splitterStateWithRecord);
    }
}

std::optional<RecordKind> MainWindow::currentKind() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < sections().size() ? sections().at(row).kind : std::nullopt;
}

void MainWindow::openRecord(RecordKind kind, const QString &id)
{
    if (!m_recordPane->showRecord(kind, id)) {
        return; // the officer stays on unsaved edits, in their section
    }
    if (const auto section = sectionOf(kind)) {
        switchSection(*section);
    }
    if (currentKind() == kind) {
        listPane(kind)->selectRecord(id);
    }
}

void MainWindow::newRecord()
{
    m_recordPane->newRecord(currentKind().value_or(RecordKind::Delegate));
}

void MainWindow::openMeetingEntry()
{
    if (!m_session.store()) {
        return;
    }
    MeetingEntryDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, [this] { openDatabase(true); });
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDb->setObjectName(u"actionNewDatabase"_s);
    QAction *open = file->addAction(tr("&Open…"), this, [this] { openDatabase(false); });
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(u"actionOpenDatabase"_s);
    open->setIcon(icon(u"open"_s));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    rebuildRecentMenu();
    file->addSeparator();
    QAction *sample = file->addAction(tr("Load &Sample Data"), this, &MainWindow::offerSampleData);
    sample->setObjectName(u"actionSampleData"_s);
    QAction *officer = file->addAction(tr("&Change Officer…"), this, [this] {
        OfficerDialog dialog(m_session, this);
        dialog.exec();
        updateStatus();
    });
    officer->setObjectName(u"actionChangeOfficer"_s);
    QAction *backups = file->addAction(tr("&Backups…"), this, [this] {
        BackupsDialog dialog(m_session, this);
        dialog.exec();
    });
    backups->setObjectName(u"actionBackups"_s);
    file->addMenu(ExportActions::createMenu(m_session, this, [this] { return m_listStack->currentWidget(); }));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, [this] { ImportWizard(m_session, this).exec(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    import->setObjectName(u"actionImport"_s);
    file->addAction(tr("Import &History…"), this, [this] { ImportHistoryDialog(m_session, this).exec(); })
        ->setObjectName(u"actionImportHistory"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    createEditMenu();

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (const SectionInfo &info : sections()) {
        const int index = static_cast<int>(info.section);
        QAction *action = go->addAction(sectionLabel(info.section), this, [this, info] { showSection(info.section); });
        if (index < 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        }
    }

    go->addSeparator();
    QAction *search = go->addAction(tr("&Search Everything…"), this, &MainWindow::openSearch);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setObjectName(u"actionSearch"_s);

    QMenu *record = menuBar()->addMenu(tr("&Record"));
    QAction *meeting = record->addAction(tr("Quick &Meeting Entry…"), this, &MainWindow::openMeetingEntry);
    meeting->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    meeting->setObjectName(u"actionMeetingEntry"_s);
    record->addSeparator();
    QAction *briefing = record->addAction(tr("Print &Briefing…"), this, &MainWindow::openBriefing);
    briefing->setShortcut(QKeySequence::Print);
    briefing->setObjectName(u"actionBriefing"_s);
    briefing->setToolTip(tr("The meeting briefing, investor or delegate profile, or mission booklet of the record "
                            "on show, in the language of your choice"));
    record->addSeparator();
    m_duplicates->addActions(record);

    createReportsMenu();
    m_sync->addActions(menuBar()->addMenu(tr("&Sync")));
    addHelpMenu(menuBar(), this);

    // What changes the database; a database opened read-only keeps the rest (lists, search, briefings,
    // reports, exports, backups taken from it).
    QList<QAction *> editing{sample, officer, meeting, import};
    for (const QString &name :
         {u"actionNewRecord"_s, u"actionSaveRecord"_s, u"actionDeleteRecord"_s, u"actionPrepareReplica"_s,
          u"actionExportChanges"_s, u"actionImportChanges"_s, u"actionReviewConflicts"_s}) {
        if (auto *action = findChild<QAction *>(name)) {
            editing << action;
        }
    }
    m_readOnlyBanner->addEditingActions(editing);
}

void MainWindow::createReportsMenu()
{
    QMenu *reports = menuBar()->addMenu(tr("Re&ports"));
    QAction *dashboard = reports->addAction(tr("&Dashboard"), this, [this] { showSection(Section::Dashboard); });
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    dashboard->setObjectName(u"actionDashboard"_s);
    QAction *report = reports->addAction(tr("&Programme Report…"), this, &MainWindow::openProgrammeReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    report->setObjectName(u"actionProgrammeReport"_s);
    QAction *rates = reports->addAction(tr("&Exchange Rates…"), this, &MainWindow::openExchangeRates);
    rates->setObjectName(u"actionExchangeRates"_s);
}

void MainWindow::openProgrammeReport()
{
    if (!m_session.database()) {
        return;
    }
    ProgrammeReportDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::openSearch()
{
    auto *dialog = new SearchDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchDialog::openRequested, this, &MainWindow::openRecord);
    dialog->open();
}

void MainWindow::openBriefing()
{
    Database *db = m_session.database();
    const QString id = m_recordPane->recordId();
    const RecordKind kind = m_recordPane->kind();
    // Only the record on show: the Pipeline and the Dashboard hide the record pane.
    if (!db || id.isEmpty() || !hasBriefing(kind) || m_recordPane->isHidden()) {
        statusBar()->showMessage(tr("Open a meeting, an investor, a delegate or a mission to print its briefing."),
                                 5000);
        return;
    }
    BriefingDialog::showFor(this, *db, kind, id);
}

void MainWindow::openExchangeRates()
{
    if (!m_session.database()) {
        return;
    }
    ExchangeRatesDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"actionUndo"_s);
    undo->setIcon(icon(u"undo"_s));
    QAction *redo = m_session.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(redoShortcuts());
    redo->setObjectName(u"actionRedo"_s);
    redo->setIcon(icon(u"redo"_s));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newRecordAction = edit->addAction(tr("&New Record"), this, &MainWindow::newRecord);
    newRecordAction->setShortcut(QKeySequence::New);
    newRecordAction->setObjectName(u"actionNewRecord"_s);
    newRecordAction->setIcon(icon(u"new"_s));
    QAction *save = edit->addAction(tr("&Save Record"), m_recordPane, &RecordPane::save);
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(u"actionSaveRecord"_s);
    save->setIcon(icon(u"save"_s));
    QAction *remove = edit->addAction(tr("&Delete Record"), m_recordPane, &RecordPane::deleteRecord);
    remove->setShortcut(QKeySequence::Delete);
    // Del deletes a record only from the lists; in a text field it deletes a character.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_listStack->addAction(remove);
    remove->setObjectName(u"actionDeleteRecord"_s);
    remove->setIcon(icon(u"delete"_s));
    edit->addAction((new SetFieldActions(m_session, m_listStack, this))->action()); // on the list's selection
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        if (auto kind = currentKind()) {
            listPane(*kind)->focusFilter();
        }
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(u"actionFind"_s);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole); // the application menu on macOS
    preferences->setObjectName(u"actionPreferences"_s);
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.restartWanted()) {
        Restart::request(this, m_session.database() ? m_session.database()->path() : QString());
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(path), this,
                                [this, path] { openDatabaseFile(path, false); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::onDatabaseChanged()
{
    Database *db = m_session.database();
    if (!db) {
        setWindowTitle(tr("Delegates CRM"));
        m_readOnlyBanner->refresh();
        updateStatus();
        return;
    }
    Settings::addRecentFile(db->path());
    rebuildRecentMenu();
    setWindowFilePath(db->path());
    // The full path in the title: officers keep office and mission copies apart by it.
    const QString file = QDir::toNativeSeparators(db->path());
    setWindowTitle(db->isReadOnly() ? tr("%1 (read-only) – Delegates CRM").arg(file)
                                    : tr("%1 – Delegates CRM").arg(file));
    m_readOnlyBanner->refresh();
    const auto saved = kindFromName(Settings::value(Settings::Key::CurrentKind).toString());
    Section section = Section::Delegates;
    for (const SectionInfo &info : sections()) {
        if (saved && info.kind == saved) {
            section = info.section;
        }
    }
    showSection(section);
    updateStatus();
}

void MainWindow::openDatabase(bool create)
{
    const QString filter = tr("Delegates CRM databases (*.sqlite *.db);;All files (*)");
    const QString path = create ? FileDialog::saveFileName(this, tr("New Database"), {}, filter)
                                : FileDialog::openFileName(this, tr("Open Database"), {}, filter);
    if (!path.isEmpty()) {
        openDatabaseFile(path, create);
    }
}

void MainWindow::openDatabaseFile(const QString &path, bool create)
{
    if (!m_recordPane->maybeSave()) {
        return;
    }
    const QString error =
        m_session.open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Cannot open the database"), error);
        return;
    }
    offerSampleData();
    OfficerDialog::ensureOfficer(m_session, this);
    updateStatus();
}

void MainWindow::offerSampleData()
{
    try {
        if (!m_session.database() || m_session.isReadOnly() || programmeRecordCount(*m_session.database()) > 0) {
            return;
        }
    } catch (const Error &error) {
        m_session.reportReadFailure(error); // a file it cannot count is not offered as empty
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Empty database"),
        tr("This database holds no records yet. Load the sample dataset (AMDIE, Yazaki's plants in Morocco and a few "
           "fictional agencies, investors and deals) to explore the application?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        const int loaded = loadSampleData(*m_session.database());
        statusBar()->showMessage(tr("Loaded %n sample record(s).", nullptr, loaded), 5000);
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Cannot load the sample data"), error.message());
    }
    Q_EMIT m_session.recordsChanged();
}

void MainWindow::updateStatus()
{
    QString officer = tr("No officer chosen");
    if (m_session.store() && !m_session.officerId().isEmpty()) {
        try {
            officer = tr("Officer: %1").arg(m_session.store()->title(RecordKind::Officer, m_session.officerId()));
        } catch (const Error &error) {
            if (error.kind() != Error::Kind::NotFound) {
                m_session.reportReadFailure(error); // chosen, but the damaged file cannot give the name
                //: Status bar when the chosen officer's record could not be read.
                officer = tr("Officer: (cannot be read)");
            }
        }
    }
    m_officerLabel->setText(officer);
}

void MainWindow::restoreState()
{
    restoreGeometryIfFits(this, Settings::value(Settings::Key::WindowGeometry).toByteArray());
    QMainWindow::restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
    // Without saved proportions: the sections, a list a fifth of the rest wide, and the record;
    // in it the form a little narrower than the story beside it: about 440 px of form on a 1366 px
    // laptop screen, 530 px in the 1600 px window of an office monitor.
    const int navigation = m_navigation->minimumWidth();
    const int rest = std::max(0, width() - navigation);
    if (!m_splitter->restoreState(Settings::value(Settings::Key::SplitterState).toByteArray())) {
        m_splitter->setSizes({navigation, rest / 5, rest - rest / 5});
    }
    if (!m_recordPane->detailsSplitter()->restoreState(
            Settings::value(Settings::Key::DetailsSplitterState).toByteArray())) {
        const int record = rest - rest / 5;
        m_recordPane->detailsSplitter()->setSizes({record * 9 / 20, record - record * 9 / 20});
    }
}

void MainWindow::saveState()
{
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, QMainWindow::saveState());
    Settings::setValue(Settings::Key::SplitterState,
                       m_recordPane->isHidden() ? m_splitterStateWithRecord : m_splitter->saveState());
    Settings::setValue(Settings::Key::DetailsSplitterState, m_recordPane->detailsSplitter()->saveState());
    for (auto it = m_listPanes.cbegin(); it != m_listPanes.cend(); ++it) {
        Settings::setHeaderState(it.key(), it.value()->view()->header()->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_recordPane->maybeSave()) {
        event->ignore();
        return;
    }
    saveState();
    BackupsDialog::backUpOnClose(m_session, this);
    event->accept();
}

} // namespace crm::ui
