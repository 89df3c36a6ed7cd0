#pragma once

#include "harness.h"

#include <memory>

namespace crm::ui {
class DatabaseSession;
class ProgrammeReportDialog;
} // namespace crm::ui

namespace crm::bench {

// The programme report on a database made beforehand by `delegates-crm-cli generate --scale N`
// (the file --dashboard-db names): the core's build over the years with deal activity, its PDF, and
// the report dialog rebuilt until its preview is laid out. Needs a QApplication.
class ReportBench final
{
public:
    explicit ReportBench(const QString &path);
    ~ReportBench();
    Q_DISABLE_COPY_MOVE(ReportBench)

    static QStringList operationNames();
    QList<Operation> operations();

private:
    std::unique_ptr<ui::DatabaseSession> m_session;
    std::unique_ptr<ui::ProgrammeReportDialog> m_dialog;
    QString m_pdfPath;
    int m_fromYear = 0;
    int m_toYear = 0;
};

} // namespace crm::bench
