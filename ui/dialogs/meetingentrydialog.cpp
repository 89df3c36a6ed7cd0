#include "meetingentrydialog.h"

#include "commands/commandrunner.h"
#include "commands/meetingentrycommand.h"
#include "databasesession.h"
#include "dialogs/entryinput.h"
#include "domain/dateformat.h"
#include "domain/error.h"
#include "forms/choicelabels.h"
#include "forms/formfields.h"
#include "services/meetingentry.h"
#include "support/messagebox.h"
#include "support/screenfit.h"
#include "support/texttone.h"
#include "widgets/recordchecklist.h"
#include "widgets/recordpicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {

// "followup.due_date" -> "followupDueDateError": the objectName tests and styles look for.
QString errorLabelName(const QString &field)
{
    const QStringList parts = field.split(QRegularExpression(u"[._]"_s), Qt::SkipEmptyParts);
    QString name = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        name += parts[i].left(1).toUpper() + parts[i].mid(1);
    }
    return name + u"Error"_s;
}

// "attendees[2].person_id" is shown at the attendees; "followup.due_date" at its own field.
QString errorKey(const QString &field)
{
    const qsizetype bracket = field.indexOf(u'[');
    return bracket < 0 ? field : field.left(bracket);
}

PageQuery pageOf(RecordKind kind, const QString &sortField = {}, bool ascending = true)
{
    PageQuery query;
    query.kind = kind;
    query.sortField = sortField;
    query.ascending = ascending;
    return query;
}

QPlainTextEdit *textBox(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true); // Tab moves on, as everywhere else on this keyboard-only screen
    edit->setMinimumHeight(60);
    return edit;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

MeetingEntryDialog::MeetingEntryDialog(DatabaseSession &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(u"meetingEntryDialog"_s);
    setWindowTitle(tr("New Meeting"));

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"meetingEntryLayout"_s);
    m_formError = addErrorLabel(u"form"_s, u"formError"_s);
    layout->addWidget(m_formError);

    auto *columns = new QHBoxLayout;
    columns->setObjectName(u"columnsLayout"_s);
    columns->addWidget(createMeetingGroup(), 4);
    columns->addWidget(createAttendeesGroup(), 3);
    columns->addWidget(createNotesGroup(), 4);
    layout->addLayout(columns, 1);
    layout->addWidget(createFollowUpGroup()); // one strip across, read last like the form it ends

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttonBox"_s);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Save the meeting and its follow-up (Ctrl+Return)"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingEntryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingEntryDialog::reject);
    layout->addWidget(buttons);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setObjectName(u"saveShortcut"_s);
        connect(shortcut, &QShortcut::activated, this, &MeetingEntryDialog::save);
    }

    setTabOrderChain();
    loadChoices();
    m_mission->setFocus();
    // Wide enough for names in three scripts side by side, low enough for a laptop on a mission.
    fitToScreen(this, QSize(1040, 640));
}

QWidget *MeetingEntryDialog::createMeetingGroup()
{
    auto *group = new QGroupBox(tr("Meeting"), this);
    group->setObjectName(u"meetingGroup"_s);
    auto *form = new QFormLayout(group);
    form->setObjectName(u"meetingForm"_s);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_mission = new RecordPicker(RecordKind::Mission, group);
    m_mission->setObjectName(u"missionPicker"_s);
    m_mission->setPlaceholderText(tr("None"));
    addRow(form, u"mission_id"_s, tr("&Mission:"), m_mission);

    m_investor = new RecordPicker(RecordKind::Investor, group);
    m_investor->setObjectName(u"investorPicker"_s);
    m_investor->setPlaceholderText(tr("Type part of any of its names"));
    addRow(form, u"investor_id"_s, tr("&Investor:"), m_investor);

    m_startsAt = new QDateTimeEdit(group);
    m_startsAt->setObjectName(u"startsAtEdit"_s);
    // Wall-clock time in the chosen zone: kept as plain fields (UTC spec) so the machine's own
    // zone and its daylight-saving gaps never shift what was typed.
    m_startsAt->setTimeSpec(Qt::UTC);
    m_startsAt->setDisplayFormat(dateTimeFormat());
    m_startsAt->setCalendarPopup(true);
    connect(m_startsAt, &QDateTimeEdit::dateTimeChanged, this, [this] { m_startTouched = true; });
    addRow(form, u"starts_at"_s, tr("&Date and time:"), m_startsAt);

    m_timeZone = new QComboBox(group);
    m_timeZone->setObjectName(u"timeZoneCombo"_s);
    m_timeZone->setEditable(true);
    m_timeZone->lineEdit()->setObjectName(u"timeZoneEdit"_s);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItems(entryinput::regionTimeZones());
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCurrentText(entryinput::officerTimeZone());
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this] { m_zoneTouched = true; });
    addRow(form, u"time_zone"_s, tr("Time &zone:"), m_timeZone);

    m_place = lineEdit(u"placeEdit"_s, group);
    connect(m_place, &QLineEdit::textChanged, this, &MeetingEntryDialog::suggestTimeZone);
    addRow(form, u"place"_s, tr("&Place:"), m_place);
    m_interpreter = lineEdit(u"interpreterEdit"_s, group);
    addRow(form, u"interpreter"_s, tr("Interp&reter:"), m_interpreter);
    m_language = lineEdit(u"languageEdit"_s, group);
    m_language->setPlaceholderText(tr("e.g. French / Japanese"));
    addRow(form, u"language"_s, tr("Lan&guage:"), m_language);

    m_interest = new QComboBox(group);
    m_interest->setObjectName(u"interestCombo"_s);
    m_interest->addItem(tr("Not recorded"));
    for (const Choice &level : interestLevelChoices()) { // the meeting form's words
        m_interest->addItem(level.label, level.value);
    }
    addRow(form, u"interest_level"_s, tr("Interest &level:"), m_interest);
    return group;
}

