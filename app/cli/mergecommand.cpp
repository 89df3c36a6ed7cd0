// merge: records of one kind become one (issue 19); the links to the merged records move to the kept one.
#include "commands.h"
#include "console.h"
#include "jsonio.h"
#include "services/records/merges.h"
#include "session.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct MergeCommandTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::MergeCommand)
};

MergeRequest::Prefer parsePrefer(const Invocation &invocation)
{
    const QString prefer = invocation.has(u"prefer"_s) ? invocation.value(u"prefer"_s) : u"keep"_s;
    if (prefer == u"keep"_s) {
        return MergeRequest::Prefer::Keep;
    }
    if (prefer == u"other"_s) {
        return MergeRequest::Prefer::Other;
    }
    throw UsageError(MergeCommandTr::tr("--prefer takes keep or other, not \"%1\"").arg(prefer));
}

QVariantMap recordJson(const QString &id, const QString &title)
{
    return {{u"id"_s, id}, {u"title"_s, title}};
}
} // namespace

ExitCode mergeRecords(const Invocation &invocation)
{
    MergeRequest request;
    request.kind = parseKind(invocation.positionals.at(0));
    request.keepId = invocation.positionals.at(1);
    request.otherIds = invocation.positionals.mid(2);
    request.prefer = parsePrefer(invocation);
    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    const MergeResult result = Merges(session.db()).merge(request);

    if (invocation.has(u"json"_s)) {
        QVariantList merged;
        for (qsizetype i = 0; i < result.mergedIds.size(); ++i) {
            merged << recordJson(result.mergedIds.at(i), result.mergedTitles.value(i));
        }
        console::write(jsonio::objectText({{u"kind"_s, kindName(result.kind)},
                                           {u"survivor"_s, recordJson(result.survivorId, result.survivorTitle)},
                                           {u"merged"_s, merged},
                                           {u"links_moved"_s, result.linksMoved},
                                           {u"rules"_s, result.rulesApplied}},
                                          true));
        return ExitCode::Success;
    }
    console::line(MergeCommandTr::tr("Merged %n %1 record(s) into \"%2\" (%3):", nullptr, int(result.mergedIds.size()))
                      .arg(kindName(result.kind), result.survivorTitle, result.survivorId));
    for (qsizetype i = 0; i < result.mergedIds.size(); ++i) {
        console::line(u"  "_s + result.mergedTitles.value(i) + u" ("_s + result.mergedIds.at(i) + u')');
    }
    console::line(MergeCommandTr::tr("Links moved: %1").arg(result.linksMoved));
    for (const QString &rule : result.rulesApplied) {
        console::line(MergeCommandTr::tr("Rule applied: %1").arg(rule));
    }
    return ExitCode::Success;
}

} // namespace crm::cli
