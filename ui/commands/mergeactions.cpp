#include "mergeactions.h"

#include "databasesession.h"
#include "dialogs/mergedialog.h"
#include "domain/error.h"
#include "models/recordkindlabel.h"
#include "support/messagebox.h"
#include "views/recordlistpane.h"

#include <QAction>
#include <QTreeView>
#include <memory>

using namespace Qt::StringLiterals;

namespace crm::ui {

MergeActions::MergeActions(DatabaseSession &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    setObjectName(u"mergeActions"_s);
}

void MergeActions::addListAction(RecordListPane &pane)
{
    QTreeView &view = *pane.view();
    view.setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *action = new QAction(tr("&Merge…"), &view);
    action->setObjectName(u"listMerge"_s);
    action->setToolTip(tr("Merge the selected records into one: pick what stays, every link moves to it"));
    view.addAction(action);
    RecordListPane *target = &pane;
    connect(action, &QAction::triggered, this, [this, target] {
        QStringList ids = target->selectedIds();
        const QString current = target->currentId();
        if (ids.removeOne(current)) {
            ids.prepend(current); // the record the officer was on is proposed to stay
        }
        mergeRecords(target->kind(), ids);
    });
    const auto update = [this, target, action] {
        action->setEnabled(m_session.database() && !m_session.isReadOnly() && target->selectedIds().size() >= 2);
    };
    connect(target, &RecordListPane::selectionChanged, action, update);
    connect(&m_session, &DatabaseSession::databaseChanged, action, update);
    update();
}

void MergeActions::mergeRecords(RecordKind kind, const QStringList &ids)
{
    //: Title of the message shown when records cannot be merged: "Merge Investors".
    const QString caption = tr("Merge %1").arg(recordKindPluralLabel(kind));
    if (!m_session.database()) {
        return;
    }
    if (m_session.isReadOnly()) {
        MessageBox::critical(
            m_window, caption,
            tr("This database is open read-only (%1): records cannot be merged.").arg(m_session.readOnlyReason()));
        return;
    }
    if (ids.size() < 2) {
        MessageBox::critical(m_window, caption, tr("Select two or more records to merge."));
        return;
    }
    std::unique_ptr<MergeDialog> dialog;
    try {
        dialog = std::make_unique<MergeDialog>(m_session, kind, ids, m_window);
    } catch (const Error &error) {
        MessageBox::critical(m_window, caption, tr("These records cannot be merged.") + u"\n\n"_s + error.message());
        return;
    }
    if (dialog->exec() == QDialog::Accepted) {
        Q_EMIT merged(kind, dialog->result().survivorId);
    }
}

} // namespace crm::ui