QWidget *MeetingEntryDialog::createAttendeesGroup()
{
    auto *group = new QGroupBox(tr("Attendees"), this);
    group->setObjectName(u"attendeesGroup"_s);
    auto *box = new QVBoxLayout(group);
    box->setObjectName(u"attendeesLayout"_s);
    const auto addList = [this, group, box](RecordCheckList *list, const QString &name, const QString &text) {
        auto *label = new QLabel(text, group);
        label->setObjectName(name + u"Label"_s);
        label->setBuddy(list->focusTarget());
        list->setAccessibleLabel(text);
        box->addWidget(label);
        box->addWidget(list, 1);
    };
    m_delegates = new RecordCheckList(u"delegate"_s, true, group);
    addList(m_delegates, u"delegates"_s, tr("D&elegates:"));
    m_contacts = new RecordCheckList(u"contact"_s, false, group);
    addList(m_contacts, u"contacts"_s, tr("Investor's &contacts:"));
    m_officers = new RecordCheckList(u"officer"_s, false, group);
    addList(m_officers, u"officers"_s, tr("ITPO &officers:"));
    box->addWidget(addErrorLabel(u"attendees"_s, tr("Attendees")));
    m_fieldEditors.insert(u"attendees"_s, m_delegates->focusTarget());
    return group;
}

QWidget *MeetingEntryDialog::createNotesGroup()
{
    auto *group = new QGroupBox(tr("Notes"), this);
    group->setObjectName(u"notesGroup"_s);
    auto *form = new QFormLayout(group);
    form->setObjectName(u"notesForm"_s);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above: the text boxes get the width
    m_informationRequested = textBox(u"informationRequestedEdit"_s, group);
    addRow(form, u"information_requested"_s, tr("In&formation requested:"), m_informationRequested);
    m_nextStep = lineEdit(u"nextStepEdit"_s, group);
    addRow(form, u"next_step"_s, tr("&Next step:"), m_nextStep);
    m_summary = textBox(u"summaryEdit"_s, group);
    addRow(form, u"summary"_s, tr("&Summary:"), m_summary);
    return group;
}

QWidget *MeetingEntryDialog::createFollowUpGroup()
{
    auto *group = new QGroupBox(tr("Follow-up"), this);
    group->setObjectName(u"followUpGroup"_s);
    auto *grid = new QGridLayout(group);
    grid->setObjectName(u"followUpGrid"_s);
    const auto addField = [this, grid](int column, const QString &field, const QString &label, QWidget *editor,
                                       int stretch) {
        const auto [labelWidget, error] = fieldLabels(field, label, editor);
        grid->addWidget(labelWidget, 0, column);
        grid->addWidget(editor, 0, column + 1);
        grid->addWidget(error, 1, column + 1);
        grid->setColumnStretch(column + 1, stretch);
    };
    m_followUpTitle = lineEdit(u"followUpTitleEdit"_s, group);
    m_followUpTitle->setPlaceholderText(tr("The next step"));
    // Shows what an empty task will become, so leaving it empty is a choice, not a guess.
    connect(m_nextStep, &QLineEdit::textChanged, m_followUpTitle, [this](const QString &nextStep) {
        m_followUpTitle->setPlaceholderText(nextStep.trimmed().isEmpty() ? tr("The next step") : nextStep.trimmed());
    });
    addField(0, u"followup.title"_s, tr("&Task:"), m_followUpTitle, 3);
    m_followUpOwner = new QComboBox(group);
    m_followUpOwner->setObjectName(u"followUpOwnerCombo"_s);
    addField(2, u"followup.owner_id"_s, tr("O&wner:"), m_followUpOwner, 1);
    m_followUpDue = lineEdit(u"followUpDueEdit"_s, group);
    m_followUpDue->setPlaceholderText(tr("Empty: no follow-up"));
    m_followUpDue->setToolTip(tr("A date (2026-12-07), or +7 for a week from today, +2w for two weeks"));
    addField(4, u"followup.due_date"_s, tr("D&ue date:"), m_followUpDue, 1);
    return group;
}

