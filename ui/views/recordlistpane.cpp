#include "recordlistpane.h"

#include "commands/exportactions.h"
#include "commands/setfieldactions.h"
#include "databasesession.h"
#include "models/recordkindlabel.h"
#include "models/recordlistmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {

RecordListPane::RecordListPane(DatabaseSession &session, RecordKind kind, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new RecordListModel(session, kind, this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this)), m_count(new QLabel(this)),
      m_filterTimer(new QTimer(this))
{
    setObjectName(kindName(kind) + u"ListPane"_s);
    m_filter->setObjectName(u"quickFilter"_s);
    m_filter->setPlaceholderText(tr("Filter %1 (Ctrl+F)").arg(recordKindPluralLabel(kind).toLower()));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Quick filter"));
    m_view->setObjectName(u"recordList"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // lets the view skip measuring 100,000 rows
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    // Many records at once for Set Field; the record pane shows the current one.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->header()->setSectionsMovable(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setDefaultSectionSize(160);
    m_count->setObjectName(u"recordCount"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    // Filter as you type, but let a fast typist finish the word before querying.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_model->setFilter(m_filter->text()); });
    connect(m_model, &RecordListModel::totalCountChanged, this, &RecordListPane::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordListPane::emitCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordListPane::selectionChanged);
    // A click on the row already current loads it too: the record pane may be showing another since.
    // (After a click that changed the current row this repeats what is on show, which costs nothing.)
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.row() == m_view->currentIndex().row()) {
            emitCurrent();
        }
    });
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openRequested(m_model->kind(), m_model->idAt(index.row())); });
    connect(&m_session, &DatabaseSession::recordsChanged, this, [this] {
        const QString current = currentId();
        const QStringList selected = selectedIds();
        m_model->reload();
        reselect(current, selected);
    });
    connect(&m_session, &DatabaseSession::databaseChanged, m_model, &RecordListModel::reload);
    // The list's context menu.
    SetFieldActions::addListAction(*this, m_session);
    ExportActions::addListActions(*this, m_session);
    updateCount();
}

RecordKind RecordListPane::kind() const
{
    return m_model->kind();
}

QString RecordListPane::currentId() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

QStringList RecordListPane::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const QString id = m_model->idAt(index.row()); !id.isEmpty()) {
            ids << id;
        }
    }
    return ids;
}

void RecordListPane::reselect(const QString &current, const QStringList &ids)
{
    selectRecord(current);
    if (ids.size() < 2) {
        Q_EMIT selectionChanged(); // the list's own signal was blocked while the record was selected again
        return;
    }
    QItemSelection selection;
    for (const QString &id : ids) {
        if (const int row = m_model->rowOf(id); row >= 0) { // only rows already read: no fetching for them
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    Q_EMIT selectionChanged();
}

void RecordListPane::selectRecord(const QString &id)
{
    if (id.isEmpty()) {
        return;
    }
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({}) && m_model->rowCount() < 5000) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
    Q_EMIT selectionChanged();
}

void RecordListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RecordListPane::updateCount()
{
    const QLocale locale;
    const qint64 count = m_model->totalCount();
    // "1 investor", "3 investors": the kind's own singular and plural labels.
    const QString kindLabel = (count == 1 ? recordKindLabel(kind()) : recordKindPluralLabel(kind())).toLower();
    m_count->setText(m_filter->text().isEmpty() ? tr("%1 %2").arg(locale.toString(count), kindLabel)
                                                : tr("%1 %2 match the filter").arg(locale.toString(count), kindLabel));
}

void RecordListPane::emitCurrent()
{
    Q_EMIT currentRecordChanged(kind(), currentId());
}

} // namespace crm::ui
