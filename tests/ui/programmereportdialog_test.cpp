#include "dialogs/exchangeratesdialog.h"
#include "dialogs/programmereportdialog.h"
#include "pdftext.h"
#include "samplesession.h"
#include "storage/ratestore.h"
#include "support/documentprinting.h"
#include "support/filedialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
QString labelText(const QWidget &parent, const QString &name)
{
    return parent.findChild<QLabel *>(name)->text();
}

QPushButton *button(const QWidget &parent, const QString &name)
{
    return parent.findChild<QPushButton *>(name);
}
} // namespace

TEST_CASE("the report dialog shows the sample's Yazaki figures and saves them as a PDF with those totals",
          "[ui][report]")
{
    test::SampleSession sample;
    ProgrammeReportDialog dialog(sample.session());
    dialog.setCurrency(u"USD"_s);
    dialog.setRange(2000, 2020);
    CHECK(dialog.report().totals.jobsRealised == 12500);
    const QString shown = dialog.findChild<QTextBrowser *>(u"reportView"_s)->toPlainText();
    CHECK(shown.contains(u"12,500"_s));
    CHECK(shown.contains(u"Mohamed Aref Hassani"_s));
    CHECK(labelText(dialog, u"reportStatus"_s).isEmpty()); // every figure is in USD

    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    FileDialog::setNextFileName(path);
    REQUIRE(dialog.savePdf());
    const auto text = test::pdfText(path);
    if (text) {
        CHECK(text->contains(u"Programme report 2000–2020"_s));
        CHECK(text->contains(u"12,500"_s));         // direct jobs realised
        CHECK(text->contains(u"250,000,000.00"_s)); // capex realised, USD
        CHECK(text->contains(u"100,000,000.00"_s)); // capex announced, USD
        CHECK(text->contains(u"Page 1 of "_s));
    }

    const QString csvPath = dir.filePath(u"report.csv"_s);
    FileDialog::setNextFileName(csvPath);
    REQUIRE(dialog.saveCsv());
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().startsWith("\xEF\xBB\xBFprogramme_report,2000,2020,USD\r\n"));
}

TEST_CASE("a report in yen without rates says which rates are missing", "[ui][report]")
{
    test::SampleSession sample;
    ProgrammeReportDialog dialog(sample.session());
    dialog.setRange(2000, 2020);
    dialog.setCurrency(u"JPY"_s);
    REQUIRE(dialog.report().currency == u"JPY"_s);
    CHECK_FALSE(dialog.report().missingRates.isEmpty());
    const QString status = labelText(dialog, u"reportStatus"_s);
    // The yen rates of the years the dollar figures are dated in.
    CHECK(dialog.report().missingRates.constFirst().currency == u"JPY"_s);
    CHECK(status.contains(missingRatesText(dialog.report().missingRates)));
    CHECK(status.contains(u"Exchange Rates"_s));
}

TEST_CASE("a range that ends before it starts is explained and nothing can be saved", "[ui][report]")
{
    test::SampleSession sample;
    ProgrammeReportDialog dialog(sample.session());
    dialog.setRange(2021, 2020);
    CHECK(labelText(dialog, u"reportStatus"_s) == u"To: must not be before the first year"_s);
    CHECK_FALSE(button(dialog, u"reportPdfButton"_s)->isEnabled());
    CHECK_FALSE(button(dialog, u"reportPrintButton"_s)->isEnabled());

    // An empty but valid range is an honest empty report, not an error.
    dialog.setRange(1960, 1961);
    CHECK(dialog.report().isEmpty());
    CHECK(button(dialog, u"reportPdfButton"_s)->isEnabled());
}

TEST_CASE("printing paints the same numbered pages as the PDF", "[ui][report]")
{
    test::SampleSession sample;
    ProgrammeReportDialog dialog(sample.session());
    dialog.setRange(2000, 2020);
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    DocumentPrinting::setUp(printer, u"Programme report"_s);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    REQUIRE(DocumentPrinting::paint(printer, dialog.html(), PageFrame{{}, u"Programme report"_s, {}}));
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
    if (const auto text = test::pdfText(dir.filePath(u"printed.pdf"_s))) {
        CHECK(text->contains(u"12,500"_s));
        CHECK(text->contains(u"Page 1 of "_s));
    }
}

TEST_CASE("the rates dialog sets, explains a refused value, and removes a rate", "[ui][report]")
{
    test::SampleSession sample;
    ExchangeRatesDialog dialog(sample.session());
    int changes = 0;
    QObject::connect(&dialog, &ExchangeRatesDialog::ratesChanged, [&changes] { ++changes; });
    const int before = dialog.table()->rowCount();

    dialog.setEntry(u"JPY"_s, 2008);
    dialog.findChild<QLineEdit *>(u"ratePerUsd"_s)->setText(u"abc"_s);
    CHECK_FALSE(dialog.setRate());
    CHECK(dialog.errorText().startsWith(u"Units per US dollar: "_s));
    CHECK(changes == 0);

    dialog.findChild<QLineEdit *>(u"ratePerUsd"_s)->setText(u"103.36"_s);
    dialog.findChild<QLineEdit *>(u"rateSource"_s)->setText(u"IMF IFS"_s);
    REQUIRE(dialog.setRate());
    CHECK(dialog.errorText().isEmpty());
    CHECK(changes == 1);
    REQUIRE(dialog.table()->rowCount() == before + 1);
    const QList<ExchangeRate> rates = sample.session().database()->rates().list();
    const auto stored = std::find_if(rates.cbegin(), rates.cend(),
                                     [](const ExchangeRate &r) { return r.currency == u"JPY"_s && r.year == 2008; });
    REQUIRE(stored != rates.cend());
    CHECK(stored->perUsd == u"103.36"_s);
    CHECK(stored->source == u"IMF IFS"_s);

    const auto rows = dialog.table()->findItems(u"2008"_s, Qt::MatchExactly);
    REQUIRE(rows.size() == 1);
    dialog.table()->selectRow(rows.first()->row());
    dialog.removeSelected();
    CHECK(dialog.table()->rowCount() == before);
    CHECK(changes == 2);
}

TEST_CASE("a rate set from the report dialog's currency makes the yen report whole", "[ui][report]")
{
    test::SampleSession sample;
    ProgrammeReportDialog dialog(sample.session());
    dialog.setRange(2000, 2020);
    dialog.setCurrency(u"JPY"_s);
    const QList<MissingRate> missing = dialog.report().missingRates;
    REQUIRE_FALSE(missing.isEmpty());
    for (const MissingRate &rate : missing) {
        sample.session().database()->rates().set(rate.currency, rate.year, u"110"_s);
    }
    dialog.rebuild();
    CHECK(dialog.report().missingRates.isEmpty());
    CHECK(labelText(dialog, u"reportStatus"_s).isEmpty());
    // 250,000,000 USD realised at 110 yen each.
    CHECK(dialog.report().totals.capexRealised.converted == Q_INT64_C(27500000000));
}

TEST_CASE("years chosen in the spin boxes rebuild the report once they settle", "[ui][report]")
{
    test::SampleSession sample;
    ProgrammeReportDialog dialog(sample.session());
    dialog.setRange(2000, 2020);
    auto *to = dialog.findChild<QSpinBox *>(u"reportTo"_s);
    to->setValue(2001);
    to->setValue(2002);
    CHECK(dialog.report().toYear == 2020); // not yet: a click through the years rebuilds once
    CHECK(QTest::qWaitFor([&] { return dialog.report().toYear == 2002; }, 5000));
}