void MeetingEntryDialog::addRow(QFormLayout *form, const QString &field, const QString &label, QWidget *editor)
{
    const auto [labelWidget, error] = fieldLabels(field, label, editor);
    form->addRow(labelWidget, editor);
    form->addRow(static_cast<QWidget *>(nullptr), error);
}

std::pair<QLabel *, QLabel *> MeetingEntryDialog::fieldLabels(const QString &field, const QString &label,
                                                              QWidget *editor)
{
    auto *labelWidget = new QLabel(label, editor->parentWidget());
    labelWidget->setObjectName(editor->objectName() + u"Label"_s);
    labelWidget->setBuddy(editor);
    QString plain = plainLabel(label); // "&Mission:" -> "Mission", "ミッション(&M)：" -> "ミッション"
    while (plain.endsWith(u':') || plain.endsWith(u'：')) {
        plain.chop(1);
    }
    m_fieldEditors.insert(field, editor);
    return {labelWidget, addErrorLabel(field, plain)};
}

QLabel *MeetingEntryDialog::addErrorLabel(const QString &field, const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(errorLabelName(field));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    setTextTone(label, Tone::Error);
    label->setVisible(false);
    m_errorLabels.insert(field, label);
    m_fieldNames.insert(field, name);
    return label;
}

void MeetingEntryDialog::setTabOrderChain()
{
    const QList<QWidget *> chain{m_mission,
                                 m_investor,
                                 m_startsAt,
                                 m_timeZone,
                                 m_place,
                                 m_interpreter,
                                 m_language,
                                 m_interest,
                                 m_delegates->filterEdit(),
                                 m_delegates->list(),
                                 m_contacts->list(),
                                 m_officers->list(),
                                 m_informationRequested,
                                 m_nextStep,
                                 m_summary,
                                 m_followUpTitle,
                                 m_followUpOwner,
                                 m_followUpDue,
                                 m_saveButton,
                                 findChild<QPushButton *>(u"cancelButton"_s)};
    for (qsizetype i = 1; i < chain.size(); ++i) {
        setTabOrder(chain[i - 1], chain[i]);
    }
}

void MeetingEntryDialog::loadChoices()
{
    const RecordQuery *query = m_session.query();
    m_mission->setQuery(query);
    m_investor->setQuery(query);
    connect(m_mission, &RecordPicker::recordChanged, this, &MeetingEntryDialog::onMissionChanged);
    connect(m_investor, &RecordPicker::recordChanged, this, &MeetingEntryDialog::onInvestorChanged);
    if (!query) {
        return;
    }
    const auto refs = [query](const PageQuery &page) {
        QList<RecordRef> result;
        for (const QVariantMap &row : query->page(page, 0, -1)) {
            result.append({page.kind, row.value(u"id"_s).toString(), row.value(u"@title"_s).toString()});
        }
        return result;
    };
    m_delegates->setRecords(refs(pageOf(RecordKind::Delegate)));
    PageQuery activeOfficers = pageOf(RecordKind::Officer, u"name"_s);
    activeOfficers.equals.append({u"active"_s, true});
    const QList<RecordRef> officers = refs(activeOfficers);
    m_officers->setRecords(officers);
    for (const RecordRef &officer : officers) {
        m_followUpOwner->addItem(officer.title, officer.id);
    }
    const QString me = m_session.officerId();
    m_officers->setChecked(me, true);
    m_followUpOwner->setCurrentIndex(std::max(0, m_followUpOwner->findData(me)));

    setDefaultStart();
    // Meetings are written up during a mission; one that has ended would bring the wrong people
    // and the wrong time zone, so without a mission under way none is chosen.
    setMission(missionUnderWay(*query, m_session.database()->clock().today()));
}

