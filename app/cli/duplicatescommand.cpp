// duplicates: Find Duplicates (issue 19) from the command line.
#include "commands.h"
#include "console.h"
#include "jsonio.h"
#include "services/duplicates/duplicatefinder.h"
#include "session.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct DuplicatesCommandTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::DuplicatesCommand)
};

RecordKind checkedKind(const QString &name)
{
    const RecordKind kind = parseKind(name);
    if (!hasDuplicateCheck(kind)) {
        QStringList names;
        for (RecordKind known : duplicateKinds()) {
            names << kindName(known);
        }
        throw UsageError(DuplicatesCommandTr::tr("duplicates are looked for among %1 only, not %2")
                             .arg(names.join(u", "_s), kindName(kind)));
    }
    return kind;
}

QVariantMap groupJson(const DuplicateGroup &group)
{
    QVariantList records;
    for (qsizetype i = 0; i < group.ids.size(); ++i) {
        records << QVariantMap{{u"id"_s, group.ids.at(i)}, {u"title"_s, group.titles.value(i)}};
    }
    QVariantList reasons;
    for (qsizetype i = 0; i < group.reasons.size(); ++i) {
        reasons << QVariantMap{{u"reason"_s, duplicateReasonCode(group.reasons.at(i))},
                               {u"value"_s, group.values.value(i)}};
    }
    return {
        {u"kind"_s, kindName(group.kind)}, {u"score"_s, group.score}, {u"reasons"_s, reasons}, {u"records"_s, records}};
}

// "same website (yazaki-group.com), same name (ヤザキ)"
QString reasonsText(const DuplicateGroup &group)
{
    QStringList parts;
    for (qsizetype i = 0; i < group.reasons.size(); ++i) {
        parts << DuplicatesCommandTr::tr("%1 (%2)").arg(duplicateReasonText(group.reasons.at(i)),
                                                        console::oneLine(group.values.value(i)));
    }
    return parts.join(u", "_s);
}
} // namespace

ExitCode listDuplicates(const Invocation &invocation)
{
    const RecordKind kind = checkedKind(invocation.positionals.at(0));
    Session session(invocation, Database::OpenMode::ReadOnly);
    const QList<DuplicateGroup> groups = DuplicateFinder(session.db()).scan(kind);
    if (invocation.has(u"json"_s)) {
        jsonio::ArrayWriter array;
        for (const DuplicateGroup &group : groups) {
            array.add(groupJson(group));
        }
        array.finish();
        return ExitCode::Success;
    }
    // A group: its score and reasons on one line, then each record indented as ID<TAB>TITLE.
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const DuplicateGroup &group = groups.at(i);
        console::line(
            DuplicatesCommandTr::tr("Group %1, score %2: %3").arg(i + 1).arg(group.score).arg(reasonsText(group)));
        for (qsizetype j = 0; j < group.ids.size(); ++j) {
            console::line(u"  "_s + group.ids.at(j) + u'\t' + console::oneLine(group.titles.value(j)));
        }
    }
    console::error(DuplicatesCommandTr::tr("%n group(s) of likely duplicates", nullptr, int(groups.size())));
    return ExitCode::Success;
}

} // namespace crm::cli
