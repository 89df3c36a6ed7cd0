#include "mergeactions.h"

#include "databasesession.h"
#include "dialogs/mergedialog.h"
#include "domain/error.h"
#include "models/recordkindlabel.h"
#include "support/messagebox.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace crm::ui {

MergeActions::MergeActions(DatabaseSession &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    setObjectName(u"mergeActions"_s);
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
