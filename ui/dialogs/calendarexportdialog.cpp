#include "calendarexportdialog.h"

#include "commands/exportactions.h"
#include "databasesession.h"
#include "documents/calendarexport.h"
#include "domain/error.h"
#include "forms/dateedit.h"
#include "forms/errorlabel.h"
#include "support/dialogbuttons.h"
#include "support/messagebox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

CalendarExportDialog::CalendarExportDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_from(new DateEdit(this)), m_to(new DateEdit(this)),
      m_onlyMine(new QCheckBox(tr("Only &my meetings and follow-ups"), this)), m_error(new ErrorLabel(this))
{
    setObjectName(u"calendarExportDialog"_s);
    setWindowTitle(tr("Export Calendar"));
    auto *intro = new QLabel(tr("The meetings of these days, each in its own time zone, and the follow-ups still open "
                                "that fall due on them, as one calendar file (.ics) for Outlook, Google Calendar or "
                                "a phone."),
                             this);
    intro->setWordWrap(true);

    // This month, on the session's clock.
    const QDate today = m_session.clock().today();
    const QDate first(today.year(), today.month(), 1);
    m_from->setObjectName(u"calendarFrom"_s);
    m_from->setValue(first.toString(Qt::ISODate));
    m_to->setObjectName(u"calendarTo"_s);
    m_to->setValue(first.addMonths(1).addDays(-1).toString(Qt::ISODate));
    m_onlyMine->setObjectName(u"calendarOnlyMine"_s);
    const bool hasOfficer = !m_session.officerId().isEmpty();
    m_onlyMine->setEnabled(hasOfficer);
    m_onlyMine->setToolTip(hasOfficer ? tr("The meetings you attend and the follow-ups you own")
                                      : tr("Choose who you are first (File > Change Officer)"));
    m_error->setObjectName(u"calendarError"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    form->addRow(QString(), m_onlyMine);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton =
        addActionButton(*buttons, tr("&Export…"), u"exportButton"_s, [this] { exportCalendar(); });
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

bool CalendarExportDialog::exportCalendar()
{
    Database *db = m_session.database();
    if (!db) {
        return false;
    }
    CalendarSelection selection;
    selection.from = QDate::fromString(m_from->value().toString(), Qt::ISODate);
    selection.to = QDate::fromString(m_to->value().toString(), Qt::ISODate);
    QString problem;
    if (!selection.from.isValid()) {
        problem = tr("The first day is not a date.");
    } else if (!selection.to.isValid()) {
        problem = tr("The last day is not a date.");
    } else if (selection.from > selection.to) {
        problem = tr("The first day comes after the last.");
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        return false;
    }
    if (m_onlyMine->isChecked()) {
        selection.officerId = m_session.officerId();
    }
    const QString name = tr("calendar") + u'-' + selection.from.toString(Qt::ISODate) + u'-' +
                         selection.to.toString(Qt::ISODate) + u".ics"_s;
    const QString path = ExportActions::askPath(this, tr("Export Calendar"), name, tr("Calendar files (*.ics)"));
    if (path.isEmpty()) {
        return false;
    }
    CalendarItems items;
    try {
        items = CalendarExport::items(*db, selection);
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Export Calendar"), error.message());
        return false;
    }
    if (!ExportActions::writeCalendar(m_session, this, path, items.events, items.todos)) {
        return false;
    }
    const int meetings = static_cast<int>(items.events.size());
    const int followUps = static_cast<int>(items.todos.size());
    ExportActions::showStatus(parentWidget(),
                              tr("Exported %1 and %2 to %3")
                                  .arg(tr("%n meeting(s)", nullptr, meetings),
                                       tr("%n follow-up(s)", nullptr, followUps), QFileInfo(path).fileName()));
    accept();
    return true;
}

} // namespace crm::ui