void MeetingEntryDialog::setInvestor(const QString &id)
{
    m_investor->setRecord(id, m_session.store()->title(RecordKind::Investor, id));
}

void MeetingEntryDialog::setDelegate(const QString &id)
{
    m_delegates->setChecked(id, true);
}

void MeetingEntryDialog::setMission(const QString &id)
{
    m_mission->setRecord(id, id.isEmpty() ? QString() : m_session.store()->title(RecordKind::Mission, id));
}

void MeetingEntryDialog::onMissionChanged(const QString &id)
{
    for (const QString &person : std::as_const(m_missionTicks)) {
        m_delegates->setChecked(person, false);
        m_officers->setChecked(person, false);
    }
    m_missionTicks.clear();
    const QVariantMap mission = id.isEmpty() ? QVariantMap() : m_session.store()->get(RecordKind::Mission, id);
    m_missionPlaces = mission.value(u"places"_s).toStringList();
    suggestTimeZone(); // a cleared mission takes its zone away too
    if (id.isEmpty()) {
        return;
    }
    // Its delegates and officers most likely attended; ticks made by hand are left alone.
    for (const QVariant &value : mission.value(u"participants"_s).toList()) {
        const QVariantMap participant = value.toMap();
        const QString person = participant.value(u"person_id"_s).toString();
        const QString kind = participant.value(u"person_kind"_s).toString();
        RecordCheckList *list = kind == u"delegate"_s ? m_delegates : kind == u"officer"_s ? m_officers : nullptr;
        if (list && !list->checkedIds().contains(person)) {
            list->setChecked(person, true);
            if (list->checkedIds().contains(person)) {
                m_missionTicks << person;
            }
        }
    }
}

void MeetingEntryDialog::onInvestorChanged(const QString &id)
{
    QList<RecordRef> contacts;
    if (!id.isEmpty()) {
        PageQuery ofInvestor = pageOf(RecordKind::Contact);
        ofInvestor.equals.append({u"investor_id"_s, id});
        for (const QVariantMap &row : m_session.query()->page(ofInvestor, 0, -1)) {
            contacts.append({RecordKind::Contact, row.value(u"id"_s).toString(), row.value(u"@title"_s).toString()});
        }
    }
    m_contacts->setRecords(contacts);
}

// Until the officer picks a zone, it follows where the meeting is: the place typed, else the
// mission's places, else the officer's own zone.
void MeetingEntryDialog::suggestTimeZone()
{
    if (m_zoneTouched) {
        return;
    }
    QString zone = entryinput::obviousTimeZone({m_place->text()});
    if (zone.isEmpty()) {
        zone = entryinput::obviousTimeZone(m_missionPlaces);
    }
    if (zone.isEmpty()) {
        zone = entryinput::officerTimeZone();
    }
    if (zone == m_timeZone->currentText()) {
        return;
    }
    m_timeZone->setCurrentText(zone);
    m_zoneTouched = false;
    if (!m_startTouched) {
        setDefaultStart(); // "now" in the new zone
    }
}

void MeetingEntryDialog::setDefaultStart()
{
    const QTimeZone zone(m_timeZone->currentText().toUtf8());
    const QDateTime now = m_session.database()->clock().nowUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QTime minute(now.time().hour(), now.time().minute());
    m_startsAt->setDateTime(QDateTime(now.date(), minute, Qt::UTC));
    m_startTouched = false;
}

