// list, show, add, update, delete, restore and purge: one record kind at a time; changes through crm::Records.
#include "commands.h"
#include "console.h"
#include "domain/error.h"
#include "domain/recordcodec.h"
#include "jsonio.h"
#include "services/records/records.h"
#include "session.h"

#include <QCoreApplication>
#include <limits>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct RecordCommandsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::RecordCommands)
};

const QString kId = u"id"_s;

// docs/json-format.md promises created_by and modified_by on every record, null when a change was
// made without an officer; the codec leaves null metadata out.
QVariantMap withOfficerStamps(QVariantMap json)
{
    for (const QString &field : {u"created_by"_s, u"modified_by"_s}) {
        if (!json.contains(field)) {
            json.insert(field, QVariant());
        }
    }
    return json;
}

// A stored row as list --json shows it: the JSON form without the child lists, which the row does
// not carry (the codec would otherwise print them as empty lists, as if the record had none).
QVariantMap listedJson(const KindCodec &codec, const QVariantMap &stored)
{
    QVariantMap json = codec.toJson(stored);
    for (auto it = json.begin(); it != json.end();) {
        const bool childList = !stored.contains(it.key()) && it.value().userType() == QMetaType::QVariantList;
        it = childList ? json.erase(it) : std::next(it);
    }
    return withOfficerStamps(json);
}

// "--sort nonsense" is a mistake on the command line, not invalid data.
[[noreturn]] void rethrowListError(const Error &error)
{
    if (error.kind() == Error::Kind::Invalid && error.fieldErrors().size() == 1 &&
        error.fieldErrors().constFirst().field == u"sort"_s) {
        throw UsageError(u"--sort: "_s + error.fieldErrors().constFirst().message);
    }
    throw; // called from a catch block: rethrows the Error as it was
}

// "field: value" lines: the id first, then the record's own fields, then the other metadata.
// Empty fields and lists are left out; a value spanning lines continues on lines indented by two spaces.
void printFields(const QVariantMap &record)
{
    QStringList order{kId};
    for (auto it = record.cbegin(); it != record.cend(); ++it) {
        if (!metadataFields().contains(it.key())) {
            order << it.key();
        }
    }
    for (const QString &field : metadataFields()) {
        if (field != kId) {
            order << field;
        }
    }
    for (const QString &field : std::as_const(order)) {
        const QVariant value = record.value(field);
        if (!value.isValid() || value.isNull() ||
            (value.userType() == QMetaType::QVariantList && value.toList().isEmpty())) {
            continue;
        }
        QString text = jsonio::plainValue(value);
        text.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\n  "_s);
        console::line(field + u": "_s + text);
    }
}

Records recordsOf(Session &session)
{
    return Records(session.db());
}
} // namespace

ExitCode listRecords(const Invocation &invocation)
{
    const RecordKind kind = parseKind(invocation.positionals.at(0));
    ListQuery query;
    query.trash = invocation.has(u"trash"_s);
    query.ascending = !invocation.has(u"desc"_s);
    query.sortField = invocation.value(u"sort"_s);
    if (invocation.has(u"limit"_s)) {
        query.limit = parseNumber(invocation, u"limit"_s, 0, std::numeric_limits<qint64>::max());
    }
    const bool json = invocation.has(u"json"_s);

    Session session(invocation, Database::OpenMode::ReadOnly);
    const KindCodec &codec = codecFor(kind);
    jsonio::ArrayWriter array;
    try {
        // Each row is written as it is read: a million meetings never sit in memory together.
        session.store().forEach(kind, query, [&](const QVariantMap &stored) {
            if (json) {
                array.add(listedJson(codec, stored));
            } else {
                console::line(stored.value(kId).toString() + u'\t' + console::oneLine(codec.title(stored)));
            }
            return true;
        });
    } catch (const Error &error) {
        rethrowListError(error);
    }
    if (json) {
        array.finish();
    }
    return ExitCode::Success;
}

ExitCode showRecord(const Invocation &invocation)
{
    const RecordKind kind = parseKind(invocation.positionals.at(0));
    Session session(invocation, Database::OpenMode::ReadOnly);
    const QVariantMap record = withOfficerStamps(session.store().get(kind, invocation.positionals.at(1)));
    if (invocation.has(u"json"_s)) {
        console::write(jsonio::objectText(record, true));
    } else {
        printFields(record);
    }
    return ExitCode::Success;
}

ExitCode addRecord(const Invocation &invocation)
{
    const RecordKind kind = parseKind(invocation.positionals.at(0));
    const QVariantMap input = jsonio::readObject(invocation.value(u"json"_s));
    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    console::line(recordsOf(session).create(kind, input).id);
    return ExitCode::Success;
}

ExitCode updateRecord(const Invocation &invocation)
{
    const RecordKind kind = parseKind(invocation.positionals.at(0));
    const QString id = invocation.positionals.at(1);
    const QVariantMap changes = jsonio::readObject(invocation.value(u"json"_s));
    // Records ignores metadata in changes; an id naming another record is a mistake worth saying.
    if (changes.contains(kId) && changes.value(kId).toString() != id) {
        throw Error::invalid(
            {{kId, RecordCommandsTr::tr("is %1, but the record being updated is %2; ids cannot be changed")
                       .arg(changes.value(kId).toString(), id)}});
    }
    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    const bool changed = recordsOf(session).update(kind, id, changes).changed;
    // Fixed words, not translated: scripts test for them.
    console::line(changed ? u"updated"_s : u"unchanged"_s);
    return ExitCode::Success;
}

ExitCode deleteRecord(const Invocation &invocation)
{
    const RecordKind kind = parseKind(invocation.positionals.at(0));
    const QString id = invocation.positionals.at(1);
    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    if (!recordsOf(session).trash(kind, id).changed) {
        console::line(RecordCommandsTr::tr("The %1 %2 is already in the Trash.").arg(kindName(kind), id));
        return ExitCode::Success;
    }
    console::line(RecordCommandsTr::tr("Moved the %1 %2 to the Trash.").arg(kindName(kind), id));
    return ExitCode::Success;
}

ExitCode restoreRecord(const Invocation &invocation)
{
    const RecordKind kind = parseKind(invocation.positionals.at(0));
    const QString id = invocation.positionals.at(1);
    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    if (!recordsOf(session).restore(kind, id).changed) {
        console::line(
            RecordCommandsTr::tr("The %1 %2 is not in the Trash; nothing to restore.").arg(kindName(kind), id));
        return ExitCode::Success;
    }
    console::line(RecordCommandsTr::tr("Restored the %1 %2 from the Trash.").arg(kindName(kind), id));
    return ExitCode::Success;
}

ExitCode purgeRecord(const Invocation &invocation)
{
    const RecordKind kind = parseKind(invocation.positionals.at(0));
    const QString id = invocation.positionals.at(1);
    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    recordsOf(session).purge(kind, id); // refuses (Conflict) a record that is not in the Trash
    console::line(RecordCommandsTr::tr("Purged the %1 %2 for good.").arg(kindName(kind), id));
    return ExitCode::Success;
}

} // namespace crm::cli
