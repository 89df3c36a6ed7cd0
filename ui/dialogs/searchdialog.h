#pragma once

#include "domain/recordkind.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace crm::ui {

class DatabaseSession;
class SearchResultsModel;

// Search everything (Ctrl+K): one box, results grouped by kind while the officer types, best
// first. Up and Down choose a result without leaving the box; Enter opens the chosen one (the
// best one when none is chosen) and closes; Escape closes.
class SearchDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(DatabaseSession &session, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_box; }
    QTreeView *resultsView() const { return m_results; }
    SearchResultsModel *resultsModel() const { return m_model; }
    // Searches now for what is in the box, without waiting for the typing pause.
    void searchNow();

Q_SIGNALS:
    void openRequested(RecordKind kind, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();
    void moveSelection(int step);

    DatabaseSession &m_session;
    QLineEdit *m_box;
    QTreeView *m_results;
    SearchResultsModel *m_model;
    QLabel *m_status;
    QTimer *m_typingPause;
};

} // namespace crm::ui
