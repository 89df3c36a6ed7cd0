#pragma once

// The programme report's small world, shared by the report's and the dashboard's tests.

#include "reports/programmereport.h"
#include "testdatabase.h"

#include <QVariantMap>

namespace crm::test {

QVariantMap figure(const QString &indicator, const QString &status, const QVariant &value, const QString &asOf,
                   const QString &currency = {});
QVariantMap credit(const QString &kind, const QString &id, const QString &role);
QVariantMap stageChange(const QString &stage, const QString &date);

// Two delegates, one mission, three deals, impact figures in USD and JPY over 2020 and 2021, and
// one rate of the two the figures need (JPY 2021 = 150; JPY 2020 is missing).
//
//   Alpha (MA): stay 2020-04-01..2020-06-30.        Beta (MA): stays 2010-01..2010-02 and "2021".
//   Mission M: 2020-10-01..2020-10-10.              Meetings: 2019 (automotive), 2020 (automotive),
//                                                   2021 (food).
//   Deal X (MA, automotive, operational): credited to Alpha twice, Beta once and mission M.
//     capex announced 10,000,000.00 USD (2020-03-01); capex realised 1,500,000,000 JPY (2021-12-31);
//     jobs announced 500 (2020-03-01); jobs realised 200 (2020-12-31) then 450 (2021-12-31).
//   Deal Y (SN, food, announced): credited to Beta.
//     capex announced 3,000,000,000 JPY (2020-06-30, no JPY 2020 rate); jobs announced 120.
//   Deal Z (EG, automotive, lost in 2021): credited to Alpha. Jobs 300 and capex 5,000,000.00 USD
//     announced in 2020: a lost deal adds nothing.
struct ReportFixture
{
    TestDatabase t;
    QString alpha;
    QString beta;
    QString mission;
    QString dealX;
    QString dealY;
    QString dealZ;

    ReportFixture();

    ProgrammeReport report(int from, int to, const QString &currency = QStringLiteral("USD"))
    {
        return ProgrammeReportBuilder(t.db()).build(from, to, currency);
    }
};

// The line of lines with the code; fails the test when there is none.
const ImpactLine &line(const QList<ImpactLine> &lines, const QString &code);

} // namespace crm::test
