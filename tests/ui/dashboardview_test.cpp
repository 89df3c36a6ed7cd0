#include "reports/programmereport.h"
#include "samplesession.h"
#include "services/currencyconverter.h"
#include "support/filedialog.h"
#include "views/dashboardcharts.h"
#include "views/dashboardview.h"
#include "widgets/chartcard.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using Chart = DashboardView::Chart;

namespace {
// The sample dataset at the test clock's 2026-11-29: seven deals from 1996 to 2026 in five host
// countries (two in Morocco: Yazaki's plants and the cabin-interior workshop), five delegates,
// capex in USD and, for the cabin-interior workshop, 4,500,000,000 JPY of 2026 with no rate; three
// of 佐藤 花子's follow-ups are overdue (45, 152 and 243 days).
struct Fixture
{
    Fixture()
    {
        view.resize(1400, 900);
        view.show(); // the first show reads the data
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }

    QComboBox *combo(const QString &name) { return view.findChild<QComboBox *>(name); }
    QSpinBox *spin(const QString &name) { return view.findChild<QSpinBox *>(name); }
    void choose(QComboBox *box, const QVariant &data)
    {
        REQUIRE(box);
        const int index = box->findData(data);
        REQUIRE(index >= 0);
        box->setCurrentIndex(index);
    }

    test::SampleSession sample;
    DashboardView view{sample.session()};
};

QAbstractBarSeries *seriesOf(ChartCard *card)
{
    REQUIRE(card->chart());
    REQUIRE(card->chart()->series().size() == 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(card->chart()->series().constFirst());
    REQUIRE(series);
    return series;
}

QStringList categoriesOf(ChartCard *card)
{
    const QList<QAbstractAxis *> axes = seriesOf(card)->attachedAxes();
    for (QAbstractAxis *axis : axes) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            return categories->categories();
        }
    }
    FAIL("no category axis");
    return {};
}

qreal sumOf(ChartCard *card)
{
    qreal sum = 0;
    for (QBarSet *set : seriesOf(card)->barSets()) {
        sum += set->sum();
    }
    return sum;
}

QString valueAxisTitle(ChartCard *card)
{
    for (QAbstractAxis *axis : seriesOf(card)->attachedAxes()) {
        if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            return values->titleText();
        }
    }
    return {};
}
} // namespace

TEST_CASE("the dashboard draws every chart of the sample data from its first to its last year", "[ui][dashboard]")
{
    Fixture f;
    CHECK(f.spin(u"dashboardFromYear"_s)->value() == 1996);
    CHECK(f.spin(u"dashboardToYear"_s)->value() == 2026);
    // All countries and the five with deals.
    CHECK(f.combo(u"dashboardCountryFilter"_s)->count() == 6);

    ChartCard *stages = f.view.card(Chart::DealsByStage);
    CHECK(categoriesOf(stages).size() == 11); // every stage, in pipeline order
    CHECK(seriesOf(stages)->barSets().size() == 1);
    CHECK(sumOf(stages) == 7);

    ChartCard *capex = f.view.card(Chart::Capex);
    CHECK(categoriesOf(capex).size() == 5); // by host country
    REQUIRE(seriesOf(capex)->barSets().size() == 2);
    CHECK(seriesOf(capex)->barSets()[0]->label() == u"Announced"_s);
    CHECK(valueAxisTitle(capex) == u"Million USD"_s);
    // Yazaki's 100 and 250 million dollars; the cabin-interior yen are not converted.
    CHECK(sumOf(capex) == Approx(350));
    CHECK(capex->caption().contains(u"4,500,000,000 JPY"_s));

    ChartCard *jobs = f.view.card(Chart::DirectJobs);
    CHECK(categoriesOf(jobs).size() == 5);
    CHECK(sumOf(jobs) == 3000 + 12500 + 350);

    CHECK(categoriesOf(f.view.card(Chart::DelegateDeals)).size() == 5);
    CHECK(sumOf(f.view.card(Chart::DelegateDeals)) == 7);
    CHECK(f.view.card(Chart::DelegateDeals)->caption().contains(u"counts once for each of them"_s));
    CHECK(categoriesOf(f.view.card(Chart::DelegateJobs)).size() == 5);

    ChartCard *overdue = f.view.card(Chart::OverdueFollowUps);
    CHECK(categoriesOf(overdue) == QStringList{u"佐藤 花子"_s});
    CHECK(seriesOf(overdue)->barSets().size() == 4); // one per age
    CHECK(sumOf(overdue) == 3);

    CHECK(f.view.missingRatesText().contains(u"JPY 2026"_s));
    CHECK(f.view.summaryText().contains(u"Deals: 7"_s));
}

