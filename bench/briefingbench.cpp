#include "briefingbench.h"

#include "documents/briefings.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

const QString kBuild = u"briefing: build meeting briefing"_s;
const QString kPdf = u"briefing: meeting briefing PDF"_s;

const Target kPdfTarget{Target::Statistic::P95, 500};

BriefingOptions optionsIn(const QString &language)
{
    BriefingOptions options;
    options.language = language;
    return options;
}

} // namespace

BriefingBench::BriefingBench(const ScaleDataset &dataset)
    : m_dataset(dataset), m_db(SqliteDatabase::open(dataset.path, Database::OpenMode::MustExist)),
      m_pdfPath(QDir::temp().filePath(u"delegates-crm-bench-briefing.pdf"_s))
{}

BriefingBench::~BriefingBench()
{
    QFile::remove(m_pdfPath);
}

QStringList BriefingBench::operationNames()
{
    QStringList names;
    for (const QString &language : {u"en"_s, u"ja"_s}) {
        names << kBuild + u" ("_s + language + u')' << kPdf + u" ("_s + language + u')';
    }
    return names;
}

QList<Operation> BriefingBench::operations()
{
    const QString id = m_dataset.briefingMeetingId;
    QList<Operation> operations;
    // English, and Japanese (the IPA Gothic font, the other labels and date forms).
    for (const QString &language : {u"en"_s, u"ja"_s}) {
        const BriefingOptions options = optionsIn(language);
        const QJsonObject details{{u"meeting_id"_s, id}, {u"language"_s, language}};
        operations << Operation{
            .name = kBuild + u" ("_s + language + u')',
            .app = [this, id,
                    options] { return qint64(buildBriefing(*m_db, RecordKind::Meeting, id, options).html.size()); },
            .details = details,
            .dataset = m_dataset.name,
        };
        // The whole of Print Briefing > Save as PDF: the target is for this one.
        operations << Operation{
            .name = kPdf + u" ("_s + language + u')',
            .app =
                [this, id, options] {
                    writeBriefingPdf(m_pdfPath, buildBriefing(*m_db, RecordKind::Meeting, id, options));
                    return QFileInfo(m_pdfPath).size();
                },
            .details = details,
            .dataset = m_dataset.name,
            .target = kPdfTarget,
        };
    }
    return operations;
}

} // namespace crm::bench
