#pragma once

#include "harness.h"
#include "scaledataset.h"

#include <memory>

namespace crm {
class Database;
}

namespace crm::bench {

// The meeting briefing an officer prints before a meeting (issue 6), for the latest meeting of the
// dataset's busiest investor, as the CLI's `briefing` and the Print Briefing dialog make it:
// buildBriefing() (the reads and the template), then writeBriefingPdf(). No raw baseline: most of
// the time is the layout and the PDF, which SQL has no equivalent of.
class BriefingBench final
{
public:
    explicit BriefingBench(const ScaleDataset &dataset);
    ~BriefingBench();
    Q_DISABLE_COPY_MOVE(BriefingBench)

    static QStringList operationNames();
    QList<Operation> operations();

private:
    ScaleDataset m_dataset;
    std::unique_ptr<Database> m_db;
    QString m_pdfPath;
};

} // namespace crm::bench
