// history: the audit log of one record, oldest first.
#include "commands.h"
#include "console.h"
#include "domain/fieldmap.h"
#include "jsonio.h"
#include "session.h"

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantMap entryJson(const HistoryEntry &entry)
{
    return {{u"sequence"_s, entry.sequence},
            {u"at"_s, mapvalue::isoInstant(entry.at)},
            {u"officer_id"_s, orNull(entry.officerId)},
            {u"officer_name"_s, orNull(entry.officerName)},
            {u"action"_s, entry.action},
            {u"field"_s, orNull(entry.field)},
            {u"old_value"_s, orNull(entry.oldValue)},
            {u"new_value"_s, orNull(entry.newValue)},
            {u"record_id"_s, entry.recordId}};
}

// The officer as a reader knows them: by name, by id once the officer record is purged.
QString officerColumn(const HistoryEntry &entry)
{
    if (!entry.officerName.isEmpty()) {
        return entry.officerName;
    }
    return entry.officerId.isEmpty() ? u"-"_s : entry.officerId;
}

QString column(const QString &text)
{
    return text.isEmpty() ? u"-"_s : console::oneLine(text);
}
} // namespace

ExitCode showHistory(const Invocation &invocation)
{
    const RecordKind kind = parseKind(invocation.positionals.at(0));
    Session session(invocation, Database::OpenMode::ReadOnly);
    const QList<HistoryEntry> entries = session.store().history(kind, invocation.positionals.at(1));
    if (invocation.has(u"json"_s)) {
        jsonio::ArrayWriter array;
        for (const HistoryEntry &entry : entries) {
            array.add(entryJson(entry));
        }
        array.finish();
        return ExitCode::Success;
    }
    for (const HistoryEntry &entry : entries) {
        const QStringList columns{
            mapvalue::isoInstant(entry.at), officerColumn(entry),  entry.action, column(entry.field),
            column(entry.oldValue),         column(entry.newValue)};
        console::line(columns.join(u'\t'));
    }
    return ExitCode::Success;
}

} // namespace crm::cli
