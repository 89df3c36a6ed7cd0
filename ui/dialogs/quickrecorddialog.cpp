#include "quickrecorddialog.h"

#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "databasesession.h"
#include "domain/bidi.h"
#include "domain/error.h"
#include "forms/duplicatewarning.h"
#include "forms/recordform.h"
#include "models/recordkindlabel.h"
#include "support/messagebox.h"
#include "support/screenfit.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

QuickRecordDialog::QuickRecordDialog(DatabaseSession &session, RecordKind kind, const QVariantMap &preset,
                                     const QString &subjectTitle, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_form(new RecordForm(kind, session, this))
{
    setObjectName(u"quickRecordDialog"_s);
    setWindowTitle(tr("New %1 – %2").arg(recordKindLabel(kind).toLower(), isolate(subjectTitle)));
    m_form->setRecord(preset);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"quickSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuickRecordDialog::reject);
    connect(m_form, &RecordForm::saveRequested, this, &QuickRecordDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(560, 520));
}

bool QuickRecordDialog::save()
{
    if (!m_session.store() || !m_form->validate()) {
        return false;
    }
    if (m_form->duplicateWarning() && !m_form->duplicateWarning()->confirmCreate(this)) {
        return false;
    }
    auto command = std::make_unique<CreateRecordCommand>(m_session, m_kind, m_form->value());
    const QString id = command->recordId();
    if (const auto error = CommandRunner::apply(*m_session.undoStack(), std::move(command))) {
        if (!error->fieldErrors().isEmpty()) {
            m_form->showErrors(error->fieldErrors());
        } else {
            MessageBox::critical(this, tr("Cannot save"), error->message());
        }
        return false;
    }
    m_savedId = id;
    return true;
}

void QuickRecordDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace crm::ui
