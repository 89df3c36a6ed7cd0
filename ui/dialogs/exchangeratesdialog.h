#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace crm::ui {

class DatabaseSession;

// The officers' table of yearly average exchange rates (units of a currency per US dollar), which
// reports use to convert capex into the reporting currency. Each change is written at once, in
// its own transaction, and audited; a refused value is explained under the form, naming the field.
class ExchangeRatesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExchangeRatesDialog(DatabaseSession &session, QWidget *parent = nullptr);

    // Pre-fills the form, e.g. with a rate a report found missing.
    void setEntry(const QString &currency, int year);
    QTableWidget *table() const { return m_table; }
    QString errorText() const;

    // Adds or replaces the rate in the form; false (with the reason shown) when it is refused.
    bool setRate();
    // Removes the rate selected in the table, if any.
    void removeSelected();

Q_SIGNALS:
    void ratesChanged();

private:
    void reload();
    void showSelected();

    DatabaseSession &m_session;
    QTableWidget *m_table;
    QComboBox *m_currency;
    QSpinBox *m_year;
    QLineEdit *m_perUsd;
    QLineEdit *m_source;
    QLabel *m_error;
};

} // namespace crm::ui
