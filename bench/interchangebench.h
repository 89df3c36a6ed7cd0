#pragma once

#include "harness.h"
#include "scaledataset.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace crm::bench {

// The office's files in and out (issue 18): 100,000 contacts imported from a CSV into a copy of
// dataset S (read, mapped, planned against the database, written as one batch), and 100,000
// investors exported as the list shows them to .xlsx. The baselines are the same rows written with
// one prepared INSERT each, and the same columns SELECTed and written with libxlsxwriter alone.
class InterchangeBench final
{
public:
    // dataDir keeps the inputs between runs: the CSV and the 100,000-investor database.
    InterchangeBench(const ScaleDataset &dataset, const QString &dataDir, QTextStream &log);
    ~InterchangeBench();
    Q_DISABLE_COPY_MOVE(InterchangeBench)

    static QStringList operationNames();
    QList<Operation> operations();

private:
    Operation importContacts();
    Operation exportInvestors();

    ScaleDataset m_dataset;
    QString m_dataDir;
    QTextStream &m_log;
    QString m_scratch; // the copy of S each import run starts from
};

} // namespace crm::bench
