#pragma once

#include "storage/recordstore.h"

#include <QSet>
#include <optional>

namespace crm {

class SqliteDatabase;

// RecordStore on SQLite: validates with the kind's domain rules, checks links to other records,
// stamps ids, times and the officer, and makes each change one transaction in which it publishes
// one ChangeEvent to the database's feed.
class SqliteRecordStore final : public RecordStore
{
public:
    explicit SqliteRecordStore(SqliteDatabase &db);

    using RecordStore::create;
    using RecordStore::update;

    QString create(RecordKind kind, const QVariantMap &input, const WriteOptions &options) override;
    QStringList createMany(RecordKind kind, const QList<QVariantMap> &inputs, const WriteOptions &options,
                           const std::function<void(qsizetype)> &beforeEach) override;
    bool update(RecordKind kind, const QString &id, const QVariantMap &changes, const WriteOptions &options) override;
    QVariantMap get(RecordKind kind, const QString &id, MapFormat format) const override;
    std::optional<QVariantMap> find(RecordKind kind, const QString &id, MapFormat format) const override;
    bool exists(RecordKind kind, const QString &id) const override;
    QString title(RecordKind kind, const QString &id) const override;
    // The id of the first live record whose field equals value (officer by initials, ...).
    std::optional<QString> findIdBy(RecordKind kind, const QString &field, const QVariant &value) const override;

    void moveToTrash(RecordKind kind, const QString &id) override;
    void restore(RecordKind kind, const QString &id) override;
    // Deletes a record in the Trash for good. Links to it are cleared, its notes and follow-ups
    // go with it; refused while a record that needs it (a contact's investor) still exists.
    void purge(RecordKind kind, const QString &id) override;
    // Moves a live record to the Trash and purges it in one transaction (undoing its creation):
    // when the purge is refused, the record stays where it was, not in the Trash. Two changes, two
    // events (Trash, then Purge), so the audit and sync logs read as they always did.
    void trashAndPurge(RecordKind kind, const QString &id) override;

    // For sync only: writes a record as a merge computed it, inside the caller's transaction. No
    // validation (each side validated its own edit); its event's origin is SyncMerge, which the
    // sync log does not log again, while the audit log and the search index follow it as any edit.
    void writeMerged(RecordKind kind, const QString &id, const QVariantMap &merged, bool inTrash) override;

    // Merging records (sqliterecordmergeaway.cpp; see RecordStore).
    void mergeAway(RecordKind kind, const QString &id, const QString &survivorId, ChangeOrigin origin) override;
    void unmerge(RecordKind kind, const QString &id, const QVariantMap &stored, ChangeOrigin origin) override;
    QString survivorOf(const QString &id) const override;
    QStringList mergedInto(const QString &survivorId) const override;
    QList<Referrer> referrersOf(RecordKind kind, const QString &id) const override;

    // Streams records in storage form, in SQL order; stops when visit returns false.
    void forEach(RecordKind kind, const ListQuery &query,
                 const std::function<bool(const QVariantMap &)> &visit) const override;
    qint64 count(RecordKind kind, bool trash) const override;
    qint64 totalCount() const override;
    QList<HistoryEntry> history(RecordKind kind, const QString &id) const override;

private:
    // Children are the record's lists; titles, trash moves and history need only its row.
    enum class Lists
    {
        Read,
        Skip
    };
    QVariantMap fetch(RecordKind kind, const QString &id, Lists lists = Lists::Read) const;
    // The input in storage form with its id, validated and its links checked; throws when refused.
    QVariantMap validated(RecordKind kind, const QVariantMap &input, const WriteOptions &options) const;
    // Writes a validated record and publishes its creation, inside the caller's transaction.
    QString insert(RecordKind kind, QVariantMap stored, const WriteOptions &options);
    void insertChildren(RecordKind kind, const QString &id, const QString &field, const QVariantList &rows);
    void assignChildIds(RecordKind kind, QVariantMap &stored, FieldErrors &errors) const;
    FieldErrors checkLinks(RecordKind kind, const QVariantMap &stored, const QVariantMap &previous,
                           const QString &id) const;
    QString linkProblem(RecordKind target, const QString &id) const;
    // The id of another record of the kind whose column holds value (a unique column), or empty.
    QString otherRecordWith(RecordKind kind, const QString &column, const QVariant &value, const QString &id) const;
    void clearReferencesTo(RecordKind kind, const QString &id, QList<CascadeEffect> &cascade);
    // A change stamped with the officer and the clock's time, ready to publish.
    ChangeEvent changeOf(RecordKind kind, const QString &id, ChangeAction action) const;
    // Publishes inside the change's transaction; refuses (and so rolls back) a change to a file
    // with sync on when nobody records the sync log.
    void publish(const ChangeEvent &event);
    // Columns whose value changed, then lists, as the audit log writes them.
    static QList<FieldChange> diff(RecordKind kind, const QVariantMap &before, const QVariantMap &after);

    // A record may leave the living while createMany() runs only through a write made from its
    // beforeEach (a progress dialog's event loop): such writes forget what it found.
    void forgetLiveLinks()
    {
        if (m_liveLinks) {
            m_liveLinks->clear();
        }
    }

    SqliteDatabase &m_db;
    // While createMany() runs: the links (kind:id) already found live, so that 100,000 contacts
    // of a few thousand investors look each investor up once.
    mutable std::optional<QSet<QString>> m_liveLinks;
};

} // namespace crm
