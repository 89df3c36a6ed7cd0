#pragma once

#include "domain/recordkind.h"

#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QScrollArea;
class QSplitter;
class QToolButton;

namespace crm::ui {

class DatabaseSession;
class DealImpactPanel;
class DelegateImpactPanel;
class TimelineOverview;
class TimelineView;

// The story of the record on show, next to its form: for a delegate the deals credited and their
// impact, for a deal its stages, credits and impact table, then for a delegate, an investor or a
// deal the overview strip and the timeline, with
// export (print, PDF, CSV) and quick entry of a note, a follow-up or a meeting.
class StoryPane final : public QWidget
{
    Q_OBJECT

public:
    explicit StoryPane(DatabaseSession &session, QWidget *parent = nullptr);

    static bool hasStory(RecordKind kind);
    // Shows the story of the record; empty id or a kind without a story clears it.
    void showRecord(RecordKind kind, const QString &id);

    TimelineView *timeline() const { return m_timeline; }
    TimelineOverview *overview() const { return m_overview; }
    DelegateImpactPanel *impact() const { return m_impact; }
    DealImpactPanel *dealImpact() const { return m_dealImpact; }

    void exportPdf();
    void exportCsv();
    void print();
    // The subject's profile (investor, delegate) in the Print Briefing dialog.
    void printBriefing();

Q_SIGNALS:
    void openRecordRequested(crm::RecordKind kind, const QString &id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void apportion();
    void updateOverview();
    void addRecord(RecordKind kind);
    void addMeeting();
    // The subject's title for a document's heading, empty when the record is gone; nothing once a
    // read failure has been reported (a damaged file must not give an untitled document).
    std::optional<QString> subjectTitle() const;
    static QString suggestedFileName(const QString &title, const QString &suffix);

    DatabaseSession &m_session;
    RecordKind m_kind = RecordKind::Delegate;
    QString m_id;
    DelegateImpactPanel *m_impact;
    DealImpactPanel *m_dealImpact;
    TimelineOverview *m_overview;
    TimelineView *m_timeline;
    QToolButton *m_export;
    QSplitter *m_split;
    QScrollArea *m_glance;               // the impact panels and the overview strip, above the timeline
    bool m_splitChosen = false;          // the officer dragged the splitter: keep their heights
    QAction *m_briefingAction = nullptr; // only for subjects with a briefing document
};

} // namespace crm::ui
