#pragma once

#include "domain/recordkind.h"
#include "harness.h"
#include "scaledataset.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace crm::bench {

// Find Duplicates (issue 19): the whole scan of investors and of contacts, and the form's warning
// while typing (similarTo), on a copy of the dataset with a controlled share of near-duplicates
// added (kNearDuplicatePercent of each kind: the generator's records collide only by chance, when it
// draws the same name twice). The baseline is the scan's SQL alone: the GROUP BY over the match keys
// and the rows of the shared keys, without folding them into groups or reading titles.
class DuplicatesBench final
{
public:
    static constexpr int kNearDuplicatePercent = 2;

    // dataDir keeps the copy with the near-duplicates between runs.
    DuplicatesBench(const ScaleDataset &dataset, const QString &dataDir, QTextStream &log);

    static QStringList operationNames();
    QList<Operation> operations();

private:
    Operation scan(RecordKind kind, const QString &name);
    Operation typing();

    ScaleDataset m_dataset;
    QString m_path; // the copy with near-duplicates
    QTextStream &m_log;
};

} // namespace crm::bench
