#include "syncchangecodec.h"

#include "domain/recordid.h"
#include "domain/strictjson.h"
#include "sync/syncjsonfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct SyncPackageTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncPackage)
};

constexpr qsizetype kMaxFieldName = 256;
constexpr qsizetype kMaxSuperseded = 1000;
constexpr qsizetype kMaxAuthor = 200;
// A message lists this many problems at most; a broken package would otherwise fill the screen.
constexpr qsizetype kMaxReportedErrors = 10;

QString fileName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QJsonObject changeJson(const SyncChange &change)
{
    return QJsonObject{
        {u"id"_s, change.changeId},        {u"origin"_s, change.originReplicaId},
        {u"seq"_s, change.originSequence}, {u"kind"_s, change.recordKind},
        {u"recordId"_s, change.recordId},  {u"op"_s, syncOperationName(change.operation)},
        {u"fields"_s, change.fields},      {u"supersedes"_s, change.supersedes},
        {u"author"_s, change.author},
    };
}

// Reads one change; its type errors are noted in errors and the change is then left incomplete.
SyncChange readChange(const QJsonValue &value, const QString &prefix, FieldErrors &errors)
{
    SyncChange change;
    if (!value.isObject()) {
        errors.append({prefix, SyncPackageTr::tr("must be an object")});
        return change;
    }
    const QJsonObject object = value.toObject();
    const qsizetype before = errors.size();
    SyncJsonFields fields(object, prefix, errors);
    change.changeId = fields.string(u"id"_s);
    change.originReplicaId = fields.string(u"origin"_s);
    change.originSequence = fields.integer(u"seq"_s, 1, std::numeric_limits<qint64>::max() / 2).value_or(0);
    change.recordKind = fields.string(u"kind"_s);
    change.recordId = fields.string(u"recordId"_s);
    const QString operation = fields.string(u"op"_s);
    if (const auto parsed = syncOperationFromName(operation)) {
        change.operation = *parsed;
    } else if (!operation.isNull()) {
        fields.fail(u"op"_s, SyncPackageTr::tr("must be create, update, delete or restore, not \"%1\"")
                                 .arg(operation.left(kMaxFieldName)));
    }
    change.fields = fields.object(u"fields"_s).value_or(QJsonObject());
    change.supersedes = fields.object(u"supersedes"_s).value_or(QJsonObject());
    change.author = fields.string(u"author"_s, false);
    if (errors.size() == before) {
        errors.append(checkSyncChange(change, prefix));
    }
    return change;
}

[[noreturn]] void refuseChanges(const QString &path, const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors.first(std::min(errors.size(), kMaxReportedErrors))) {
        lines << e.field + u": "_s + e.message;
    }
    if (errors.size() > kMaxReportedErrors) {
        lines << SyncPackageTr::tr("... and %1 more").arg(errors.size() - kMaxReportedErrors);
    }
    throw Error(Error::Kind::Invalid,
                SyncPackageTr::tr("%1 holds invalid changes:").arg(fileName(path)) + u'\n' + lines.join(u'\n'), errors);
}
} // namespace

QByteArray encodeSyncChanges(const QList<SyncChange> &changes)
{
    QJsonArray array;
    for (const SyncChange &change : changes) {
        array.append(changeJson(change));
    }
    return QJsonDocument(QJsonObject{{u"changes"_s, array}}).toJson(QJsonDocument::Compact);
}

FieldErrors checkSyncChange(const SyncChange &change, const QString &prefix)
{
    FieldErrors errors;
    const auto fail = [&](const QString &key, const QString &message) {
        errors.append({prefix + u'.' + key, message});
    };
    if (!isSyncToken(change.changeId, kSyncMaxChangeIdLength)) {
        fail(u"id"_s,
             SyncPackageTr::tr("must be a change id of at most %1 printable characters").arg(kSyncMaxChangeIdLength));
    }
    if (!isValidRecordId(change.originReplicaId)) {
        fail(u"origin"_s, SyncPackageTr::tr("must be a lowercase UUID"));
    }
    if (!isSyncKindName(change.recordKind)) {
        fail(u"kind"_s, SyncPackageTr::tr("must be a record kind name"));
    }
    if (!isValidRecordId(change.recordId)) {
        fail(u"recordId"_s, SyncPackageTr::tr("must be a lowercase UUID"));
    }
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > kMaxFieldName) {
            fail(u"fields"_s,
                 SyncPackageTr::tr("has a field name that is empty or longer than %1 characters").arg(kMaxFieldName));
            break;
        }
    }
    if (change.originSequence < 1) {
        fail(u"seq"_s, SyncPackageTr::tr("must be a whole number of 1 or more"));
    }
    for (auto it = change.supersedes.begin(); it != change.supersedes.end(); ++it) {
        const QJsonArray ids = it.value().toArray();
        const bool valid = it.value().isArray() && ids.size() <= kMaxSuperseded &&
                           std::all_of(ids.begin(), ids.end(), [](const QJsonValue &id) {
                               return isSyncToken(id.toString(), kSyncMaxChangeIdLength);
                           });
        if (it.key().isEmpty() || it.key().size() > kMaxFieldName || !valid) {
            fail(u"supersedes"_s, SyncPackageTr::tr("must map field names to lists of change ids"));
            break;
        }
    }
    if (change.author.size() > kMaxAuthor) {
        fail(u"author"_s, SyncPackageTr::tr("is longer than %1 characters").arg(kMaxAuthor));
    }
    return errors;
}

QList<SyncChange> decodeSyncChanges(const QByteArray &json, const QString &path)
{
    // Strict: Qt alone would read "x\q" as "xq", keep the last of two equal keys, or store a lone
    // surrogate as invalid UTF-8, and a signed package would carry that into the database.
    const StrictJson parsed = parseStrictJson(json);
    if (parsed.problem) {
        throw Error(Error::Kind::Invalid, SyncPackageTr::tr("%1 is damaged: its changes are not valid JSON (%2).")
                                              .arg(fileName(path), parsed.problem->describe()));
    }
    const QJsonDocument &document = parsed.document;
    if (!document.isObject()) {
        throw Error(Error::Kind::Invalid,
                    SyncPackageTr::tr("%1 is damaged: its changes are not valid JSON.").arg(fileName(path)));
    }
    const QJsonValue list = document.object().value(u"changes"_s);
    if (!list.isArray()) {
        refuseChanges(path, {{u"changes"_s, list.isUndefined() ? SyncPackageTr::tr("is missing")
                                                               : SyncPackageTr::tr("must be a list")}});
    }
    const QJsonArray array = list.toArray();
    QList<SyncChange> changes;
    changes.reserve(array.size());
    FieldErrors errors;
    for (qsizetype i = 0; i < array.size(); ++i) {
        changes.append(readChange(array.at(i), u"changes[%1]"_s.arg(i), errors));
    }
    if (!errors.isEmpty()) {
        refuseChanges(path, errors);
    }
    return changes;
}

} // namespace crm
