#pragma once

#include "reports/programmereport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTimer;

namespace crm::ui {

class DatabaseSession;

// The programme report of a range of years, shown as it will print, with preview, print, PDF and
// CSV. A report needs the officers' exchange rates; the rates dialog is one click away, and the
// report is rebuilt when they change.
class ProgrammeReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProgrammeReportDialog(DatabaseSession &session, QWidget *parent = nullptr);

    void setRange(int fromYear, int toYear);
    void setCurrency(const QString &currency);
    const ProgrammeReport &report() const { return m_report; }
    QString html() const;

    // Rebuilds the report from the fields; a refused range is shown in place of the report.
    void rebuild();
    bool savePdf();
    bool saveCsv();
    void print();
    void preview();

    // The currencies a report can be made in: USD and JPY, and any other with rates in the table.
    static QStringList currencies(const DatabaseSession &session);

private:
    void editRates();
    void fillCurrencies();
    QString suggestedFileName(const QString &suffix) const;

    DatabaseSession &m_session;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QComboBox *m_currency;
    QLabel *m_status;
    QTextBrowser *m_view;
    QTimer *m_rebuildTimer;
    QList<QPushButton *> m_outputs;
    ProgrammeReport m_report;
    QString m_html;
};

} // namespace crm::ui