TEST_CASE("choosing a host country redraws the dashboard for its deals", "[ui][dashboard]")
{
    Fixture f;
    f.choose(f.combo(u"dashboardCountryFilter"_s), u"MA"_s);
    CHECK(f.view.filter().hostCountry == u"MA"_s);
    CHECK(sumOf(f.view.card(Chart::DealsByStage)) == 2);
    CHECK(categoriesOf(f.view.card(Chart::Capex)) == QStringList{u"Morocco"_s});
    CHECK(categoriesOf(f.view.card(Chart::DelegateDeals)) == QStringList{u"Mohamed Aref Hassani"_s});
    CHECK(f.view.summaryText().contains(u"Deals: 2"_s));

    f.choose(f.combo(u"dashboardCountryFilter"_s), QString());
    CHECK(sumOf(f.view.card(Chart::DealsByStage)) == 7);
}

TEST_CASE("the dashboard breaks capex and jobs down by year, one column per year", "[ui][dashboard]")
{
    Fixture f;
    f.choose(f.combo(u"dashboardBreakdown"_s), static_cast<int>(2)); // by year
    CHECK(categoriesOf(f.view.card(Chart::Capex)).size() == 31);     // 1996 ... 2026, empty years too
    f.spin(u"dashboardFromYear"_s)->setValue(2020);
    const QStringList years = categoriesOf(f.view.card(Chart::DirectJobs));
    CHECK(years == QStringList{u"2020"_s, u"2021"_s, u"2022"_s, u"2023"_s, u"2024"_s, u"2025"_s, u"2026"_s});
    // 2020: Yazaki's 12,500 realised jobs; 2026: the cabin-interior workshop's 350 announced.
    CHECK(sumOf(f.view.card(Chart::DirectJobs)) == 12500 + 350);
    CHECK(f.view.card(Chart::DirectJobs)->caption().contains(u"counts in each"_s));
}

TEST_CASE("a range without deals says so instead of drawing empty axes", "[ui][dashboard]")
{
    Fixture f;
    f.spin(u"dashboardFromYear"_s)->setValue(1960);
    f.spin(u"dashboardToYear"_s)->setValue(1961);
    for (Chart chart : {Chart::DealsByStage, Chart::Capex, Chart::DirectJobs, Chart::DelegateDeals}) {
        ChartCard *card = f.view.card(chart);
        CHECK(card->chart() == nullptr);
        CHECK(card->emptyText() == u"No deals in this range"_s);
        CHECK_FALSE(card->findChild<QToolButton *>(u"copyTableButton"_s)->isEnabled());
        CHECK_FALSE(card->findChild<QToolButton *>(u"savePngButton"_s)->isEnabled());
    }
    CHECK(f.view.missingRatesText().isEmpty());
    // Overdue follow-ups are about today, whatever the range.
    CHECK(f.view.card(Chart::OverdueFollowUps)->chart() != nullptr);
}

