#pragma once

#include <QMainWindow>

class QLabel;
class QTableView;

namespace crm::ui {

class DatabaseSession;
class RecordCountModel;

// The application window. It composes panes and menus; the session owns the database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DatabaseSession &session, QWidget *parent = nullptr);

    // Offers the sample dataset when the open database holds no records yet.
    void offerSampleData();

private:
    void createMenus();
    void onDatabaseChanged();
    void openDatabase(bool create);

    DatabaseSession &m_session;
    RecordCountModel *m_counts = nullptr;
    QTableView *m_countView = nullptr;
    QLabel *m_pathLabel = nullptr;
};

} // namespace crm::ui
