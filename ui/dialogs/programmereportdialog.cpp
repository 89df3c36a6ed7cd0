#include "programmereportdialog.h"

#include "databasesession.h"
#include "dialogs/exchangeratesdialog.h"
#include "documents/documentwriter.h"
#include "documents/programmereportexport.h"
#include "domain/error.h"
#include "storage/ratestore.h"
#include "support/dialogbuttons.h"
#include "support/documentprinting.h"
#include "support/fielderrortext.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "support/screenfit.h"
#include "support/settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

ProgrammeReportDialog::ProgrammeReportDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_from(new QSpinBox(this)), m_to(new QSpinBox(this)),
      m_currency(new QComboBox(this)), m_status(new QLabel(this)), m_view(new QTextBrowser(this)),
      m_rebuildTimer(new QTimer(this))
{
    setObjectName(u"programmeReportDialog"_s);
    setWindowTitle(tr("Programme Report"));
    // A report of a large database takes a second or two: clicking through years rebuilds once.
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(400);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ProgrammeReportDialog::rebuild);
    const int thisYear = m_session.clock().today().year();
    for (QSpinBox *year : {m_from, m_to}) {
        year->setRange(1950, 2100);
        year->setValue(thisYear);
        year->setKeyboardTracking(false); // a report per finished year, not per digit typed
        connect(year, &QSpinBox::valueChanged, m_rebuildTimer, qOverload<>(&QTimer::start));
    }
    m_from->setObjectName(u"reportFrom"_s);
    m_to->setObjectName(u"reportTo"_s);
    m_currency->setObjectName(u"reportCurrency"_s);
    m_currency->setToolTip(tr("The currency capex is converted into, with the yearly average rates"));
    fillCurrencies();
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        Settings::setValue(Settings::Key::ReportCurrency, m_currency->currentData());
        rebuild();
    });
    auto *rates = new QPushButton(tr("Exchange &Rates…"), this);
    rates->setObjectName(u"reportRatesButton"_s);
    connect(rates, &QPushButton::clicked, this, &ProgrammeReportDialog::editRates);

    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto *currencyLabel = new QLabel(tr("&Currency"), this);
    currencyLabel->setBuddy(m_currency);
    auto *range = new QHBoxLayout;
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addSpacing(12);
    range->addWidget(currencyLabel);
    range->addWidget(m_currency);
    range->addWidget(rates);
    range->addStretch();

    m_view->setObjectName(u"reportView"_s);
    m_view->setAccessibleName(tr("Programme report"));
    // Created before the rates button, the report would come before it on Tab.
    setTabOrder(m_currency, rates);
    setTabOrder(rates, m_view);
    m_view->setOpenLinks(false);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto addOutput = [&](const QString &text, const QString &name, const std::function<void()> &action) {
        m_outputs << addActionButton(*buttons, text, name, action);
    };
    addOutput(tr("Pre&view…"), u"reportPreviewButton"_s, [this] { preview(); });
    addOutput(tr("&Print…"), u"reportPrintButton"_s, [this] { print(); });
    addOutput(tr("Save P&DF…"), u"reportPdfButton"_s, [this] { savePdf(); });
    addOutput(tr("Save C&SV…"), u"reportCsvButton"_s, [this] { saveCsv(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(900, 760));
    rebuild();
}

void ProgrammeReportDialog::setRange(int fromYear, int toYear)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setValue(fromYear);
        m_to->setValue(toYear);
    }
    rebuild();
}

void ProgrammeReportDialog::setCurrency(const QString &currency)
{
    const int index = m_currency->findData(currency);
    if (index >= 0) {
        m_currency->setCurrentIndex(index);
    }
}

QString ProgrammeReportDialog::html() const
{
    return m_html;
}

QStringList ProgrammeReportDialog::currencies(const DatabaseSession &session)
{
    // USD needs no rate; any other currency can be the reporting one once the table has its rates.
    QStringList codes{u"USD"_s, u"JPY"_s};
    if (session.database()) {
        for (const ExchangeRate &rate : session.database()->rates().list()) {
            if (!codes.contains(rate.currency)) {
                codes << rate.currency;
            }
        }
    }
    return codes;
}