TEST_CASE("Copy table puts the chart's numbers on the clipboard with a header row", "[ui][dashboard]")
{
    Fixture f;
    f.choose(f.combo(u"dashboardCountryFilter"_s), u"MA"_s);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(f.view.card(Chart::Capex)->findChild<QToolButton *>(u"copyTableButton"_s), Qt::LeftButton);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    REQUIRE(mime);
    CHECK(mime->text() == u"Host country\tDeals\tLost deals\tCapex announced (USD)\tCapex realised (USD)\t"
                          u"Announced, not converted\tRealised, not converted\n"
                          u"Morocco\t2\t0\t100000000.00\t250000000.00\t4500000000 JPY\t\n"
                          u"Total\t2\t0\t100000000.00\t250000000.00\t4500000000 JPY\t\n"_s);
    CHECK(mime->html().contains(u"<th>Capex announced (USD)</th>"_s));

    f.view.card(Chart::OverdueFollowUps)->copyTable();
    CHECK(QGuiApplication::clipboard()->text() == u"Officer\t1–7 days\t8–30 days\t31–90 days\tOver 90 days\tTotal\n"
                                                  u"佐藤 花子\t0\t0\t1\t2\t3\n"
                                                  u"Total\t0\t0\t1\t2\t3\n"_s);
}

TEST_CASE("Save PNG writes the chart as a picture where the officer chose", "[ui][dashboard]")
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"capex.png"_s);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(f.view.card(Chart::Capex)->findChild<QToolButton *>(u"savePngButton"_s), Qt::LeftButton);
    QImageReader reader(path);
    CHECK(reader.format() == "png");
    const QImage image = reader.read();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 300);
    CHECK(image.height() > 200);

    // Cancelling the dialog writes nothing.
    FileDialog::setNextFileName(QString());
    f.view.card(Chart::Capex)->savePngAs();
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"capex.png"_s});
}

TEST_CASE("the dashboard in yen names the rates it misses", "[ui][dashboard]")
{
    Fixture f;
    f.choose(f.combo(u"dashboardCurrency"_s), u"JPY"_s);
    CHECK(valueAxisTitle(f.view.card(Chart::Capex)) == u"Million JPY"_s);
    // Yazaki's dollars of 2000 and 2020 need yen rates the sample does not have; yen need none.
    CHECK(f.view.missingRatesText().contains(u"JPY 2000, 2020"_s));
    CHECK(sumOf(f.view.card(Chart::Capex)) == Approx(4500));
}

TEST_CASE("the dashboard follows edits while it is shown", "[ui][dashboard]")
{
    Fixture f;
    const QString hawassa =
        f.sample.idOf(RecordKind::Deal, u"title"_s, u"Workwear and technical-textile plant, Hawassa (fictional)"_s);
    f.sample.store().moveToTrash(RecordKind::Deal, hawassa);
    Q_EMIT f.sample.session().recordsChanged();
    CHECK(sumOf(f.view.card(Chart::DealsByStage)) == 6);
    CHECK(f.combo(u"dashboardCountryFilter"_s)->count() == 5); // Ethiopia had only that deal
}

TEST_CASE("missing rates are named in full, each currency once with its runs of years", "[ui][dashboard]")
{
    const QList<MissingRate> missing{
        {u"BDT"_s, 2022}, {u"BDT"_s, 2023}, {u"BDT"_s, 2024}, {u"JPY"_s, 2019}, {u"JPY"_s, 2021}};
    CHECK(dashboardcharts::missingRatesSummary(missing) == u"BDT 2022–2024; JPY 2019, 2021"_s);
    CHECK(dashboardcharts::missingRatesSummary({}).isEmpty());
    // More than three currencies left unconverted are counted rather than listed.
    ReportAmount amount;
    amount.notConverted = {{u"JPY"_s, 4500000000}, {u"EUR"_s, 25000000}};
    CHECK(dashboardcharts::notConvertedSummary(amount) == u"250,000.00 EUR + 4,500,000,000 JPY"_s);
    amount.notConverted.insert(u"BDT"_s, 100);
    amount.notConverted.insert(u"XOF"_s, 100);
    CHECK(dashboardcharts::notConvertedSummary(amount) == u"amounts in 4 currencies"_s);
}