QVariantMap MeetingEntryDialog::meetingJson() const
{
    const QString zoneId = m_timeZone->currentText().trimmed();
    const QTimeZone zone(zoneId.toUtf8());
    const QDateTime wall = m_startsAt->dateTime();
    const QDateTime starts = QDateTime(wall.date(), wall.time(), zone.isValid() ? zone : QTimeZone::utc());
    QVariantMap json{{u"starts_at"_s, starts.toString(Qt::ISODate)},
                     {u"time_zone"_s, zoneId},
                     {u"investor_id"_s, m_investor->recordId()}};
    const auto putText = [&json](const QString &field, const QString &text) {
        if (!text.trimmed().isEmpty()) {
            json.insert(field, text.trimmed());
        }
    };
    putText(u"mission_id"_s, m_mission->recordId());
    putText(u"place"_s, m_place->text());
    putText(u"interpreter"_s, m_interpreter->text());
    putText(u"language"_s, m_language->text());
    putText(u"information_requested"_s, m_informationRequested->toPlainText());
    putText(u"next_step"_s, m_nextStep->text());
    putText(u"summary"_s, m_summary->toPlainText());
    if (m_interest->currentData().isValid()) {
        json.insert(u"interest_level"_s, m_interest->currentData());
    }
    QVariantList attendees;
    const auto addSide = [&attendees](const QString &side, const QString &kind, const QStringList &ids) {
        for (const QString &id : ids) {
            attendees << QVariantMap{{u"side"_s, side}, {u"person_kind"_s, kind}, {u"person_id"_s, id}};
        }
    };
    addSide(u"delegate"_s, u"delegate"_s, m_delegates->checkedIds());
    addSide(u"investor"_s, u"contact"_s, m_contacts->checkedIds());
    addSide(u"itpo"_s, u"officer"_s, m_officers->checkedIds());
    json.insert(u"attendees"_s, attendees);
    return json;
}

bool MeetingEntryDialog::save()
{
    clearErrors();
    if (!m_session.database()) {
        return false; // opened without a database: nothing to save into (and nothing to lose)
    }
    QList<FieldError> problems;
    // Text that names no record would be dropped silently if saved; say so instead.
    for (RecordPicker *picker : {m_mission, m_investor}) {
        if (!picker->resolve()) {
            problems.append({picker == m_mission ? u"mission_id"_s : u"investor_id"_s,
                             tr("\u201c%1\u201d matches no record").arg(picker->text().trimmed())});
        }
    }
    const std::optional<QDate> due =
        entryinput::parseTypedDate(m_followUpDue->text(), m_session.database()->clock().today());
    if (!due) {
        problems.append({u"followup.due_date"_s, tr("is not a date (2026-12-07, or +7 for a week from today)")});
    }
    if (!problems.isEmpty()) {
        showErrors(problems);
        return false;
    }

    MeetingEntry entry{meetingJson(), std::nullopt};
    // A task typed without a date is a follow-up missing its date, not "no follow-up".
    if (due->isValid() || !m_followUpTitle->text().trimmed().isEmpty()) {
        entry.followUp =
            FollowUpRequest{m_followUpTitle->text().trimmed(), m_followUpOwner->currentData().toString(), *due, {}};
    }
    auto command = std::make_unique<MeetingEntryCommand>(m_session, entry);
    const QString id = command->recordId();
    if (const auto error = CommandRunner::apply(*m_session.undoStack(), std::move(command))) {
        if (error->kind() == Error::Kind::Invalid) {
            showErrors(error->fieldErrors());
        } else {
            showErrors({{u"form"_s, error->message()}});
        }
        return false;
    }
    m_savedId = id;
    QDialog::accept();
    return true;
}

void MeetingEntryDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->setVisible(false);
    }
}

void MeetingEntryDialog::showErrors(const QList<FieldError> &errors)
{
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        QString key = errorKey(error.field);
        if (!m_errorLabels.contains(key)) {
            key = u"form"_s; // a field this screen does not show: still never lost
        }
        QLabel *label = m_errorLabels.value(key);
        QString line = tr("%1 %2", "a field's name, then its problem: Investor | is required")
                           .arg(m_fieldNames.value(key), error.message);
        if (key == u"form"_s) {
            line = error.field == u"form"_s ? error.message : error.field + u": "_s + error.message;
        }
        label->setText(label->text().isEmpty() ? line : label->text() + u'\n' + line);
        label->setVisible(true);
        if (!first) {
            first = m_fieldEditors.value(key);
        }
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
    fitToScreen(this, size()); // messages must not squeeze the fields under them
}

bool MeetingEntryDialog::hasInput() const
{
    const QList<const QLineEdit *> edits{m_investor, m_place,         m_interpreter, m_language,
                                         m_nextStep, m_followUpTitle, m_followUpDue};
    for (const QLineEdit *edit : edits) {
        if (!edit->text().trimmed().isEmpty()) {
            return true;
        }
    }
    return !m_informationRequested->toPlainText().trimmed().isEmpty() || !m_summary->toPlainText().trimmed().isEmpty();
}

void MeetingEntryDialog::reject()
{
    // Escape is one key away from everything on this screen; ask before dropping typed notes.
    if (hasInput() &&
        MessageBox::question(this, tr("New Meeting"), tr("Discard this meeting? What you typed is lost."),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard) {
        return;
    }
    QDialog::reject();
}

} // namespace crm::ui
