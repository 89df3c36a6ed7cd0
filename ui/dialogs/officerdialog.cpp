#include "officerdialog.h"

#include "commands/recordcommands.h"
#include "databasesession.h"
#include "domain/error.h"
#include "forms/errorlabel.h"
#include "support/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm::ui {

OfficerDialog::OfficerDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_existing(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_initials(new QLineEdit(this)), m_error(new ErrorLabel(this))
{
    setObjectName(u"officerDialog"_s);
    setWindowTitle(tr("Who is making changes?"));
    m_existing->setObjectName(u"existingOfficer"_s);
    m_name->setObjectName(u"officerName"_s);
    m_initials->setObjectName(u"officerInitials"_s);
    m_initials->setMaxLength(5);
    m_error->setObjectName(u"officerError"_s);
    m_error->hide();

    m_existing->addItem(tr("New officer…"), QString());
    if (RecordQuery *query = session.query()) {
        PageQuery officers;
        officers.kind = RecordKind::Officer;
        officers.equals = {{u"active"_s, true}};
        QList<QVariantMap> rows;
        try {
            rows = query->page(officers, 0, 500);
        } catch (const Error &error) {
            // Some officers would pass for all of them: offer a new one only, and say why.
            m_error->setText(error.message());
            m_error->show();
            session.reportReadFailure(error);
        }
        for (const QVariantMap &row : std::as_const(rows)) {
            m_existing->addItem(row.value(u"@title"_s).toString() + u" ("_s + row.value(u"initials"_s).toString() +
                                    u')',
                                row.value(u"id"_s));
        }
    }
    // Nobody is chosen for the officer: Enter must not make a new user someone else (the sample
    // data's fictional officers among them). Only who this user was before is offered.
    m_existing->setPlaceholderText(tr("Choose yourself, or New officer…"));
    const QString previous = previousOfficer(session);
    m_existing->setCurrentIndex(m_existing->count() == 1 ? 0
                                : previous.isEmpty()     ? -1
                                                         : m_existing->findData(previous));

    auto *form = new QFormLayout;
    auto *intro = new QLabel(tr("Every change you make is recorded under your name. Choose yourself, or add yourself "
                                "as a new officer."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto addRow = [form, this](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Officer:"), m_existing);
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Initials:"), m_initials);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    setLayout(form);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfficerDialog::reject);
    connect(m_existing, &QComboBox::currentIndexChanged, this, &OfficerDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &OfficerDialog::updateButtons);
    connect(m_initials, &QLineEdit::textChanged, this, &OfficerDialog::updateButtons);
    updateButtons();
}

QString OfficerDialog::previousOfficer(DatabaseSession &session)
{
    if (!session.officerId().isEmpty()) {
        return session.officerId();
    }
    const QString initials = Settings::value(Settings::Key::OfficerInitials).toString();
    if (initials.isEmpty() || !session.store()) {
        return {};
    }
    try {
        return session.store()->findIdBy(RecordKind::Officer, u"initials"_s, initials).value_or(QString());
    } catch (const Error &error) {
        session.reportReadFailure(error);
        return {};
    }
}

// OK once a choice is made: an officer, or a new one with the name and initials it needs.
void OfficerDialog::updateButtons()
{
    const bool chosen = m_existing->currentIndex() >= 0;
    const bool isNew = chosen && m_existing->currentData().toString().isEmpty();
    m_name->setEnabled(isNew);
    m_initials->setEnabled(isNew);
    m_ok->setEnabled(chosen &&
                     (!isNew || (!m_name->text().trimmed().isEmpty() && !m_initials->text().trimmed().isEmpty())));
}

void OfficerDialog::accept()
{
    if (!m_ok->isEnabled()) {
        return; // Enter with nothing chosen
    }
    QString id = m_existing->currentData().toString();
    QVariantMap officer;
    try {
        if (id.isEmpty()) {
            const RecordResult created = recordsOf(m_session).create(
                RecordKind::Officer, {{u"name"_s, m_name->text()}, {u"initials"_s, m_initials->text()}});
            id = created.id;
            officer = created.after;
        } else {
            officer = recordsOf(m_session).get(RecordKind::Officer, id);
        }
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return; // what was typed stays
    }
    m_officerId = id;
    m_session.setOfficerId(id);
    Settings::setValue(Settings::Key::OfficerInitials, officer.value(u"initials"_s));
    QDialog::accept();
}

bool OfficerDialog::ensureOfficer(DatabaseSession &session, QWidget *parent)
{
    if (!session.store() || session.isReadOnly()) {
        return false; // a database opened read-only takes no changes, and so no officer to stamp them
    }
    const QString initials = Settings::value(Settings::Key::OfficerInitials).toString();
    if (!initials.isEmpty()) {
        std::optional<QString> id;
        try {
            id = session.store()->findIdBy(RecordKind::Officer, u"initials"_s, initials);
        } catch (const Error &error) {
            // Not asked either: the question would list the officers the file cannot give.
            session.reportReadFailure(error);
            return false;
        }
        if (id) {
            session.setOfficerId(*id);
            return true;
        }
    }
    OfficerDialog dialog(session, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace crm::ui
