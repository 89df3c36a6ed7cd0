#include "records.h"

#include "domain/error.h"
#include "domain/recordcodec.h"
#include "storage/auditlog.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {

const QString kDeletedAt = u"deleted_at"_s;

// The record in storage form (the codec's titles read that), and the JSON form callers get.
struct Snapshot
{
    QVariantMap stored;
    QVariantMap json;
};

Snapshot snapshot(const RecordStore &store, RecordKind kind, const QString &id)
{
    Snapshot s;
    s.stored = store.get(kind, id, MapFormat::Storage);
    s.json = codecFor(kind).toJson(s.stored);
    return s;
}

WriteOptions writeOptions(const EditOptions &options, const QVariantMap *before = nullptr)
{
    WriteOptions write;
    write.format = options.format;
    write.origin = options.origin;
    write.before = before;
    return write;
}

} // namespace

Records::Records(Database &db) : m_db(&db) {}

RecordResult Records::finish(RecordKind kind, const QString &id, const QVariantMap &before, bool changed) const
{
    const Snapshot after = snapshot(m_db->records(), kind, id);
    return {id, changed, before, after.json, codecFor(kind).title(after.stored)};
}

RecordResult Records::create(RecordKind kind, const QVariantMap &input, EditOptions options)
{
    if (!options.readBack) { // the store's write is one transaction by itself: no savepoint around it
        return {m_db->records().create(kind, input, writeOptions(options)), true, {}, {}, {}};
    }
    Transaction transaction(*m_db);
    const QString id = m_db->records().create(kind, input, writeOptions(options));
    RecordResult result = finish(kind, id, {}, true);
    transaction.commit();
    return result;
}

QStringList Records::createMany(RecordKind kind, const QList<QVariantMap> &inputs, EditOptions options,
                                const std::function<void(qsizetype)> &beforeEach)
{
    return m_db->records().createMany(kind, inputs, writeOptions(options), beforeEach);
}

RecordResult Records::update(RecordKind kind, const QString &id, const QVariantMap &changes, EditOptions options)
{
    if (!options.readBack) {
        return {id, m_db->records().update(kind, id, changes, writeOptions(options)), {}, {}, {}};
    }
    Transaction transaction(*m_db);
    const Snapshot before = snapshot(m_db->records(), kind, id); // the one read before: the store takes it
    if (!m_db->records().update(kind, id, changes, writeOptions(options, &before.stored))) {
        return {id, false, before.json, before.json, codecFor(kind).title(before.stored)}; // nothing to commit
    }
    RecordResult result = finish(kind, id, before.json, true);
    transaction.commit();
    return result;
}

RecordResult Records::trash(RecordKind kind, const QString &id)
{
    return setTrashed(kind, id, true);
}

RecordResult Records::restore(RecordKind kind, const QString &id)
{
    return setTrashed(kind, id, false);
}

// Moving to the Trash and back are one change each way; a record already where it is asked to be
// is left unwritten (changed = false).
RecordResult Records::setTrashed(RecordKind kind, const QString &id, bool trashed)
{
    Transaction transaction(*m_db);
    const Snapshot before = snapshot(m_db->records(), kind, id);
    if (before.stored.contains(kDeletedAt) == trashed) {
        return {id, false, before.json, before.json, codecFor(kind).title(before.stored)};
    }
    if (trashed) {
        m_db->records().moveToTrash(kind, id);
    } else {
        m_db->records().restore(kind, id);
    }
    RecordResult result = finish(kind, id, before.json, true);
    transaction.commit();
    return result;
}

RecordResult Records::purge(RecordKind kind, const QString &id)
{
    Transaction transaction(*m_db);
    const Snapshot before = snapshot(m_db->records(), kind, id);
    m_db->records().purge(kind, id);
    transaction.commit();
    return {id, true, before.json, {}, codecFor(kind).title(before.stored)};
}

RecordResult Records::trashAndPurge(RecordKind kind, const QString &id)
{
    Transaction transaction(*m_db);
    const Snapshot before = snapshot(m_db->records(), kind, id);
    m_db->records().trashAndPurge(kind, id);
    transaction.commit();
    return {id, true, before.json, {}, codecFor(kind).title(before.stored)};
}

template<class Change>
QList<RecordResult> Records::many(const QList<RecordRef> &records, Change change)
{
    Transaction transaction(*m_db);
    QList<RecordResult> results;
    results.reserve(records.size());
    for (const RecordRef &record : records) {
        results << (this->*change)(record.kind, record.id);
    }
    transaction.commit();
    return results;
}

QList<RecordResult> Records::trashMany(const QList<RecordRef> &records)
{
    return many(records, &Records::trash);
}

QList<RecordResult> Records::restoreMany(const QList<RecordRef> &records)
{
    return many(records, &Records::restore);
}

QList<RecordResult> Records::purgeMany(const QList<RecordRef> &records)
{
    // A record still needed by another one chosen with it (an investor and its contacts) waits
    // for a later pass; only a refusal no pass can get past fails the whole purge.
    Transaction transaction(*m_db);
    QList<RecordResult> results;
    QList<RecordRef> waiting = records;
    while (!waiting.isEmpty()) {
        QList<RecordRef> refused;
        std::optional<Error> lastRefusal;
        for (const RecordRef &record : std::as_const(waiting)) {
            try {
                results << purge(record.kind, record.id); // a savepoint: a refusal leaves nothing behind
            } catch (const Error &error) {
                if (error.kind() != Error::Kind::Conflict) {
                    throw;
                }
                refused << record;
                lastRefusal = error;
            }
        }
        if (refused.size() == waiting.size()) {
            throw *lastRefusal;
        }
        waiting = refused;
    }
    transaction.commit();
    return results;
}

RecordResult Records::current(RecordKind kind, const QString &id) const
{
    return finish(kind, id, {}, false);
}

QVariantMap Records::get(RecordKind kind, const QString &id, MapFormat format) const
{
    return m_db->records().get(kind, id, format);
}

std::optional<QVariantMap> Records::find(RecordKind kind, const QString &id, MapFormat format) const
{
    return m_db->records().find(kind, id, format);
}

bool Records::exists(RecordKind kind, const QString &id) const
{
    return m_db->records().exists(kind, id);
}

QString Records::title(RecordKind kind, const QString &id) const
{
    return m_db->records().title(kind, id);
}

std::optional<QString> Records::findIdBy(RecordKind kind, const QString &field, const QVariant &value) const
{
    return m_db->records().findIdBy(kind, field, value);
}

void Records::forEach(RecordKind kind, const ListQuery &query,
                      const std::function<bool(const QVariantMap &)> &visit) const
{
    m_db->records().forEach(kind, query, visit);
}

qint64 Records::count(RecordKind kind, bool trash) const
{
    return m_db->records().count(kind, trash);
}

qint64 Records::totalCount() const
{
    return m_db->records().totalCount();
}

QList<HistoryEntry> Records::history(RecordKind kind, const QString &id) const
{
    return m_db->records().history(kind, id);
}

QList<HistoryEntry> Records::auditLines(const QString &id) const
{
    return m_db->audit().history(id);
}

} // namespace crm
