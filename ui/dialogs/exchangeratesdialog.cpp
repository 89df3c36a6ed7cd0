#include "exchangeratesdialog.h"

#include "databasesession.h"
#include "domain/dateformat.h"
#include "domain/error.h"
#include "domain/officerzone.h"
#include "domain/referencedata.h"
#include "storage/ratestore.h"
#include "support/fielderrortext.h"
#include "support/screenfit.h"
#include "support/texttone.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
enum Column
{
    CurrencyColumn,
    YearColumn,
    PerUsdColumn,
    SourceColumn,
    ModifiedColumn,
    ColumnCount
};

QHash<QString, QString> fieldLabels()
{
    return {{u"currency"_s, ExchangeRatesDialog::tr("Currency")},
            {u"year"_s, ExchangeRatesDialog::tr("Year")},
            {u"per_usd"_s, ExchangeRatesDialog::tr("Units per US dollar")}};
}
} // namespace

ExchangeRatesDialog::ExchangeRatesDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, ColumnCount, this)),
      m_currency(new QComboBox(this)), m_year(new QSpinBox(this)), m_perUsd(new QLineEdit(this)),
      m_source(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(u"exchangeRatesDialog"_s);
    setWindowTitle(tr("Exchange Rates"));
    auto *intro = new QLabel(tr("Yearly average rates: how many units of a currency one US dollar bought over the "
                                "year. Reports convert each figure with the rate of its year; without one they "
                                "list the figure as not converted."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(u"ratesTable"_s);
    m_table->setAccessibleName(tr("Exchange rates"));
    m_table->setHorizontalHeaderLabels(
        {tr("Currency"), tr("Year"), tr("Units per US dollar"), tr("Source"), tr("Last changed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExchangeRatesDialog::showSelected);

    m_currency->setObjectName(u"rateCurrency"_s);
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const Currency &currency : reference::currencies()) {
        if (currency.code != u"USD"_s) {
            m_currency->addItem(u"%1 – %2"_s.arg(currency.code, currency.name), currency.code);
        }
    }
    m_currency->setCurrentIndex(m_currency->findData(u"JPY"_s));
    m_year->setObjectName(u"rateYear"_s);
    m_year->setRange(1950, 2100);
    m_year->setValue(m_session.clock().today().year() - 1);
    m_perUsd->setObjectName(u"ratePerUsd"_s);
    m_perUsd->setPlaceholderText(tr("e.g. 151.35"));
    m_source->setObjectName(u"rateSource"_s);
    m_source->setPlaceholderText(tr("e.g. IMF International Financial Statistics"));
    m_error->setObjectName(u"rateError"_s);
    m_error->setWordWrap(true);
    setTextTone(m_error, Tone::Error);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Currency"), m_currency);
    form->addRow(tr("&Year"), m_year);
    form->addRow(tr("&Units per US dollar"), m_perUsd);
    form->addRow(tr("S&ource"), m_source);

    auto *setButton = new QPushButton(tr("&Set Rate"), this);
    setButton->setObjectName(u"setRateButton"_s);
    auto *removeButton = new QPushButton(tr("&Remove Selected"), this);
    removeButton->setObjectName(u"removeRateButton"_s);
    connect(setButton, &QPushButton::clicked, this, &ExchangeRatesDialog::setRate);
    connect(removeButton, &QPushButton::clicked, this, &ExchangeRatesDialog::removeSelected);
    auto *actions = new QHBoxLayout;
    actions->addWidget(setButton);
    actions->addWidget(removeButton);
    actions->addStretch();
    // A database opened read-only shows its rates; none can be set or removed.
    for (QWidget *editor :
         std::initializer_list<QWidget *>{m_currency, m_year, m_perUsd, m_source, setButton, removeButton}) {
        editor->setEnabled(!m_session.isReadOnly());
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(720, 560));
    reload();
}

void ExchangeRatesDialog::setEntry(const QString &currency, int year)
{
    const int index = m_currency->findData(currency);
    if (index >= 0) {
        m_currency->setCurrentIndex(index);
    }
    m_year->setValue(year);
    m_perUsd->clear();
    m_perUsd->setFocus();
}

QString ExchangeRatesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ExchangeRatesDialog::setRate()
{
    if (!m_session.database()) {
        return false;
    }
    // The combo is editable: a typed code ("eur") counts as much as a chosen one.
    QString currency = m_currency->currentData().toString();
    if (m_currency->currentText() != m_currency->itemText(m_currency->currentIndex())) {
        currency = m_currency->currentText().section(u' ', 0, 0).trimmed().toUpper();
    }
    try {
        m_session.database()->rates().set(currency, m_year->value(), m_perUsd->text(), m_source->text().trimmed());
    } catch (const Error &error) {
        m_error->setText(fieldErrorText(error, fieldLabels()));
        m_error->show();
        return false;
    }
    m_error->hide();
    m_error->clear();
    reload();
    Q_EMIT ratesChanged();
    return true;
}

void ExchangeRatesDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_session.database()) {
        return;
    }
    const QString currency = m_table->item(row, CurrencyColumn)->text();
    const int year = m_table->item(row, YearColumn)->text().toInt();
    try {
        m_session.database()->rates().remove(currency, year);
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    reload();
    Q_EMIT ratesChanged();
}

void ExchangeRatesDialog::reload()
{
    m_table->setRowCount(0);
    if (!m_session.database()) {
        return;
    }
    const QList<ExchangeRate> rates = m_session.database()->rates().list();
    m_table->setRowCount(static_cast<int>(rates.size()));
    const QLocale locale;
    for (int row = 0; row < rates.size(); ++row) {
        const ExchangeRate &rate = rates.at(row);
        const QStringList cells{rate.currency, QString::number(rate.year), rate.perUsd, rate.source,
                                formatDateTime(toOfficerTime(rate.modifiedAt), locale)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == YearColumn || column == PerUsdColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void ExchangeRatesDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    setEntry(m_table->item(row, CurrencyColumn)->text(), m_table->item(row, YearColumn)->text().toInt());
    m_perUsd->setText(m_table->item(row, PerUsdColumn)->text());
    m_source->setText(m_table->item(row, SourceColumn)->text());
}

} // namespace crm::ui
