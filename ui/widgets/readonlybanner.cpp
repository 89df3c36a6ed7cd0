#include "readonlybanner.h"

#include "databasesession.h"

#include <QAction>
#include <QDir>

using namespace Qt::StringLiterals;

namespace crm::ui {

ReadOnlyBanner::ReadOnlyBanner(DatabaseSession &session, QWidget *parent) : QLabel(parent), m_session(session)
{
    setObjectName(u"readOnlyBanner"_s);
    setWordWrap(true);
    setMargin(6);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase); // the palette's notice colours, dark themes included
    setForegroundRole(QPalette::ToolTipText);
    hide();
}

void ReadOnlyBanner::addEditingActions(const QList<QAction *> &actions)
{
    m_editingActions << actions;
    refresh();
}

void ReadOnlyBanner::refresh()
{
    const bool readOnly = m_session.isReadOnly();
    for (QAction *action : std::as_const(m_editingActions)) {
        action->setEnabled(!readOnly);
    }
    setVisible(readOnly);
    if (!readOnly) {
        clear();
        return;
    }
    setText(tr("<b>Read-only:</b> %1 can only be read, because %2. You can list, view, search, print and "
               "export its records; to change them, copy the file to a folder you can write to and open the "
               "copy.")
                .arg(QDir::toNativeSeparators(m_session.database()->path()).toHtmlEscaped(),
                     m_session.readOnlyReason().toHtmlEscaped()));
}

} // namespace crm::ui
