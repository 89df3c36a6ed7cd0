#include "preparereplicadialog.h"

#include "databasesession.h"
#include "dialogs/synctext.h"
#include "domain/error.h"
#include "forms/choicelabels.h"
#include "support/fielderrortext.h"
#include "support/filedialog.h"
#include "support/screenfit.h"
#include "support/texttone.h"
#include "widgets/recordchecklist.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <memory>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
enum Tab
{
    MissionsTab,
    DelegatesTab,
    CountriesTab
};

PageQuery pageOf(RecordKind kind, const QString &sortField = {}, bool ascending = true)
{
    PageQuery query;
    query.kind = kind;
    query.sortField = sortField;
    query.ascending = ascending;
    return query;
}

QList<RecordRef> refs(const RecordQuery &query, const PageQuery &page)
{
    QList<RecordRef> result;
    for (const QVariantMap &row : query.page(page, 0, -1)) {
        result.append({page.kind, row.value(u"id"_s).toString(), row.value(u"@title"_s).toString()});
    }
    return result;
}

QString tabText(Tab tab, qsizetype ticked)
{
    QString text;
    switch (tab) {
    case MissionsTab:
        text = PrepareReplicaDialog::tr("&Missions");
        break;
    case DelegatesTab:
        text = PrepareReplicaDialog::tr("&Delegates");
        break;
    case CountriesTab:
        text = PrepareReplicaDialog::tr("C&ountries");
        break;
    }
    //: A scope tab of Prepare Mission Laptop with the number of entries ticked in it.
    return ticked > 0 ? PrepareReplicaDialog::tr("%1 (%2)").arg(text).arg(ticked) : text;
}

QHash<QString, QString> fieldLabels()
{
    return {{u"name"_s, PrepareReplicaDialog::tr("Laptop name")},
            {u"out"_s, PrepareReplicaDialog::tr("File")},
            {u"mission"_s, PrepareReplicaDialog::tr("Missions")},
            {u"delegate"_s, PrepareReplicaDialog::tr("Delegates")},
            {u"country"_s, PrepareReplicaDialog::tr("Countries")}};
}
} // namespace

