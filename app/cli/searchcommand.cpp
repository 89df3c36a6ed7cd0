// search: the instant search of issue 7 from the command line.
#include "commands.h"
#include "console.h"
#include "domain/searchfields.h"
#include "jsonio.h"
#include "services/search.h"
#include "session.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct SearchCommandTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::SearchCommand)
};

// --kind K, repeated or comma-separated; only the kinds search covers.
QList<RecordKind> kindsOf(const Invocation &invocation)
{
    QList<RecordKind> kinds;
    for (const QString &value : invocation.values(u"kind"_s)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<RecordKind> kind = kindFromName(name.trimmed());
            if (!kind || !isSearchable(*kind)) {
                QStringList names;
                for (RecordKind known : searchableKinds()) {
                    names << kindName(known);
                }
                throw UsageError(
                    SearchCommandTr::tr("unknown --kind \"%1\" (one of %2)").arg(name.trimmed(), names.join(u", "_s)));
            }
            kinds.append(*kind);
        }
    }
    return kinds;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantMap hitJson(const SearchHit &hit)
{
    return {{u"kind"_s, kindName(hit.kind)},
            {u"id"_s, hit.id},
            {u"title"_s, hit.title},
            {u"field"_s, orNull(hit.field)},
            {u"matched"_s, orNull(hit.matched)},
            {u"rank"_s, hit.rank},
            {u"owner_kind"_s, hit.ownerKind ? QVariant(kindName(*hit.ownerKind)) : QVariant()},
            {u"owner_id"_s, orNull(hit.ownerId)},
            {u"owner_title"_s, orNull(hit.ownerTitle)}};
}

QString column(const QString &text)
{
    return text.isEmpty() ? u"-"_s : console::oneLine(text);
}
} // namespace

ExitCode searchRecords(const Invocation &invocation)
{
    SearchQuery query;
    query.text = invocation.positionals.at(0);
    if (query.text.trimmed().isEmpty()) {
        throw UsageError(SearchCommandTr::tr("search needs some TEXT to look for"));
    }
    query.kinds = kindsOf(invocation);
    if (invocation.has(u"limit"_s)) {
        query.limitPerKind = int(parseNumber(invocation, u"limit"_s, 1, 10000));
    }
    Session session(invocation, Database::OpenMode::ReadOnly);
    const QList<SearchHit> hits = Search(session.db()).search(query);
    if (invocation.has(u"json"_s)) {
        jsonio::ArrayWriter array;
        for (const SearchHit &hit : hits) {
            array.add(hitJson(hit));
        }
        array.finish();
        return ExitCode::Success;
    }
    for (const SearchHit &hit : hits) {
        const QStringList columns{kindName(hit.kind), hit.id, column(hit.title), column(hit.field),
                                  column(hit.matched)};
        console::line(columns.join(u'\t'));
    }
    return ExitCode::Success;
}

} // namespace crm::cli
