#include "duplicatesdialog.h"

#include "databasesession.h"
#include "domain/error.h"
#include "models/duplicategroupsmodel.h"
#include "models/recordkindlabel.h"
#include "services/duplicates/duplicatefinder.h"
#include "support/progressdialog.h"
#include "support/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QProgressDialog>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
DuplicatesDialog::ProgressObserver &progressObserver()
{
    static DuplicatesDialog::ProgressObserver instance;
    return instance;
}
} // namespace

DuplicatesDialog::DuplicatesDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(new QComboBox(this)), m_scan(new QPushButton(tr("&Scan"), this)),
      m_view(new QTreeView(this)), m_model(new DuplicateGroupsModel(this)), m_status(new QLabel(this)),
      m_open(new QPushButton(tr("&Open"), this)), m_merge(new QPushButton(tr("&Merge…"), this))
{
    setObjectName(u"duplicatesDialog"_s);
    setWindowTitle(tr("Find Duplicates"));
    m_kind->setObjectName(u"duplicateKind"_s);
    m_kind->setAccessibleName(tr("Kind of record"));
    for (const RecordKind kind : duplicateKinds()) {
        m_kind->addItem(recordKindPluralLabel(kind), static_cast<int>(kind));
    }
    auto *kindLabel = new QLabel(tr("&Kind of record:"), this);
    kindLabel->setBuddy(m_kind);
    m_scan->setObjectName(u"scanButton"_s);
    // No default button: Enter in the list opens the record chosen, and must not scan again too.
    m_scan->setAutoDefault(false);
    m_scan->setToolTip(tr("Compare every record of the kind: names, aliases, e-mail, phone numbers and websites"));

    m_view->setObjectName(u"duplicateGroupsView"_s);
    m_view->setAccessibleName(tr("Records that look alike"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setExpandsOnDoubleClick(false); // a double click opens the record
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    // The reason (with the shared e-mail or website) gets the room; titles are elided, whole in tooltips.
    header->setSectionResizeMode(DuplicateGroupsModel::TitleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(DuplicateGroupsModel::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DuplicateGroupsModel::ScoreColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(DuplicateGroupsModel::TitleColumn, fontMetrics().averageCharWidth() * 50);
    m_status->setObjectName(u"duplicateStatus"_s);
    m_status->setWordWrap(true);

    m_open->setObjectName(u"openDuplicateButton"_s);
    m_open->setToolTip(tr("Show the chosen record in the window"));
    m_merge->setObjectName(u"mergeButton"_s);
    m_merge->setToolTip(tr("Merge the records of the chosen group into one"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    m_open->setAutoDefault(false);
    m_merge->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addWidget(m_scan);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(900, 560));

    connect(m_scan, &QPushButton::clicked, this, &DuplicatesDialog::scan);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { clearResults(tr("Choose Scan to look for likely duplicates.")); });
    connect(m_open, &QPushButton::clicked, this, &DuplicatesDialog::openCurrent);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::requestMerge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!m_model->idAt(index).isEmpty()) {
            openCurrent();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DuplicatesDialog::updateButtons);
    connect(&m_session, &DatabaseSession::recordsChanged, this, &DuplicatesDialog::onRecordsChanged);
    connect(&m_session, &DatabaseSession::databaseChanged, this,
            [this] { clearResults(tr("Choose Scan to look for likely duplicates.")); });
    clearResults(tr("Choose Scan to look for likely duplicates."));
}

void DuplicatesDialog::setKind(RecordKind kind)
{
    const int at = m_kind->findData(static_cast<int>(kind));
    if (at >= 0) {
        m_kind->setCurrentIndex(at);
    }
}

RecordKind DuplicatesDialog::kind() const
{
    return static_cast<RecordKind>(m_kind->currentData().toInt());
}

void DuplicatesDialog::setProgressObserver(ProgressObserver observer)
{
    progressObserver() = std::move(observer);
}

bool DuplicatesDialog::scan()
{
    Database *db = m_session.database();
    if (!db) {
        return false;
    }
    const RecordKind kind = this->kind();
    const QString plural = recordKindPluralLabel(kind).toLower();
    const std::unique_ptr<QProgressDialog> progress(createProgressDialog(
        this, tr("Find Duplicates"), tr("Comparing the %1…").arg(plural), u"duplicateScanProgress"_s));
    bool cancelled = false;
    QList<DuplicateGroup> groups;
    m_scan->setEnabled(false);
    try {
        groups = DuplicateFinder(*db).scan(kind, [&](qint64 done, qint64 total) {
            const qint64 permille = total > 0 ? std::clamp<qint64>(done * 1000 / total, 0, 1000) : 0;
            progress->setValue(static_cast<int>(permille)); // a window-modal dialog processes events here
            if (progressObserver()) {
                progressObserver()(*progress, done, total);
            }
            cancelled = progress->wasCanceled();
            return !cancelled;
        });
    } catch (const Error &error) {
        m_scan->setEnabled(true);
        clearResults(error.message());
        if (error.kind() == Error::Kind::Database) {
            m_session.reportReadFailure(error);
        }
        return false;
    }
    progress->close();
    m_scan->setEnabled(true);
    m_model->setGroups(groups);
    m_view->expandAll();
    if (!groups.isEmpty()) {
        m_view->setCurrentIndex(m_model->groupIndex(0));
    }
    const int count = static_cast<int>(groups.size());
    if (cancelled) {
        m_status->setText(tr("Scan cancelled; groups found before it stopped: %1.").arg(QLocale().toString(count)));
    } else if (groups.isEmpty()) {
        m_status->setText(tr("No %1 look alike.").arg(plural));
    } else {
        m_status->setText(
            tr("Groups of %1 that look alike, most likely first: %2.").arg(plural, QLocale().toString(count)));
    }
    return !cancelled;
}

void DuplicatesDialog::clearResults(const QString &status)
{
    m_model->setGroups({});
    m_status->setText(status);
}

void DuplicatesDialog::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = m_model->idAt(current);
    if (const auto group = m_model->groupAt(current); group && !id.isEmpty()) {
        Q_EMIT openRecordRequested(group->kind, id);
    }
}

void DuplicatesDialog::requestMerge()
{
    if (const auto group = m_model->groupAt(m_view->currentIndex()); group && group->ids.size() > 1) {
        Q_EMIT mergeRequested(group->kind, group->ids);
    }
}

void DuplicatesDialog::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const auto group = m_model->groupAt(current);
    m_open->setEnabled(!m_model->idAt(current).isEmpty());
    const bool handled = m_mergeHandled ? m_mergeHandled()
                                        : isSignalConnected(QMetaMethod::fromSignal(&DuplicatesDialog::mergeRequested));
    m_merge->setEnabled(handled && group && group->ids.size() > 1 && !m_session.isReadOnly());
    m_merge->setToolTip(handled ? tr("Merge the records of the chosen group into one")
                                : tr("Merging is not available in this window"));
}

// A merge, a deletion or an undo since the scan: groups left with one record go; the others stay
// as scanned (a new scan finds new likenesses).
void DuplicatesDialog::onRecordsChanged()
{
    if (m_model->rowCount() == 0 || !m_session.store()) {
        return;
    }
    RecordStore &store = *m_session.store();
    try {
        m_model->removeGone([&store](RecordKind kind, const QString &id) {
            const auto record = store.find(kind, id);
            return record && !record->contains(u"deleted_at"_s);
        });
    } catch (const Error &error) {
        clearResults(error.message());
        m_session.reportReadFailure(error);
    }
}

} // namespace crm::ui
