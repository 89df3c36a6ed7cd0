#pragma once

#include "domain/recordkind.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;

namespace crm::ui {

class DatabaseSession;
class PipelineModel;

// The deals pipeline: one column per stage, Lead to Aftercare, with On hold and Lost set apart on
// the right. A deal changes stage by dragging its card to another column or with Ctrl+Right /
// Ctrl+Left; each move asks its date (and for Lost, the reason) and is one undoable edit. Arrow
// keys move between cards and columns; Enter or a double-click opens the deal.
class PipelineBoard final : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineBoard(DatabaseSession &session, QWidget *parent = nullptr);

    PipelineModel *model() const { return m_model; }
    QListView *column(const QString &stage) const;
    QString currentDealId() const;
    bool selectDeal(const QString &dealId);
    // Moves the current deal one stage on (step 1) or back (-1).
    void moveCurrent(int step);
    // Asks the date (and reason) and makes the move one undo step; false when cancelled or refused.
    bool moveDeal(const QString &dealId, const QString &stage);

Q_SIGNALS:
    void openRecordRequested(crm::RecordKind kind, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListView *createColumn(const QString &stage, QWidget *parent);
    void refresh();
    void refillFilters();
    void applyFilters();
    void restoreRoots();
    void updateHeaders();
    void updateActions();
    QListView *currentColumn() const;
    void focusColumn(qsizetype column, int row);

    DatabaseSession &m_session;
    PipelineModel *m_model;
    QComboBox *m_countryFilter;
    QComboBox *m_sectorFilter;
    QComboBox *m_delegateFilter;
    QComboBox *m_yearFilter;
    QAction *m_nextStageAction;
    QAction *m_previousStageAction;
    QList<QListView *> m_columns; // in Deal::stages() order
    QList<QLabel *> m_headers;
    QListView *m_lastColumn = nullptr;
};

} // namespace crm::ui