void ProgrammeReportDialog::fillCurrencies()
{
    const QStringList codes = currencies(m_session);
    const QString current = m_currency->count() > 0 ? m_currency->currentData().toString()
                                                    : Settings::value(Settings::Key::ReportCurrency).toString();
    const QSignalBlocker blocker(m_currency);
    m_currency->clear();
    for (const QString &code : codes) {
        m_currency->addItem(code, code);
    }
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(current)));
}

void ProgrammeReportDialog::rebuild()
{
    m_rebuildTimer->stop();
    if (!m_session.database()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_report = ProgrammeReportBuilder(*m_session.database())
                       .build(m_from->value(), m_to->value(), m_currency->currentData().toString());
        m_html = programmeReportHtml(m_report, QLocale());
        m_status->setText(m_report.missingRates.isEmpty()
                              ? QString()
                              : tr("Some capex could not be converted: rates are missing for %1. Add them with "
                                   "Exchange Rates… to count it in %2.")
                                    .arg(missingRatesText(m_report.missingRates), m_report.currency));
    } catch (const Error &error) {
        m_report = {};
        m_html.clear();
        m_status->setText(
            fieldErrorText(error, {{u"from"_s, tr("From")}, {u"to"_s, tr("To")}, {u"currency"_s, tr("Currency")}}));
    }
    QApplication::restoreOverrideCursor();
    m_view->setHtml(m_html);
    for (QPushButton *button : std::as_const(m_outputs)) {
        button->setEnabled(!m_html.isEmpty());
    }
}

bool ProgrammeReportDialog::savePdf()
{
    const QString path = FileDialog::saveFileName(this, tr("Save the report as PDF"), suggestedFileName(u".pdf"_s),
                                                  tr("PDF files (*.pdf)"));
    if (path.isEmpty() || m_html.isEmpty()) {
        return false;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        writeProgrammeReportPdf(path, m_report, QLocale());
        QApplication::restoreOverrideCursor();
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        MessageBox::critical(this, tr("Cannot save the PDF"), error.message());
        return false;
    }
    return true;
}

bool ProgrammeReportDialog::saveCsv()
{
    const QString path = FileDialog::saveFileName(this, tr("Save the report as CSV"), suggestedFileName(u".csv"_s),
                                                  tr("CSV files (*.csv)"));
    if (path.isEmpty() || m_html.isEmpty()) {
        return false;
    }
    // QSaveFile: a failed write leaves any earlier file as it was, never half a table.
    QSaveFile file(path);
    const QByteArray csv = programmeReportCsv(m_report);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        MessageBox::critical(this, tr("Cannot save the CSV"),
                             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void ProgrammeReportDialog::print()
{
    if (!m_html.isEmpty()) {
        const QString title = programmeReportTitle(m_report);
        DocumentPrinting::print(this, title, m_html, PageFrame{{}, title, {}});
    }
}

void ProgrammeReportDialog::preview()
{
    if (!m_html.isEmpty()) {
        const QString title = programmeReportTitle(m_report);
        DocumentPrinting::preview(this, title, m_html, PageFrame{{}, title, {}});
    }
}

void ProgrammeReportDialog::editRates()
{
    ExchangeRatesDialog dialog(m_session, this);
    if (!m_report.missingRates.isEmpty()) {
        const MissingRate &first = m_report.missingRates.first();
        dialog.setEntry(first.currency == u"USD"_s ? m_report.currency : first.currency, first.year);
    }
    bool changed = false;
    connect(&dialog, &ExchangeRatesDialog::ratesChanged, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed) {
        fillCurrencies();
        rebuild();
    }
}

QString ProgrammeReportDialog::suggestedFileName(const QString &suffix) const
{
    const QString years = m_report.fromYear == m_report.toYear ? QString::number(m_report.fromYear)
                                                               : u"%1-%2"_s.arg(m_report.fromYear).arg(m_report.toYear);
    return FileDialog::suggestedPath(QStandardPaths::DocumentsLocation, tr("programme-report") + u'-' + years, suffix);
}

} // namespace crm::ui
