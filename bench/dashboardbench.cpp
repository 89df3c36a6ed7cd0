#include "dashboardbench.h"

#include "databasesession.h"
#include "reports/dashboard.h"
#include "reports/programmereport.h"
#include "views/dashboardview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QWindow>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {
const QString kBuild = u"dashboard: build"_s;
const QString kBuildCountry = u"dashboard: build one country"_s;
const QString kBuildYen = u"dashboard: build in JPY"_s;
const QString kBuildPerYear = u"dashboard: one report build per year (the alternative)"_s;
const QString kReload = u"dashboard: reload view"_s;
const QString kBreakdown = u"dashboard: switch breakdown"_s;

DashboardFilter filterOf(int from, int to, const QString &country = {}, const QString &currency = u"USD"_s)
{
    DashboardFilter filter;
    filter.fromYear = from;
    filter.toYear = to;
    filter.hostCountry = country;
    filter.currency = currency;
    return filter;
}
} // namespace

DashboardBench::DashboardBench(const QString &path) : m_session(std::make_unique<ui::DatabaseSession>())
{
    if (const QString error = m_session->open(path, Database::OpenMode::MustExist); !error.isEmpty()) {
        throw std::runtime_error(error.toStdString());
    }
    Database &db = *m_session->database();
    const auto years = Dashboard(db).activityYears();
    if (!years) {
        throw std::runtime_error("the dashboard database has no deals");
    }
    m_fromYear = years->first;
    m_toYear = years->second;
    const DashboardData all = Dashboard(db).build(filterOf(m_fromYear, m_toYear));
    int most = -1;
    for (const ImpactLine &line : all.deals.byCountry) {
        if (line.deals > most) {
            most = line.deals;
            m_country = line.code;
        }
    }
    m_facts = {{u"file"_s, QFileInfo(path).absoluteFilePath()},
               {u"file_bytes"_s, QFileInfo(path).size()},
               {u"years"_s, u"%1-%2"_s.arg(m_fromYear).arg(m_toYear)},
               {u"deals"_s, all.deals.totals.deals},
               {u"countries"_s, all.deals.byCountry.size()},
               {u"delegates"_s, all.deals.byDelegate.size()},
               {u"overdue_followups"_s, all.overdue.total},
               {u"country_filtered"_s, m_country},
               {u"country_deals"_s, most}};

    m_view = std::make_unique<ui::DashboardView>(*m_session);
    m_view->resize(1400, 900);
    m_view->show();
    const QDeadlineTimer deadline(5000);
    while (!(m_view->windowHandle() && m_view->windowHandle()->isExposed()) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    settle();
}

DashboardBench::~DashboardBench() = default;

QStringList DashboardBench::operationNames()
{
    return {kBuild, kBuildCountry, kBuildYen, kBuildPerYear, kReload, kBreakdown};
}

void DashboardBench::settle()
{
    QCoreApplication::processEvents();
    QEvent request(QEvent::UpdateRequest);
    QCoreApplication::sendEvent(m_view.get(), &request);
}

QList<Operation> DashboardBench::operations()
{
    Database &db = *m_session->database();
    const int from = m_fromYear;
    const int to = m_toYear;
    const QJsonObject range{{u"years"_s, u"%1-%2"_s.arg(from).arg(to)}};
    QList<Operation> operations;
    operations << Operation{
        kBuild,
        [&db, from, to] { return qint64(Dashboard(db).build(filterOf(from, to)).deals.totals.deals); },
        {},
        {},
        range};
    operations << Operation{kBuildCountry,
                            [&db, from, to, country = m_country] {
                                return qint64(Dashboard(db).build(filterOf(from, to, country)).deals.totals.deals);
                            },
                            {},
                            {},
                            {{u"country"_s, m_country}}};
    operations << Operation{
        kBuildYen,
        [&db, from, to] { return qint64(Dashboard(db).build(filterOf(from, to, {}, u"JPY"_s)).deals.totals.deals); },
        {},
        {},
        range};
    operations << Operation{kBuildPerYear,
                            [&db, from, to] {
                                qint64 deals = 0;
                                for (int year = from; year <= to; ++year) {
                                    deals += ProgrammeReportBuilder(db).buildDeals(filterOf(year, year)).totals.deals;
                                }
                                return deals;
                            },
                            {},
                            {},
                            range};
    operations << Operation{kReload,
                            [this] {
                                m_view->reload();
                                settle();
                                return qint64(m_view->data().deals.totals.deals);
                            },
                            {},
                            {},
                            range};
    operations << Operation{kBreakdown,
                            [this] {
                                auto *breakdown = m_view->findChild<QComboBox *>(u"dashboardBreakdown"_s);
                                breakdown->setCurrentIndex((breakdown->currentIndex() + 1) % breakdown->count());
                                settle();
                                return qint64(breakdown->currentIndex());
                            },
                            {},
                            {},
                            range};
    return operations;
}

} // namespace crm::bench
