#pragma once

#include "domain/recordkind.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace crm::ui {

class DatabaseSession;
class HistoryView;
class RecordForm;
class RelatedPane;
class StoryPane;

// The record on show: its form (with the story of a delegate, an investor or a deal beside it),
// its related records and its history, with Save, Revert and Delete. Edits go through undo commands on the session's
// stack.
class RecordPane final : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPane(DatabaseSession &session, QWidget *parent = nullptr);

    // Shows a record; asks first when the one on show has unsaved changes. Returns false when the
    // user chose to stay.
    bool showRecord(RecordKind kind, const QString &id);
    bool newRecord(RecordKind kind);
    bool save();
    void revert();
    void deleteRecord();
    // Shows no record, with a sentence saying what to do (the default: choose one in a list).
    void clear(const QString &hint = {});
    // Asks to save or discard pending edits; false when the user cancels.
    bool maybeSave();

    RecordForm *form() const { return m_form; }
    StoryPane *story() const { return m_story; }
    QSplitter *detailsSplitter() const { return m_details; }
    RecordKind kind() const { return m_kind; }
    QString recordId() const { return m_id; }
    bool hasRecord() const { return m_form != nullptr; }

Q_SIGNALS:
    void recordSaved(crm::RecordKind kind, const QString &id);
    void openRecordRequested(crm::RecordKind kind, const QString &id);

private:
    void setForm(RecordKind kind);
    void reloadFromStore();
    void updateHeader();
    void updateModifiedState();
    void showStory(RecordKind kind, const QString &id);

    DatabaseSession &m_session;
    RecordKind m_kind = RecordKind::Delegate;
    QString m_id;
    QString m_recordTitle;
    RecordForm *m_form = nullptr;
    QLabel *m_title;
    QLabel *m_notice;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QToolButton *m_calendar; // a meeting's "Add to Calendar", with "Save to Calendar File…" in its menu
    QTabWidget *m_tabs;
    QStackedWidget *m_formHolder;
    QLabel *m_emptyHint; // in the form's place when no record is on show
    StoryPane *m_story;
    QSplitter *m_details; // the form, and beside it the story of a delegate, an investor or a deal
    RelatedPane *m_related;
    HistoryView *m_history;
};

} // namespace crm::ui
