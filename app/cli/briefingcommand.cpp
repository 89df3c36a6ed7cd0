// briefing: the printed documents of issue 6, rendered headless as PDF.
#include "commands.h"
#include "console.h"
#include "documents/briefings.h"
#include "documents/documentlanguage.h"
#include "domain/bidi.h"
#include "domain/error.h"
#include "session.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct BriefingCommandTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::BriefingCommand)
};

const QStringList kSubjects{u"meeting"_s, u"investor"_s, u"delegate"_s, u"mission"_s};

} // namespace

ExitCode writeBriefing(const Invocation &invocation)
{
    QStringList given;
    for (const QString &subject : kSubjects) {
        if (invocation.has(subject)) {
            given << subject;
        }
    }
    if (given.size() != 1) {
        throw UsageError(
            BriefingCommandTr::tr("briefing needs exactly one of --meeting, --investor, --delegate or --mission"));
    }
    BriefingOptions options;
    options.language = invocation.has(u"lang"_s) ? invocation.value(u"lang"_s) : u"en"_s;
    if (!DocumentLanguage::codes().contains(options.language)) {
        throw UsageError(BriefingCommandTr::tr("--lang must be one of %1, not \"%2\"")
                             .arg(DocumentLanguage::codes().join(u", "_s), options.language));
    }
    options.templateDir = invocation.value(u"templates"_s);
    const QString path = invocation.value(u"pdf"_s);
    checkWritable(path);

    Session session(invocation, Database::OpenMode::ReadOnly);
    const BriefingDocument document =
        buildBriefing(session.db(), *kindFromName(given.front()), invocation.value(given.front()), options);
    for (const QString &warning : document.warnings) {
        console::error(BriefingCommandTr::tr("warning: %1").arg(warning));
    }
    try {
        writeBriefingPdf(path, document);
    } catch (const Error &error) {
        throw UsageError(error.message());
    }
    console::line(u"title: "_s + withoutIsolates(document.title)); // for scripts: the names as stored
    console::line(u"pdf: "_s + QFileInfo(path).absoluteFilePath());
    return ExitCode::Success;
}

} // namespace crm::cli
