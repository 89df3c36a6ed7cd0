#include "setfieldactions.h"

#include "commandrunner.h"
#include "databasesession.h"
#include "dialogs/setfielddialog.h"
#include "setfieldcommand.h"
#include "support/messagebox.h"
#include "views/recordlistpane.h"

#include <QAction>
#include <QStackedWidget>
#include <QTreeView>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;

namespace crm::ui {

SetFieldActions::SetFieldActions(DatabaseSession &session, QStackedWidget *lists, QObject *parent)
    : QObject(parent), m_session(session), m_lists(lists), m_action(new QAction(tr("Se&t Field…"), this))
{
    m_action->setObjectName(u"actionSetField"_s);
    m_action->setToolTip(tr("Set one field (owner, status, sector, country, confidential) on every record "
                            "selected in the list"));
    connect(m_action, &QAction::triggered, this, [this] {
        if (auto *pane = qobject_cast<RecordListPane *>(m_lists->currentWidget())) {
            setField(m_session, *pane);
        }
    });
    connect(m_lists, &QStackedWidget::currentChanged, this, &SetFieldActions::refresh);
    connect(&m_session, &DatabaseSession::databaseChanged, this, &SetFieldActions::refresh);
    refresh();
}

void SetFieldActions::refresh()
{
    auto *pane = qobject_cast<RecordListPane *>(m_lists->currentWidget());
    if (pane) {
        connect(pane, &RecordListPane::selectionChanged, this, &SetFieldActions::refresh, Qt::UniqueConnection);
    }
    m_action->setEnabled(pane && m_session.database() && !m_session.isReadOnly() && !pane->selectedIds().isEmpty());
}

void SetFieldActions::addListAction(RecordListPane &pane, DatabaseSession &session)
{
    QTreeView &view = *pane.view();
    view.setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *action = new QAction(tr("Se&t Field…"), &view);
    action->setObjectName(u"listSetField"_s);
    view.addAction(action);
    auto *separator = new QAction(&view);
    separator->setSeparator(true);
    view.addAction(separator);
    RecordListPane *target = &pane;
    connect(action, &QAction::triggered, &pane, [&session, target] { setField(session, *target); });
    const auto update = [&session, target, action] {
        action->setEnabled(session.database() && !session.isReadOnly() && !target->selectedIds().isEmpty());
    };
    connect(&pane, &RecordListPane::selectionChanged, action, update);
    connect(&session, &DatabaseSession::databaseChanged, action, update);
    update();
}

bool SetFieldActions::setField(DatabaseSession &session, RecordListPane &pane)
{
    const QStringList ids = pane.selectedIds();
    if (ids.isEmpty() || !session.database() || session.isReadOnly()) {
        return false;
    }
    SetFieldDialog dialog(session, pane.kind(), ids, pane.currentId(), pane.window());
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    auto command = std::make_unique<SetFieldCommand>(session, pane.kind(), ids, dialog.field(), dialog.value());
    if (const auto error = CommandRunner::apply(*session.undoStack(), std::move(command))) {
        MessageBox::critical(pane.window(), tr("Set Field"), error->message());
        return false;
    }
    return true;
}

} // namespace crm::ui
