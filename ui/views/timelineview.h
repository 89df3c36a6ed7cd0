#pragma once

#include "domain/recordkind.h"
#include "services/timeline.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QToolButton;

namespace crm::ui {

class DatabaseSession;
class DateEdit;
class TimelineDelegate;
class TimelineModel;

// The story of a delegate, an investor or a deal as a list: a filter row (text, kinds, period,
// order), actions to add a note, a follow-up or a meeting about the subject, then the events by
// year and month. The events are read once per subject and filtered in memory, so typing in the
// filter is instant; edits anywhere re-read them, keeping the selected event. Enter or a
// double-click on an event asks to open its record.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(DatabaseSession &session, QWidget *parent = nullptr);

    void showDelegate(const QString &id);
    void showInvestor(const QString &id);
    void showDeal(const QString &id);
    // A delegate, an investor or a deal; any other kind (or an empty id) clears the view.
    void showRecord(RecordKind kind, const QString &id);
    void clear();
    std::optional<RecordKind> subjectKind() const { return m_subjectKind; }
    QString subjectId() const { return m_subjectId; }
    // Reads the subject's events again, keeping the filter, the selection and the scroll position.
    void reload();

    // The filter, as the officer could set it from the filter row (the overview strip sets the period).
    void setPeriod(std::optional<QDate> from, std::optional<QDate> to);
    void setKinds(const QSet<TimelineEventKind> &kinds); // empty: all kinds
    void showDealsOnly();                                // stage changes and impact figures
    void setFilterText(const QString &text);
    void setNewestFirst(bool newestFirst);
    void focusFilter();
    // Puts another control (an export button, say) at the end of the filter row.
    void addToolWidget(QWidget *widget);

    // Every event of the subject, unfiltered, newest first (for the overview and exports).
    QList<TimelineEvent> events() const;
    // The events that pass the filter, in the order shown.
    QList<TimelineEvent> visibleEvents() const;
    TimelineModel *model() const { return m_model; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void openRecordRequested(crm::RecordKind kind, const QString &id);
    // "Add note", "Add follow-up", "Add meeting": the receiver creates the record linked to subjectId().
    void addRequested(crm::RecordKind kind);
    // The subject's events were read (another subject, or a reload after an edit).
    void eventsChanged();
    // The filter changed what is shown.
    void visibleEventsChanged();
    // The officer typed or picked a period in the filter row (not emitted by setPeriod()).
    void periodEdited(std::optional<QDate> from, std::optional<QDate> to);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createFilterRow();
    void createKindMenu();
    void createAddMenu();
    void onKindToggled(QAction *toggled);
    void onPeriodEdited();
    void load(bool keepPlace);
    void updateKindButton();
    void updateOrderButton();
    void updateState();
    void activate(const QModelIndex &index);
    void rememberPlace();
    void restorePlace();

    DatabaseSession &m_session;
    TimelineModel *m_model;
    TimelineDelegate *m_delegate;
    QLineEdit *m_filter;
    QPushButton *m_kindsButton;
    QMenu *m_kindsMenu;
    QHash<TimelineEventKind, QAction *> m_kindActions;
    QAction *m_allKindsAction = nullptr;
    QAction *m_dealsOnlyAction = nullptr;
    DateEdit *m_from;
    DateEdit *m_to;
    QToolButton *m_newestFirst;
    QPushButton *m_addButton;
    QLabel *m_count;
    QHBoxLayout *m_toolRow = nullptr;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_empty;

    std::optional<RecordKind> m_subjectKind;
    QString m_subjectId;
    // Where the officer was, kept across a model reset.
    std::optional<TimelineEvent> m_keptEvent;
    int m_keptScroll = 0;
    bool m_reloading = false;
};

} // namespace crm::ui
