// update KIND --where FIELD=VALUE --set FIELD=VALUE: one field set on many records through
// crm::BulkEdit (one transaction; an audit line, search rows and a sync entry per changed record).
#include "commands.h"
#include "console.h"
#include "domain/catalogue/catalogue.h"
#include "domain/error.h"
#include "jsonio.h"
#include "services/records/bulkedit.h"
#include "services/records/records.h"
#include "session.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct UpdateCommandTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::UpdateCommand)
};

const QString kWhere = u"where"_s;
const QString kSet = u"set"_s;
const QString kJson = u"json"_s;

struct Assignment
{
    QString field;
    QString text;
};

Assignment assignment(const Invocation &invocation, const QString &option)
{
    const QString given = invocation.value(option);
    const qsizetype equals = given.indexOf(u'=');
    if (equals <= 0) {
        throw UsageError(UpdateCommandTr::tr("--%1 needs FIELD=VALUE, not \"%2\"").arg(option, given));
    }
    return {given.left(equals).trimmed(), given.mid(equals + 1).trimmed()};
}

// The command line's text as the field's JSON value: true/false for a flag, a number for a
// number, an officer's initials for a link to an officer, an empty value as none.
QVariant jsonValue(Session &session, RecordKind kind, const Assignment &a)
{
    const catalogue::FieldSpec *f = catalogue::Catalogue::builtin().field(kind, a.field);
    if (!f || a.text.isEmpty()) {
        return a.text.isEmpty() ? QVariant() : QVariant(a.text);
    }
    switch (f->type) {
    case catalogue::Type::Bool: {
        const QString word = a.text.toLower();
        if (word == u"true"_s || word == u"yes"_s || word == u"1"_s) {
            return true;
        }
        if (word == u"false"_s || word == u"no"_s || word == u"0"_s) {
            return false;
        }
        throw Error::invalid({{a.field, UpdateCommandTr::tr("is true or false, not \"%1\"").arg(a.text)}});
    }
    case catalogue::Type::Integer:
    case catalogue::Type::IntegerCode: {
        bool ok = false;
        const qint64 n = a.text.toLongLong(&ok);
        if (!ok) {
            throw Error::invalid({{a.field, UpdateCommandTr::tr("is a whole number, not \"%1\"").arg(a.text)}});
        }
        return n;
    }
    case catalogue::Type::Link:
        if (f->linkKind == RecordKind::Officer && !session.store().exists(RecordKind::Officer, a.text)) {
            if (const auto id = session.store().findIdBy(RecordKind::Officer, u"initials"_s, a.text.toUpper())) {
                return *id;
            }
        }
        return a.text;
    default:
        return a.text;
    }
}

ExitCode updateMany(const Invocation &invocation)
{
    const RecordKind kind = parseKind(invocation.positionals.at(0));
    if (invocation.positionals.size() > 1) {
        throw UsageError(UpdateCommandTr::tr("update --where changes the records it finds; leave out the ID \"%1\"")
                             .arg(invocation.positionals.at(1)));
    }
    for (const QString &option : {kWhere, kSet}) {
        if (!invocation.has(option)) {
            throw UsageError(UpdateCommandTr::tr("update KIND needs both --where FIELD=VALUE and --set FIELD=VALUE"));
        }
    }
    if (!invocation.value(kJson).isEmpty()) {
        throw UsageError(UpdateCommandTr::tr("update --where takes --json alone (JSON output), not a file"));
    }
    const Assignment where = assignment(invocation, kWhere);
    const Assignment set = assignment(invocation, kSet);
    BulkEdit::settable(kind, set.field); // a field that cannot be set is named before anything is read
    const bool dryRun = invocation.has(u"dry-run"_s);

    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    BulkEdit bulk(session.db());
    const QStringList ids = bulk.idsWhere(kind, where.field, jsonValue(session, kind, where));
    const QVariant value = jsonValue(session, kind, set);
    const BulkEditResult result =
        dryRun ? bulk.preview(kind, ids, set.field, value) : bulk.apply(kind, ids, set.field, value);

    if (invocation.has(kJson)) {
        QVariantList changed;
        for (const BulkEditChange &change : result.changed) {
            changed << QVariantMap{{u"id"_s, change.id}, {u"title"_s, change.title}, {u"before"_s, change.before}};
        }
        console::write(jsonio::objectText({{u"kind"_s, kindName(kind)},
                                           {u"field"_s, set.field},
                                           {u"value"_s, result.value},
                                           {u"dry_run"_s, dryRun},
                                           {u"matched"_s, ids.size()},
                                           {u"changed"_s, result.changed.size()},
                                           {u"unchanged"_s, result.unchanged},
                                           {u"records"_s, changed}},
                                          true));
        return ExitCode::Success;
    }
    const QString count = QString::number(result.changed.size());
    console::line(dryRun ? UpdateCommandTr::tr("Would change %1 of %2 matching %3 records (%4 already so).")
                               .arg(count)
                               .arg(ids.size())
                               .arg(kindName(kind))
                               .arg(result.unchanged)
                         : UpdateCommandTr::tr("Changed %1 of %2 matching %3 records (%4 already so).")
                               .arg(count)
                               .arg(ids.size())
                               .arg(kindName(kind))
                               .arg(result.unchanged));
    return ExitCode::Success;
}
} // namespace

ExitCode updateRecordOrRecords(const Invocation &invocation)
{
    if (invocation.has(kWhere) || invocation.has(kSet)) {
        return updateMany(invocation);
    }
    // update KIND ID --json FILE: the parser lets ID and the file be left out for the form above.
    if (invocation.positionals.size() < 2) {
        throw UsageError(UpdateCommandTr::tr("update needs ID (or --where FIELD=VALUE --set FIELD=VALUE)"));
    }
    if (invocation.value(kJson).isEmpty()) {
        throw UsageError(UpdateCommandTr::tr("update needs the option --json FILE"));
    }
    return updateRecord(invocation);
}

} // namespace crm::cli
