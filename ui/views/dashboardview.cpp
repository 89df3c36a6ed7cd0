#include "dashboardview.h"

#include "databasesession.h"
#include "domain/error.h"
#include "domain/exchangerate.h"
#include "domain/money.h"
#include "domain/referencedata.h"
#include "views/dashboardcharts.h"
#include "widgets/chartcard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
using dashboardcharts::Breakdown;

constexpr int kCardMinimumHeight = 330;

QSpinBox *yearBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(exchangerate::kFirstYear, exchangerate::kLastYear);
    // One rebuild when the officer has typed the year, not one per digit.
    box->setKeyboardTracking(false);
    return box;
}

// "10,000,000.00 USD + 3,000,000,000 JPY not converted"
QString amountText(const ReportAmount &amount, const QString &currency, const QLocale &locale)
{
    const QString text = Money{amount.converted, currency}.toDisplayString(locale);
    const QString left = dashboardcharts::notConvertedSummary(amount);
    return left.isEmpty() ? text : DashboardView::tr("%1 + %2 not converted").arg(text, left);
}
} // namespace

DashboardView::DashboardView(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_fromYear(yearBox(u"dashboardFromYear"_s, this)),
      m_toYear(yearBox(u"dashboardToYear"_s, this)), m_country(new QComboBox(this)), m_currency(new QComboBox(this)),
      m_breakdown(new QComboBox(this)), m_summary(new QLabel(this)), m_missingRates(new QLabel(this))
{
    setObjectName(u"dashboardView"_s);
    const int year = m_session.clock().today().year();
    m_fromYear->setValue(year);
    m_toYear->setValue(year);
    m_fromYear->setToolTip(tr("The first year of the range"));
    m_toYear->setToolTip(tr("The last year of the range"));
    m_country->setObjectName(u"dashboardCountryFilter"_s);
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_currency->setObjectName(u"dashboardCurrency"_s);
    m_currency->addItem(u"USD"_s, u"USD"_s);
    m_currency->addItem(u"JPY"_s, u"JPY"_s);
    m_currency->setToolTip(tr("Capex is converted with the officers' yearly average rates"));
    m_breakdown->setObjectName(u"dashboardBreakdown"_s);
    m_breakdown->addItem(tr("By host country"), QVariant::fromValue(static_cast<int>(Breakdown::Country)));
    m_breakdown->addItem(tr("By sector"), QVariant::fromValue(static_cast<int>(Breakdown::Sector)));
    m_breakdown->addItem(tr("By year"), QVariant::fromValue(static_cast<int>(Breakdown::Year)));
    m_breakdown->setToolTip(tr("How the capex and direct-jobs charts are broken down"));

    auto *filters = new QHBoxLayout;
    filters->setObjectName(u"dashboardFilterLayout"_s);
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
        filters->addSpacing(8);
    };
    labelled(tr("&From"), m_fromYear);
    labelled(tr("&To"), m_toYear);
    labelled(tr("Host &country"), m_country);
    labelled(tr("C&urrency"), m_currency);
    labelled(tr("&Capex and jobs"), m_breakdown);
    filters->addStretch(1);

    m_summary->setObjectName(u"dashboardSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missingRates->setObjectName(u"dashboardMissingRates"_s);
    m_missingRates->setWordWrap(true);
    m_missingRates->setMargin(4);
    m_missingRates->setAutoFillBackground(true);
    m_missingRates->setBackgroundRole(QPalette::ToolTipBase); // the palette's notice colours, dark themes included
    m_missingRates->setForegroundRole(QPalette::ToolTipText);
    m_missingRates->hide();

    const QList<std::pair<Chart, QString>> cards{
        {Chart::DealsByStage, tr("Deals by stage")},
        {Chart::Capex, tr("Capex, announced and realised")},
        {Chart::DirectJobs, tr("Direct jobs, announced and realised")},
        {Chart::DelegateDeals, tr("Deals credited to each delegate")},
        {Chart::DelegateJobs, tr("Direct jobs credited to each delegate")},
        {Chart::OverdueFollowUps, tr("Overdue follow-ups")},
    };
    const QStringList names{u"dealsByStageCard"_s,  u"capexCard"_s,        u"directJobsCard"_s,
                            u"delegateDealsCard"_s, u"delegateJobsCard"_s, u"overdueFollowUpsCard"_s};
    auto *grid = new QWidget(this);
    grid->setObjectName(u"dashboardCards"_s);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setObjectName(u"dashboardCardsLayout"_s);
    // Impact first (capex and jobs side by side), then the pipeline and the follow-ups, then
    // the delegates.
    const QList<std::pair<int, int>> places{{1, 0}, {0, 0}, {0, 1}, {2, 0}, {2, 1}, {1, 1}};
    for (qsizetype i = 0; i < cards.size(); ++i) {
        auto *card = new ChartCard(cards.at(i).second, grid);
        card->setObjectName(names.at(i));
        card->setMinimumHeight(kCardMinimumHeight);
        gridLayout->addWidget(card, places.at(i).first, places.at(i).second);
        m_cards << card;
    }
    gridLayout->setColumnStretch(0, 1);
    gridLayout->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"dashboardLayout"_s);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_missingRates);
    layout->addWidget(scroll, 1);

    connect(m_fromYear, &QSpinBox::valueChanged, this, [this] { yearsChanged(m_fromYear); });
    connect(m_toYear, &QSpinBox::valueChanged, this, [this] { yearsChanged(m_toYear); });
    connect(m_country, &QComboBox::currentIndexChanged, this, &DashboardView::rebuild);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &DashboardView::rebuild);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &DashboardView::showBreakdown);
    connect(&m_session, &DatabaseSession::recordsChanged, this, &DashboardView::dataChanged);
    connect(&m_session, &DatabaseSession::databaseChanged, this, [this] {
        m_yearsChosen = false;
        dataChanged();
    });
    showData();
}

