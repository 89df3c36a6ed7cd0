#include "followupsview.h"

#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "databasesession.h"
#include "domain/error.h"
#include "models/followupmodel.h"
#include "support/messagebox.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

FollowUpsView::FollowUpsView(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new FollowUpModel(session, this)), m_table(new QTableView(this)),
      m_markDoneAction(new QAction(tr("Mark &Done"), this)), m_markDoneButton(new QPushButton(this)),
      m_showDone(new QCheckBox(tr("&Show done"), this))
{
    setObjectName(u"followUpsView"_s);
    m_model->setObjectName(u"followUpModel"_s);

    m_markDoneAction->setObjectName(u"markDoneAction"_s);
    // Ctrl+D for "done": free in the window's menus, and next to the list hand on the keyboard.
    m_markDoneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_markDoneAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markDoneAction->setToolTip(tr("Mark the selected follow-ups done (Ctrl+D)"));
    addAction(m_markDoneAction);
    connect(m_markDoneAction, &QAction::triggered, this, &FollowUpsView::markDone);

    m_markDoneButton->setObjectName(u"markDoneButton"_s);
    m_markDoneButton->setText(m_markDoneAction->text());
    m_markDoneButton->setToolTip(m_markDoneAction->toolTip());
    connect(m_markDoneButton, &QPushButton::clicked, m_markDoneAction, &QAction::trigger);

    m_showDone->setObjectName(u"showDoneCheck"_s);
    connect(m_showDone, &QCheckBox::toggled, m_model, &FollowUpModel::setShowDone);

    m_table->setObjectName(u"followUpsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(FollowUpModel::TitleColumn, QHeaderView::Stretch);
    // Room for the due date, the owner and a readable title: beside the record pane on a laptop
    // screen the list was squeezed to a few letters of each title.
    m_table->setMinimumWidth(m_table->fontMetrics().averageCharWidth() * 60);
    connect(m_table, &QTableView::activated, this, &FollowUpsView::openLinked);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FollowUpsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FollowUpsView::updateActions);

    auto *bar = new QHBoxLayout;
    bar->setObjectName(u"followUpsBarLayout"_s);
    bar->addWidget(m_markDoneButton);
    bar->addStretch(1);
    bar->addWidget(m_showDone);
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"followUpsLayout"_s);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(&m_session, &DatabaseSession::recordsChanged, this, &FollowUpsView::refresh);
    connect(&m_session, &DatabaseSession::databaseChanged, this, &FollowUpsView::refresh);
    m_table->resizeColumnsToContents();
    updateActions();
}

void FollowUpsView::refresh()
{
    // Keep the keyboard where it was: after "done" the next follow-up is the current one.
    const int row = m_table->currentIndex().row();
    const QString id = m_model->followUpId(m_table->currentIndex());
    m_model->refresh();
    QModelIndex current = m_model->indexOf(id);
    if (!current.isValid() && row >= 0 && m_model->rowCount() > 0) {
        current = m_model->index(std::min(row, m_model->rowCount() - 1), 0);
    }
    if (current.isValid()) {
        m_table->selectionModel()->setCurrentIndex(current,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

QStringList FollowUpsView::selectedOpenIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (!m_model->isDone(index)) {
            ids << m_model->followUpId(index);
        }
    }
    return ids;
}

void FollowUpsView::markDone()
{
    const QStringList ids = selectedOpenIds();
    if (ids.isEmpty() || !m_session.store()) {
        return;
    }
    // The changes made before a refusal are still pushed, as one step.
    std::vector<std::unique_ptr<RecordCommand>> commands;
    std::optional<Error> refused;
    for (const QString &id : ids) {
        try {
            const QString text = tr("Mark \u201c%1\u201d done").arg(m_session.store()->title(RecordKind::FollowUp, id));
            commands.push_back(std::make_unique<UpdateRecordCommand>(m_session, RecordKind::FollowUp, id,
                                                                     QVariantMap{{u"done"_s, true}}, text));
        } catch (const Error &error) {
            refused = error;
            break;
        }
    }
    const auto error = CommandRunner::applyAll(*m_session.undoStack(), std::move(commands), [this](int count) {
        return tr("Mark %n follow-up(s) done", nullptr, count);
    });
    if (error || refused) {
        MessageBox::critical(this, tr("Mark Done"), (error ? *error : *refused).message());
    }
}

void FollowUpsView::openLinked(const QModelIndex &index)
{
    if (const auto linked = m_model->linkedRecord(index)) {
        Q_EMIT openRecordRequested(linked->kind, linked->id);
    }
}

void FollowUpsView::updateActions()
{
    const bool enabled = !selectedOpenIds().isEmpty() && !m_session.isReadOnly();
    m_markDoneAction->setEnabled(enabled);
    m_markDoneButton->setEnabled(enabled);
}

} // namespace crm::ui
