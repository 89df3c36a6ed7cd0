#include "recordpane.h"

#include "commands/commandrunner.h"
#include "commands/exportactions.h"
#include "commands/recordcommands.h"
#include "databasesession.h"
#include "domain/bidi.h"
#include "domain/error.h"
#include "forms/duplicatewarning.h"
#include "forms/recordform.h"
#include "models/listcolumns.h"
#include "models/recordkindlabel.h"
#include "models/recordtitle.h"
#include "relatedpane.h"
#include "storypane.h"
#include "support/icons.h"
#include "support/messagebox.h"
#include "support/readonlywidgets.h"
#include "support/texttone.h"
#include "views/historyview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

RecordPane::RecordPane(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_notice(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_revert(new QPushButton(tr("Re&vert"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_calendar(new QToolButton(this)), m_tabs(new QTabWidget(this)),
      m_formHolder(new QStackedWidget(this)), m_emptyHint(new QLabel(this)), m_story(new StoryPane(session, this)),
      m_details(new QSplitter(Qt::Horizontal, this)), m_related(new RelatedPane(session, this)),
      m_history(new HistoryView(session, this))
{
    setObjectName(u"recordPane"_s);
    m_title->setObjectName(u"recordTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(u"recordNotice"_s);
    m_notice->setWordWrap(true);
    setTextTone(m_notice, Tone::Warning);
    m_notice->hide();
    m_save->setObjectName(u"saveButton"_s);
    m_save->setToolTip(
        tr("Save the record (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setObjectName(u"revertButton"_s);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setToolTip(tr("Move the record to the Trash; Undo brings it back"));
    m_calendar->setObjectName(u"addToCalendarButton"_s);
    m_calendar->setText(tr("Add to Calendar"));
    m_calendar->setIcon(icon(u"calendar"_s));
    m_calendar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_calendar->setToolTip(tr("Open this meeting in your calendar program"));
    m_calendar->setPopupMode(QToolButton::MenuButtonPopup);
    auto *calendarMenu = new QMenu(m_calendar);
    QAction *saveCalendar = calendarMenu->addAction(
        tr("Save to Calendar File…"), this, [this] { ExportActions::saveMeetingToFile(m_session, m_id, this); });
    saveCalendar->setObjectName(u"saveCalendarFileAction"_s);
    m_calendar->setMenu(calendarMenu);
    m_calendar->hide();
    connect(m_calendar, &QToolButton::clicked, this,
            [this] { ExportActions::addMeetingToCalendar(m_session, m_id, this); });
    m_tabs->setObjectName(u"recordTabs"_s);
    m_emptyHint->setObjectName(u"emptyHint"_s);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    setTextTone(m_emptyHint, Tone::Muted);
    m_formHolder->addWidget(m_emptyHint);
    m_details->setObjectName(u"detailsSplitter"_s);
    m_details->setChildrenCollapsible(false);
    // Never narrower than a label and a short field: a splitter state saved when the window had
    // grown past the screen must not crush the form to a sliver.
    m_formHolder->setMinimumWidth(m_formHolder->fontMetrics().averageCharWidth() * 40);
    m_details->addWidget(m_formHolder);
    m_details->addWidget(m_story);
    m_details->setStretchFactor(0, 2);
    m_details->setStretchFactor(1, 3);
    m_story->hide();
    m_tabs->addTab(m_details, tr("De&tails"));
    m_tabs->addTab(m_related, tr("&Related"));
    m_tabs->addTab(m_history, tr("&History"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_calendar);
    header->addWidget(m_revert);
    header->addWidget(m_delete);
    header->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);

    connect(m_save, &QPushButton::clicked, this, &RecordPane::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordPane::revert);
    connect(m_delete, &QPushButton::clicked, this, &RecordPane::deleteRecord);
    connect(m_related, &RelatedPane::openRecordRequested, this, &RecordPane::openRecordRequested);
    connect(m_story, &StoryPane::openRecordRequested, this, &RecordPane::openRecordRequested);
    connect(&m_session, &DatabaseSession::recordsChanged, this, &RecordPane::reloadFromStore);
    connect(&m_session, &DatabaseSession::databaseChanged, this, [this] { clear(); });
    clear();
}

void RecordPane::setForm(RecordKind kind)
{
    if (m_form && m_form->kind() == kind) {
        return;
    }
    if (m_form) {
        m_formHolder->removeWidget(m_form);
        m_form->deleteLater();
    }
    m_kind = kind;
    m_form = new RecordForm(kind, m_session, m_formHolder);
    m_formHolder->addWidget(m_form);
    m_formHolder->setCurrentWidget(m_form);
    if (m_session.isReadOnly()) {
        makeReadOnly(m_form); // the form shows the record; the window's banner says why it cannot change
    }
    connect(m_form, &RecordForm::modified, this, &RecordPane::updateModifiedState);
    connect(m_form, &RecordForm::saveRequested, this, &RecordPane::save);
    connect(m_form, &RecordForm::openRecordRequested, this, &RecordPane::openRecordRequested);
}

bool RecordPane::maybeSave()
{
    if (!m_form || !m_form->isModified()) {
        return true;
    }
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("Save your changes to this %1 first?").arg(recordKindLabel(m_kind).toLower()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

bool RecordPane::showRecord(RecordKind kind, const QString &id)
{
    if (m_form && kind == m_kind && id == m_id && !id.isEmpty()) {
        return true;
    }
    if (!maybeSave()) {
        return false;
    }
    if (id.isEmpty()) {
        clear();
        return true;
    }
    RecordResult current; // the record and its title from one read
    try {
        current = recordsOf(m_session).current(kind, id);
    } catch (const Error &error) {
        clear();
        m_notice->setText(error.message());
        m_notice->show();
        if (error.kind() == Error::Kind::Database) {
            m_session.reportReadFailure(error);
        }
        return true;
    }
    setForm(kind);
    m_id = id;
    m_form->setRecord(current.after);
    m_related->showRecord(kind, id);
    m_history->setRecord(kind, id, current.title);
    showStory(kind, id);
    m_notice->setVisible(current.after.contains(u"deleted_at"_s));
    m_notice->setText(
        tr("This %1 is in the Trash. Restore it from the Trash to edit it.").arg(recordKindLabel(kind).toLower()));
    m_recordTitle = current.title;
    updateModifiedState();
    return true;
}

bool RecordPane::newRecord(RecordKind kind)
{
    if (m_session.isReadOnly() || !maybeSave()) {
        return false;
    }
    setForm(kind);
    m_id.clear();
    m_form->setRecord({});
    m_related->showRecord(kind, {});
    m_history->setRecord(kind, {});
    showStory(kind, {});
    m_notice->hide();
    m_tabs->setCurrentIndex(0);
    updateHeader();
    m_form->setFocus(Qt::OtherFocusReason);
    return true;
}

bool RecordPane::save()
{
    if (!m_form || !m_session.store() || m_session.isReadOnly()) {
        return false;
    }
    if (!m_form->validate()) {
        return false; // the messages are at the fields; what was typed stays
    }
    if (m_id.isEmpty() && m_form->duplicateWarning() && !m_form->duplicateWarning()->confirmCreate(this)) {
        return false; // the officer looks at the existing record first; what was typed stays
    }
    std::unique_ptr<RecordCommand> command;
    if (m_id.isEmpty()) {
        command = std::make_unique<CreateRecordCommand>(m_session, m_kind, m_form->value());
    } else {
        command = std::make_unique<UpdateRecordCommand>(m_session, m_kind, m_id, m_form->value());
    }
    const QString previousId = std::exchange(m_id, command->recordId()); // the pane shows it as the stack announces it
    RecordResult saved; // the record as stored and its title: nothing below reads it again
    {
        // The history is refreshed once, below, with the title the save returned.
        const HistoryView::RefreshHold hold(*m_history);
        if (const auto error = CommandRunner::apply(*m_session.undoStack(), std::move(command), &saved)) {
            m_id = previousId;
            if (!error->fieldErrors().isEmpty()) {
                m_form->showErrors(error->fieldErrors());
            } else {
                MessageBox::critical(this, tr("Cannot save"), error->message());
            }
            return false;
        }
        m_history->setRecord(m_kind, m_id, saved.title);
    }
    m_form->setRecord(saved.after);
    m_related->showRecord(m_kind, m_id);
    showStory(m_kind, m_id);
    m_recordTitle = saved.title;
    updateModifiedState();
    Q_EMIT recordSaved(m_kind, m_id);
    return true;
}

void RecordPane::revert()
{
    if (!m_form) {
        return;
    }
    if (m_id.isEmpty()) {
        m_form->setRecord({});
    } else {
        reloadFromStore();
    }
    updateHeader();
}

void RecordPane::deleteRecord()
{
    if (!m_form || m_id.isEmpty() || m_session.isReadOnly()) {
        return;
    }
    if (const auto error = CommandRunner::apply(
            *m_session.undoStack(),
            std::make_unique<TrashRecordCommand>(m_session, m_kind, m_id, TrashRecordCommand::Direction::ToTrash))) {
        MessageBox::critical(this, tr("Cannot delete"), error->message());
    }
}

void RecordPane::clear(const QString &hint)
{
    if (m_form) {
        m_formHolder->removeWidget(m_form);
        m_form->deleteLater();
        m_form = nullptr;
    }
    m_emptyHint->setText(hint.isEmpty() ? tr("Choose a record in a list to see it here.") : hint);
    m_formHolder->setCurrentWidget(m_emptyHint);
    m_tabs->setCurrentIndex(0);
    m_id.clear();
    m_related->showRecord(m_kind, {});
    m_history->setRecord(m_kind, {});
    showStory(m_kind, {});
    m_notice->hide();
    updateHeader();
}

// A new record has no story yet; records without one give the form the whole width.
void RecordPane::showStory(RecordKind kind, const QString &id)
{
    const bool shown = StoryPane::hasStory(kind) && !id.isEmpty();
    m_story->setVisible(shown);
    m_story->showRecord(kind, shown ? id : QString());
}

// After an edit, undo or redo anywhere: show what the database now holds, unless the officer is
// in the middle of typing (then their text wins until they save or revert).
void RecordPane::reloadFromStore()
{
    if (!m_form || m_id.isEmpty() || m_form->isModified() || !m_session.store()) {
        return;
    }
    try {
        const RecordResult current = recordsOf(m_session).current(m_kind, m_id); // one read: record and title
        m_form->setRecord(current.after);
        m_notice->setVisible(current.after.contains(u"deleted_at"_s));
        m_notice->setText(tr("This %1 is in the Trash. Undo or restore it from the Trash to edit it.")
                              .arg(recordKindLabel(m_kind).toLower()));
        m_related->showRecord(m_kind, m_id);
        m_recordTitle = current.title;
        updateModifiedState();
        return;
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Database) {
            m_notice->setText(error.message());
            m_session.reportReadFailure(error);
        } else {
            m_notice->setText(
                tr("This %1 no longer exists (it was purged or undone).").arg(recordKindLabel(m_kind).toLower()));
        }
        m_notice->show();
    }
    m_related->showRecord(m_kind, m_id);
    updateHeader();
}

// Re-reads the record's title (after a load, save, undo...) and refreshes the header.
void RecordPane::updateHeader()
{
    if (!m_form) {
        m_recordTitle = tr("No record selected");
    } else if (m_id.isEmpty()) {
        m_recordTitle = tr("New %1").arg(recordKindLabel(m_kind).toLower());
    } else {
        try {
            // Gone (purged, undone): the notice says so under the kind's name.
            m_recordTitle = titleIfExists(*m_session.store(), m_kind, m_id).value_or(recordKindLabel(m_kind));
        } catch (const Error &error) {
            m_session.reportReadFailure(error);
            //: The record pane's header when the damaged database could not give the record's title.
            m_recordTitle = tr("%1 (cannot be read)").arg(recordKindLabel(m_kind));
        }
    }
    updateModifiedState();
}

// Runs on every keystroke in the form: buttons and the "*" only, no database read.
void RecordPane::updateModifiedState()
{
    const bool has = m_form != nullptr;
    const bool modified = has && m_form->isModified();
    const bool writable = !m_session.isReadOnly();
    m_save->setEnabled(has && writable);
    m_revert->setEnabled(modified);
    m_delete->setEnabled(has && writable && !m_id.isEmpty());
    m_calendar->setVisible(has && m_kind == RecordKind::Meeting && !m_id.isEmpty());
    m_tabs->setTabEnabled(1, has && !m_id.isEmpty());
    m_tabs->setTabEnabled(2, has && !m_id.isEmpty());
    // Isolated, so that the "*" of an Arabic name's unsaved record stays at the end.
    const QString title = isolate(m_recordTitle);
    m_title->setText(modified ? title + u" *"_s : title);
    setWindowModified(modified);
}

} // namespace crm::ui