ChartCard *DashboardView::card(Chart chart) const
{
    return m_cards.value(static_cast<qsizetype>(chart));
}

DashboardFilter DashboardView::filter() const
{
    DashboardFilter filter;
    filter.fromYear = m_fromYear->value();
    filter.toYear = m_toYear->value();
    filter.currency = m_currency->currentData().toString();
    filter.hostCountry = m_country->currentData().toString();
    return filter;
}

QString DashboardView::summaryText() const
{
    return m_summary->text();
}

QString DashboardView::missingRatesText() const
{
    return m_missingRates->isHidden() ? QString() : m_missingRates->text();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void DashboardView::dataChanged()
{
    // A hidden dashboard waits until it is shown: nobody looks at it while they edit.
    if (isVisible()) {
        reload();
    } else {
        m_stale = true;
    }
}

void DashboardView::reload()
{
    m_stale = false;
    refillCountries();
    if (!m_yearsChosen) {
        chooseDefaultYears();
    }
    rebuild();
}

void DashboardView::refillCountries()
{
    QStringList codes;
    if (Database *db = m_session.database()) {
        try {
            codes = Dashboard(*db).hostCountries();
        } catch (const Error &) {
            codes.clear(); // rebuild() reports the trouble
        }
    }
    QList<std::pair<QString, QString>> countries;
    for (const QString &code : std::as_const(codes)) {
        countries.append({reference::countryLabel(code), code});
    }
    std::sort(countries.begin(), countries.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    const QString current = m_country->currentData().toString();
    const QSignalBlocker blocker(m_country);
    m_country->clear();
    m_country->addItem(tr("All countries"), QString());
    for (const auto &[name, code] : std::as_const(countries)) {
        m_country->addItem(name, code);
    }
    m_country->setCurrentIndex(std::max(0, m_country->findData(current)));
}

void DashboardView::chooseDefaultYears()
{
    Database *db = m_session.database();
    if (!db) {
        return;
    }
    int first = db->clock().today().year();
    int last = first;
    try {
        if (const auto years = Dashboard(*db).activityYears()) {
            first = std::clamp(years->first, exchangerate::kFirstYear, exchangerate::kLastYear);
            last = std::clamp(years->second, first, exchangerate::kLastYear);
        }
    } catch (const Error &) {
        // rebuild() reports the trouble
    }
    const QSignalBlocker fromBlocker(m_fromYear);
    const QSignalBlocker toBlocker(m_toYear);
    m_fromYear->setValue(first);
    m_toYear->setValue(last);
    m_yearsChosen = true;
}

void DashboardView::yearsChanged(QSpinBox *changed)
{
    // The other end follows, so the range is never upside down.
    if (m_fromYear->value() > m_toYear->value()) {
        QSpinBox *other = changed == m_fromYear ? m_toYear : m_fromYear;
        const QSignalBlocker blocker(other);
        other->setValue(changed->value());
    }
    m_yearsChosen = true;
    rebuild();
}

void DashboardView::rebuild()
{
    m_data = {};
    m_summary->clear();
    if (Database *db = m_session.database()) {
        try {
            m_data = Dashboard(*db).build(filter());
        } catch (const Error &error) {
            m_data = {};
            m_summary->setText(tr("The dashboard cannot be read: %1").arg(error.message()));
            m_session.reportReadFailure(error);
        }
    }
    showData();
}

void DashboardView::showData()
{
    using namespace dashboardcharts;
    const ProgrammeReport &report = m_data.deals;
    card(Chart::DealsByStage)->setData(dealsByStage(report));
    card(Chart::DelegateDeals)->setData(delegateDeals(report));
    card(Chart::DelegateJobs)->setData(delegateJobs(report));
    card(Chart::OverdueFollowUps)->setData(overdueFollowUps(m_data.overdue));
    showBreakdown();

    const QLocale locale;
    if (m_summary->text().isEmpty() && report.totals.deals > 0) {
        m_summary->setText(tr("Deals: %1 (lost: %2). Capex announced %3, realised %4. Direct jobs announced %5, "
                              "realised %6.")
                               .arg(locale.toString(report.totals.deals), locale.toString(report.totals.lostDeals),
                                    amountText(report.totals.capexAnnounced, report.currency, locale),
                                    amountText(report.totals.capexRealised, report.currency, locale),
                                    locale.toString(report.totals.jobsAnnounced),
                                    locale.toString(report.totals.jobsRealised)));
    }
    m_missingRates->setText(
        tr("No exchange rate for %1: capex that needs one is not converted to %2, is left out of the capex bars and "
           "is listed as not converted in the tables. Add the rates to the officers' rate table to convert it.")
            .arg(dashboardcharts::missingRatesSummary(report.missingRates), report.currency));
    m_missingRates->setVisible(!report.missingRates.isEmpty());
}

void DashboardView::showBreakdown()
{
    const auto breakdown = static_cast<Breakdown>(m_breakdown->currentData().toInt());
    card(Chart::Capex)->setData(dashboardcharts::capex(m_data.deals, breakdown));
    card(Chart::DirectJobs)->setData(dashboardcharts::directJobs(m_data.deals, breakdown));
}

} // namespace crm::ui
