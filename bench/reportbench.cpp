#include "reportbench.h"

#include "databasesession.h"
#include "dialogs/programmereportdialog.h"
#include "documents/programmereportexport.h"
#include "reports/dashboard.h"
#include "reports/programmereport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {
const QString kBuild = u"report: build"_s;
const QString kPdf = u"report: build and write PDF"_s;
const QString kDialog = u"report: dialog rebuild"_s;
} // namespace

ReportBench::ReportBench(const QString &path)
    : m_session(std::make_unique<ui::DatabaseSession>()),
      m_pdfPath(QDir::temp().filePath(u"delegates-crm-bench-report.pdf"_s))
{
    if (const QString error = m_session->open(path, Database::OpenMode::MustExist); !error.isEmpty()) {
        throw std::runtime_error(error.toStdString());
    }
    const auto years = Dashboard(*m_session->database()).activityYears();
    if (!years) {
        throw std::runtime_error("the report database has no deals");
    }
    m_fromYear = years->first;
    m_toYear = years->second;
    m_dialog = std::make_unique<ui::ProgrammeReportDialog>(*m_session);
    m_dialog->setCurrency(u"USD"_s);
    m_dialog->resize(900, 760);
    m_dialog->show();
    QCoreApplication::processEvents();
}

ReportBench::~ReportBench()
{
    QFile::remove(m_pdfPath);
}

QStringList ReportBench::operationNames()
{
    return {kBuild, kPdf, kDialog};
}

QList<Operation> ReportBench::operations()
{
    Database &db = *m_session->database();
    const int from = m_fromYear;
    const int to = m_toYear;
    const QJsonObject range{{u"years"_s, u"%1-%2"_s.arg(from).arg(to)}};
    QList<Operation> operations;
    operations << Operation{
        kBuild, [&db, from, to] { return qint64(ProgrammeReportBuilder(db).build(from, to).meetings); }, {}, {}, range};
    operations << Operation{kPdf,
                            [this, &db, from, to] {
                                const ProgrammeReport report = ProgrammeReportBuilder(db).build(from, to);
                                writeProgrammeReportPdf(m_pdfPath, report, QLocale(QLocale::English));
                                return qint64(QFileInfo(m_pdfPath).size());
                            },
                            {},
                            {},
                            range};
    operations << Operation{kDialog,
                            [this, from, to] {
                                m_dialog->setRange(from, to);
                                QCoreApplication::processEvents();
                                return qint64(m_dialog->report().meetings);
                            },
                            {},
                            {},
                            range};
    return operations;
}

} // namespace crm::bench
