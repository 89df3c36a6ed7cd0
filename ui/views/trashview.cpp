#include "trashview.h"

#include "commands/commandrunner.h"
#include "commands/exportactions.h"
#include "commands/recordcommands.h"
#include "databasesession.h"
#include "domain/bidi.h"
#include "domain/error.h"
#include "models/recordkindlabel.h"
#include "models/trashmodel.h"
#include "support/messagebox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

TrashView::TrashView(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new TrashModel(session, this)), m_table(new QTableView(this)),
      m_restoreButton(new QPushButton(tr("&Restore"), this)), m_purgeButton(new QPushButton(tr("&Purge\u2026"), this))
{
    setObjectName(u"trashView"_s);
    m_model->setObjectName(u"trashModel"_s);

    m_restoreButton->setObjectName(u"restoreButton"_s);
    m_restoreButton->setToolTip(tr("Put the selected records back where they were (can be undone)"));
    connect(m_restoreButton, &QPushButton::clicked, this, &TrashView::restoreSelected);
    m_purgeButton->setObjectName(u"purgeButton"_s);
    m_purgeButton->setToolTip(tr("Delete the selected records for good (cannot be undone)"));
    connect(m_purgeButton, &QPushButton::clicked, this, &TrashView::purgeSelected);
    // In the Trash, Delete can only mean "for good" (it still asks first). The window's Delete
    // Record action holds the same key over the whole list area: a second action with it would
    // make Qt refuse both as ambiguous, so the table claims the key before shortcuts are matched.
    m_table->installEventFilter(this);

    m_table->setObjectName(u"trashTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TrashModel::TitleColumn, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrashView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrashView::updateActions);

    auto *bar = new QHBoxLayout;
    bar->setObjectName(u"trashBarLayout"_s);
    bar->addWidget(m_restoreButton);
    bar->addWidget(m_purgeButton);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"trashLayout"_s);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(&m_session, &DatabaseSession::recordsChanged, this, &TrashView::refresh);
    connect(&m_session, &DatabaseSession::databaseChanged, this, &TrashView::refresh);
    ExportActions::addTrashActions(*this, *m_table, m_session); // the table's context menu
    m_table->resizeColumnsToContents();
    updateActions();
}

bool TrashView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete)) {
            key->accept();
            if (event->type() == QEvent::KeyPress) {
                purgeSelected();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TrashView::refresh()
{
    const int row = m_table->currentIndex().row();
    m_model->refresh();
    if (row >= 0 && m_model->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

QList<RecordRef> TrashView::selectedRecords() const
{
    QList<RecordRef> records;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const auto record = m_model->recordAt(index)) {
            records << *record;
        }
    }
    return records;
}

void TrashView::restoreSelected()
{
    const QList<RecordRef> records = selectedRecords();
    if (records.isEmpty() || !m_session.store()) {
        return;
    }
    // One step, restored all or none in one transaction.
    std::unique_ptr<RecordCommand> command;
    if (records.size() == 1) {
        command = std::make_unique<TrashRecordCommand>(m_session, records.constFirst().kind, records.constFirst().id,
                                                       TrashRecordCommand::Direction::Restore);
    } else {
        command = std::make_unique<TrashRecordsCommand>(
            m_session, records, TrashRecordCommand::Direction::Restore,
            tr("Restore %n record(s)", nullptr, static_cast<int>(records.size())));
    }
    if (const auto error = CommandRunner::apply(*m_session.undoStack(), std::move(command))) {
        MessageBox::critical(this, tr("Restore"), error->message());
    }
}

void TrashView::purgeSelected()
{
    const QList<RecordRef> records = selectedRecords();
    if (records.isEmpty() || !m_session.store()) {
        return;
    }
    const QString what = records.size() == 1
                             ? tr("%1 \u201c%2\u201d")
                                   .arg(recordKindLabel(records.constFirst().kind), isolate(records.constFirst().title))
                             : tr("%n record(s)", nullptr, static_cast<int>(records.size()));
    const auto answer = MessageBox::question(
        this, tr("Purge"),
        tr("Delete %1 for good? Notes and follow-ups about it go with it.\n\nThis cannot be undone.").arg(what),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    // All or none, in one transaction: a refusal leaves every selected record in the Trash.
    try {
        recordsOf(m_session).purgeMany(records);
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Purge"), error.message());
        return;
    }
    // Not a command (a purge cannot be undone), so the session does not announce it by itself.
    Q_EMIT m_session.recordsChanged();
}

void TrashView::updateActions()
{
    // A database opened read-only (an archive on read-only media) shows its Trash but changes nothing.
    const bool any = m_table->selectionModel()->hasSelection() && !m_session.isReadOnly();
    m_restoreButton->setEnabled(any);
    m_purgeButton->setEnabled(any);
}

} // namespace crm::ui