PrepareReplicaDialog::PrepareReplicaDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)),
      m_everything(new QRadioButton(tr("&Everything in this database"), this)),
      m_chosen(new QRadioButton(tr("Only what the chosen missions, delegates and countries &need"), this)),
      m_scopeTabs(new QTabWidget(this)), m_missions(new RecordCheckList(u"mission"_s, true, this)),
      m_delegates(new RecordCheckList(u"delegate"_s, true, this)),
      m_countries(new RecordCheckList(u"country"_s, true, this)), m_file(new QLineEdit(this)),
      m_error(new QLabel(this)), m_prepareButton(new QPushButton(tr("&Prepare"), this))
{
    setObjectName(u"prepareReplicaDialog"_s);
    setWindowTitle(tr("Prepare Mission Laptop"));
    auto *intro = new QLabel(tr("Writes a copy of this database for a mission laptop. Officers on the mission work "
                                "in the copy; on the way back, export their changes there and import them here "
                                "(and the other way round) with the Sync menu."),
                             this);
    intro->setObjectName(u"prepareIntro"_s);
    intro->setWordWrap(true);

    m_name->setObjectName(u"replicaNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Casablanca mission laptop"));
    m_name->setToolTip(tr("How this database and the laptop name each other in the Sync menu and status bar"));
    m_file->setObjectName(u"replicaFileEdit"_s);
    m_file->setPlaceholderText(tr("The new database file to copy to the laptop"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browseButton"_s);
    connect(browse, &QPushButton::clicked, this, &PrepareReplicaDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->setObjectName(u"prepareForm"_s);
    form->addRow(tr("Laptop &name:"), m_name);
    form->addRow(tr("&File:"), fileRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(fileRow))) {
        label->setBuddy(m_file);
    }

    m_error->setObjectName(u"prepareError"_s);
    m_error->setWordWrap(true);
    setTextTone(m_error, Tone::Error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttonBox"_s);
    m_prepareButton->setObjectName(u"prepareButton"_s);
    m_prepareButton->setDefault(true);
    buttons->addButton(m_prepareButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrepareReplicaDialog::prepare);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The scope's buttons and lists are made first; Tab reads the name and the file before them.
    setTabOrder(m_name, m_file);
    setTabOrder(m_file, browse);
    setTabOrder(browse, m_everything);

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"prepareLayout"_s);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(createScopeGroup(), 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    loadChoices();
    updateScope();
    fitToScreen(this, QSize(640, 560));
}

QWidget *PrepareReplicaDialog::createScopeGroup()
{
    auto *group = new QGroupBox(tr("What the laptop takes"), this);
    group->setObjectName(u"scopeGroup"_s);
    m_everything->setObjectName(u"everythingRadio"_s);
    m_everything->setChecked(true);
    m_chosen->setObjectName(u"chosenScopeRadio"_s);
    connect(m_chosen, &QRadioButton::toggled, this, &PrepareReplicaDialog::updateScope);
    auto *hint = new QLabel(tr("With a choice, the copy holds the records linked to it and what they refer to "
                               "(agencies, investors, contacts, officers), with their notes and follow-ups."),
                            group);
    hint->setObjectName(u"scopeHint"_s);
    hint->setWordWrap(true);

    m_scopeTabs->setObjectName(u"scopeTabs"_s);
    m_scopeTabs->insertTab(MissionsTab, m_missions, tabText(MissionsTab, 0));
    m_scopeTabs->insertTab(DelegatesTab, m_delegates, tabText(DelegatesTab, 0));
    m_scopeTabs->insertTab(CountriesTab, m_countries, tabText(CountriesTab, 0));
    m_missions->setAccessibleLabel(tr("&Missions"));
    m_delegates->setAccessibleLabel(tr("&Delegates"));
    m_countries->setAccessibleLabel(tr("C&ountries"));
    const auto countTicks = [this](Tab tab, RecordCheckList *list) {
        connect(list->list(), &QListWidget::itemChanged, this,
                [this, tab, list] { m_scopeTabs->setTabText(tab, tabText(tab, list->checkedIds().size())); });
    };
    countTicks(MissionsTab, m_missions);
    countTicks(DelegatesTab, m_delegates);
    countTicks(CountriesTab, m_countries);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_everything);
    layout->addWidget(m_chosen);
    layout->addWidget(hint);
    layout->addWidget(m_scopeTabs, 1);
    return group;
}

void PrepareReplicaDialog::loadChoices()
{
    if (const RecordQuery *query = m_session.query()) {
        m_missions->setRecords(refs(*query, pageOf(RecordKind::Mission, u"start_date"_s, false)));
        m_delegates->setRecords(refs(*query, pageOf(RecordKind::Delegate)));
    }
    // The check list lists records; a country is listed the same way, its ISO code as the id.
    QList<RecordRef> countries;
    for (const Choice &choice : countryChoices()) {
        countries.append({RecordKind::Delegate, choice.value.toString(), choice.label});
    }
    m_countries->setRecords(countries);
}

void PrepareReplicaDialog::updateScope()
{
    m_scopeTabs->setEnabled(m_chosen->isChecked());
}

ReplicaScope PrepareReplicaDialog::scope() const
{
    if (!m_chosen->isChecked()) {
        return {};
    }
    return {m_missions->checkedIds(), m_delegates->checkedIds(), m_countries->checkedIds()};
}

void PrepareReplicaDialog::chooseFile()
{
    const QString title = m_name->text().trimmed().isEmpty() ? tr("mission-laptop") : m_name->text().trimmed();
    const QString start = m_file->text().isEmpty()
                              ? FileDialog::suggestedPath(QStandardPaths::DocumentsLocation, title, u".sqlite"_s)
                              : m_file->text();
    const QString path = FileDialog::newFileName(this, tr("Write the Mission Laptop's Database"), start,
                                                 tr("Delegates CRM databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(path));
    }
}

bool PrepareReplicaDialog::prepare()
{
    m_error->hide();
    Database *db = m_session.database();
    const QString name = m_name->text().trimmed();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const ReplicaScope chosen = scope();
    if (!db) {
        return false;
    }
    if (name.isEmpty()) {
        showError(tr("Name the laptop, e.g. after the mission it goes on."));
        m_name->setFocus();
        return false;
    }
    if (path.isEmpty()) {
        showError(tr("Choose the file to write."));
        m_file->setFocus();
        return false;
    }
    if (m_chosen->isChecked() && chosen.everything()) {
        showError(tr("Tick at least one mission, delegate or country, or choose everything."));
        return false;
    }
    const std::unique_ptr<QProgressDialog> progress(createSyncProgress(this, tr("Writing the copy for %1…").arg(name)));
    try {
        m_result = prepareReplica(*db, path, name, chosen, syncProgressCallback(*progress));
    } catch (const Error &error) {
        m_result.reset();
        showError(fieldErrorText(error, fieldLabels()));
        return false;
    }
    if (m_result->path.isEmpty()) { // cancelled
        m_result.reset();
        showError(tr("Cancelled: nothing was written."));
        return false;
    }
    accept();
    return true;
}

QString PrepareReplicaDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PrepareReplicaDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace crm::ui
