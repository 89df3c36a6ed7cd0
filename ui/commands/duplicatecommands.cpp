#include "duplicatecommands.h"

#include "dialogs/duplicatesdialog.h"
#include "domain/similarity.h"

#include <QAction>
#include <QMenu>
#include <QMetaMethod>

using namespace Qt::StringLiterals;

namespace crm::ui {

DuplicateCommands::DuplicateCommands(DatabaseSession &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{}

DuplicateCommands::~DuplicateCommands() = default;

DuplicatesDialog *DuplicateCommands::dialog() const
{
    return m_dialog;
}

void DuplicateCommands::addActions(QMenu *menu)
{
    QAction *find = menu->addAction(tr("Find &Duplicates…"), this, &DuplicateCommands::findDuplicates);
    find->setObjectName(u"actionFindDuplicates"_s);
    find->setToolTip(tr("List the investors, contacts, agencies or delegates that look like the same one"));
}

void DuplicateCommands::findDuplicates()
{
    if (!m_dialog) {
        m_dialog = new DuplicatesDialog(m_session, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &DuplicatesDialog::openRecordRequested, this, &DuplicateCommands::openRecordRequested);
        connect(m_dialog, &DuplicatesDialog::mergeRequested, this, &DuplicateCommands::mergeRequested);
        m_dialog->setMergeHandled(
            [this] { return isSignalConnected(QMetaMethod::fromSignal(&DuplicateCommands::mergeRequested)); });
        if (const auto kind = m_currentKind ? m_currentKind() : std::nullopt; kind && hasDuplicateCheck(*kind)) {
            m_dialog->setKind(*kind);
        }
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace crm::ui
