#include "mainwindow.h"

#include "databasesession.h"
#include "domain/error.h"
#include "models/recordcountmodel.h"
#include "services/sampledata.h"
#include "support/filedialog.h"
#include "support/messagebox.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

MainWindow::MainWindow(DatabaseSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_counts(new RecordCountModel(this))
{
    setObjectName(u"mainWindow"_s);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_pathLabel = new QLabel(central);
    m_pathLabel->setObjectName(u"databasePathLabel"_s);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countView = new QTableView(central);
    m_countView->setObjectName(u"recordCountView"_s);
    m_countView->setModel(m_counts);
    m_countView->verticalHeader()->hide();
    m_countView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countView->horizontalHeader()->setStretchLastSection(true);
    m_countView->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_pathLabel);
    layout->addWidget(m_countView);
    setCentralWidget(central);
    createMenus();
    connect(&m_session, &DatabaseSession::databaseChanged, this, &MainWindow::onDatabaseChanged);
    onDatabaseChanged();
    resize(900, 600);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, [this] { openDatabase(true); });
    newDb->setShortcut(QKeySequence::New);
    newDb->setObjectName(u"actionNewDatabase"_s);
    QAction *open = file->addAction(tr("&Open…"), this, [this] { openDatabase(false); });
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(u"actionOpenDatabase"_s);
    QAction *sample = file->addAction(tr("Load &Sample Data"), this, &MainWindow::offerSampleData);
    sample->setObjectName(u"actionSampleData"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::onDatabaseChanged()
{
    Database *db = m_session.database();
    m_counts->setStore(m_session.store());
    if (!db) {
        setWindowTitle(tr("Delegates CRM"));
        m_pathLabel->setText(tr("No database is open."));
        return;
    }
    setWindowFilePath(db->path());
    setWindowTitle(tr("%1 – Delegates CRM").arg(QFileInfo(db->path()).fileName()) + u"[*]"_s);
    m_pathLabel->setText(tr("Database: %1 (schema %2)").arg(db->path()).arg(db->schemaVersion()));
    statusBar()->showMessage(tr("Opened %1").arg(db->path()), 5000);
}

void MainWindow::openDatabase(bool create)
{
    const QString filter = tr("Delegates CRM databases (*.sqlite *.db);;All files (*)");
    const QString path = create ? FileDialog::saveFileName(this, tr("New Database"), {}, filter)
                                : FileDialog::openFileName(this, tr("Open Database"), {}, filter);
    if (path.isEmpty()) {
        return;
    }
    const QString error =
        m_session.open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Cannot open the database"), error);
        return;
    }
    offerSampleData();
}

void MainWindow::offerSampleData()
{
    RecordStore *store = m_session.store();
    if (!store) {
        return;
    }
    qint64 records = 0;
    for (RecordKind kind : allRecordKinds()) {
        if (kind != RecordKind::Officer) {
            records += store->count(kind, false) + store->count(kind, true);
        }
    }
    if (records > 0) {
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
    m_counts->refresh();
}

} // namespace crm::ui
