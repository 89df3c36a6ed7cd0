#include "importer.h"

#include "domain/catalogue/catalogue.h"
#include "domain/error.h"
#include "domain/recordid.h"
#include "services/records/records.h"
#include "storage/changeevent.h"
#include "storage/database.h"
#include "storage/importlog.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crm::imports {
namespace {
struct ImporterTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::imports::Importer)
};

constexpr qsizetype kProgressStep = 500;
constexpr qsizetype kNamedAtMost = 5;

// Thrown inside the run's transaction when the progress callback says stop: it rolls back.
struct Cancelled
{
};

bool isEmptyValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        return true;
    }
    if (value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList) {
        return value.toList().isEmpty();
    }
    if (value.userType() == QMetaType::QVariantMap) {
        return value.toMap().isEmpty();
    }
    return value.userType() == QMetaType::QString && value.toString().trimmed().isEmpty();
}

// "row 3, column "E-mail" (email): ..." for the first refused rows, "and 12 more".
QString refusedMessage(const ImportPlan &plan)
{
    QStringList lines;
    qsizetype more = 0;
    for (const PlannedRow &row : plan.rows) {
        for (const interchange::CellError &error : row.errors) {
            if (lines.size() >= kNamedAtMost) {
                ++more;
                continue;
            }
            lines << (error.header.isEmpty()
                          ? ImporterTr::tr("row %1 (%2): %3").arg(error.row).arg(error.field, error.message)
                          : ImporterTr::tr("row %1, column \"%2\" (%3): %4")
                                .arg(error.row)
                                .arg(error.header, error.field, error.message));
        }
    }
    if (more > 0) {
        lines << ImporterTr::tr("and %n more", nullptr, int(more));
    }
    return ImporterTr::tr("%n row(s) of %1 cannot be imported; nothing was written:\n%2", nullptr,
                          int(plan.refusedCount()))
        .arg(plan.fileName, lines.join(u'\n'));
}

// The empty value a filled field goes back to: an empty list for a list, else null.
QVariant emptyValueOf(RecordKind kind, const QString &field)
{
    const catalogue::FieldSpec *spec = catalogue::Catalogue::builtin().field(kind, field);
    if (spec && spec->shape() == catalogue::FieldSpec::Shape::TextList) {
        return QVariantList{};
    }
    return {};
}

EditOptions importEdit()
{
    EditOptions options;
    options.readBack = false;
    options.origin = ChangeOrigin::Import;
    return options;
}

ImportBatch batchFrom(const storage::ImportBatchRow &row)
{
    ImportBatch batch;
    batch.id = row.id;
    batch.kind = kindFromName(row.kind).value_or(RecordKind::Contact);
    batch.fileName = row.fileName;
    batch.importedAt = row.importedAt;
    batch.officerId = row.officerId;
    batch.created = row.created;
    batch.updated = row.updated;
    batch.skipped = row.skipped;
    batch.revertedAt = row.revertedAt;
    return batch;
}

// Refuses, while a batch is reverted, a purge that would reach a record outside the batch: a note
// or follow-up about an imported record purged with it, a link to it cleared from a meeting. The
// revert takes back the import and nothing written since; the error rolls the revert back.
class OutsideEffects final : public ChangeSubscriber
{
public:
    OutsideEffects(Database &db, const QString &fileName, QSet<QString> batch)
        : m_db(db), m_fileName(fileName), m_batch(std::move(batch))
    {
        m_db.changes().subscribe(this, 0); // before the audit log and the search index
    }
    ~OutsideEffects() override { m_db.changes().unsubscribe(this); }
    Q_DISABLE_COPY_MOVE(OutsideEffects)

    void onChange(const ChangeEvent &event) override
    {
        for (const CascadeEffect &effect : event.cascade) {
            if (m_batch.contains(effect.id)) {
                continue;
            }
            const catalogue::KindSpec &spec = catalogue::Catalogue::builtin().kind(event.kind);
            const QString imported = spec.title ? spec.title(event.before) : event.id;
            if (effect.what == CascadeEffect::What::Purged) {
                throw Error(Error::Kind::Conflict,
                            ImporterTr::tr("The import of %1 cannot be reverted: a note or follow-up was written "
                                           "since about %2, and would go with it. Nothing was changed.")
                                .arg(m_fileName, imported));
            }
            const QString other = m_db.records().title(effect.kind, effect.id);
            throw Error(Error::Kind::Conflict,
                        ImporterTr::tr("The import of %1 cannot be reverted: %2 names %3 since. Nothing was "
                                       "changed.")
                            .arg(m_fileName, other, imported));
        }
    }

private:
    Database &m_db;
    QString m_fileName;
    QSet<QString> m_batch;
};
} // namespace

QVariantMap emptyFieldsFilled(const QVariantMap &existing, const QVariantMap &row)
{
    QVariantMap changes;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (it.key() == u"id"_s || isEmptyValue(it.value())) {
            continue;
        }
        if (isEmptyValue(existing.value(it.key()))) {
            changes.insert(it.key(), it.value());
        }
    }
    return changes;
}

Importer::Importer(Database &db) : m_db(db) {}

ImportResult Importer::run(const ImportPlan &plan, const RunOptions &options, const ImportProgress &progress)
{
    if (plan.cancelled) {
        throw Error(Error::Kind::Invalid, ImporterTr::tr("The import of %1 was cancelled while it was prepared; "
                                                         "prepare it again.")
                                              .arg(plan.fileName));
    }
    if (!options.skipRefused && plan.refusedCount() > 0) {
        throw Error(Error::Kind::Invalid, refusedMessage(plan));
    }
    Records records(m_db);
    ImportResult result;
    QList<storage::ImportBatchRecord> done;
    const qint64 total = plan.rows.size();
    const auto rowError = [&plan](const PlannedRow &row, const Error &error) {
        return Error(error.kind(),
                     ImporterTr::tr("Row %1 of %2: %3; nothing was written.")
                         .arg(row.sourceRow)
                         .arg(plan.fileName, error.message()),
                     error.fieldErrors());
    };
    const auto report = [&](qint64 rowsDone) {
        if (progress && !progress(rowsDone, total)) {
            throw Cancelled{};
        }
    };
    // New records wait here and go to createMany() together: one savepoint for them instead of one
    // per record (most of an import's time before), and each investor they name looked up once.
    // Whatever else a row does happens after the rows before it are written, so progress counts
    // written rows and the audit log keeps the file's order.
    QList<QVariantMap> pending;
    QList<qsizetype> pendingRows;
    const auto writePending = [&] {
        if (pending.isEmpty()) {
            return;
        }
        qsizetype current = pendingRows.constFirst();
        try {
            const QStringList ids = records.createMany(plan.kind, pending, importEdit(), [&](qsizetype index) {
                current = pendingRows.at(index);
                if (current % kProgressStep == 0) {
                    report(current);
                }
            });
            for (const QString &id : ids) {
                ++result.created;
                result.createdIds << id;
                done.append({id, true, {}});
            }
        } catch (const Error &error) {
            throw rowError(plan.rows.at(current), error);
        }
        pending.clear();
        pendingRows.clear();
    };
    try {
        Transaction transaction(m_db);
        for (qsizetype i = 0; i < plan.rows.size(); ++i) {
            const PlannedRow &row = plan.rows.at(i);
            if (!row.refused() && (!row.duplicate || row.choice == DuplicateChoice::Create)) {
                pending << row.record;
                pendingRows << i;
                continue;
            }
            if (i % kProgressStep == 0) {
                writePending();
                report(i);
            }
            if (row.refused()) {
                ++result.refused;
                ++result.skipped;
                continue;
            }
            if (row.choice == DuplicateChoice::Skip) {
                ++result.skipped;
                continue;
            }
            writePending();
            try {
                const QVariantMap existing = records.get(plan.kind, row.duplicate->id);
                const QVariantMap changes = emptyFieldsFilled(existing, row.record);
                if (changes.isEmpty() || !records.update(plan.kind, row.duplicate->id, changes, importEdit()).changed) {
                    ++result.skipped;
                    continue;
                }
                ++result.updated;
                done.append({row.duplicate->id, false, changes.keys()});
            } catch (const Error &error) {
                throw rowError(row, error);
            }
        }
        writePending();
        report(total);
        storage::ImportLog &log = m_db.imports();
        storage::ImportBatchRow batch;
        batch.id = newRecordId();
        batch.kind = kindName(plan.kind);
        batch.fileName = plan.fileName;
        batch.importedAt = m_db.clock().nowUtc();
        batch.officerId = m_db.officerId();
        batch.created = result.created;
        batch.updated = result.updated;
        batch.skipped = result.skipped;
        batch.auditSequence = log.lastAuditSequence();
        log.addBatch(batch);
        log.addRecords(batch.id, done);
        transaction.commit();
        result.batchId = batch.id;
    } catch (const Cancelled &) {
        ImportResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    return result;
}

void Importer::revert(const QString &batchId)
{
    storage::ImportLog &log = m_db.imports();
    const std::optional<storage::ImportBatchRow> batch = log.batch(batchId);
    if (!batch) {
        throw Error::notFound(ImporterTr::tr("There is no import batch %1.").arg(batchId));
    }
    if (batch->revertedAt.isValid()) {
        throw Error(Error::Kind::Conflict, ImporterTr::tr("The import of %1 was already reverted on %2.")
                                               .arg(batch->fileName, batch->revertedAt.toString(Qt::ISODate)));
    }
    const std::optional<RecordKind> kind = kindFromName(batch->kind);
    if (!kind) {
        throw Error(Error::Kind::Database,
                    ImporterTr::tr("The import batch %1 names an unknown kind \"%2\".").arg(batchId, batch->kind));
    }
    Records records(m_db);
    const QStringList changed = log.changedSince(batchId);
    if (!changed.isEmpty()) {
        QStringList named;
        for (const QString &id : changed.first(std::min(changed.size(), kNamedAtMost))) {
            const std::optional<QVariantMap> record = records.find(*kind, id);
            const QString title = record ? records.title(*kind, id) : QString();
            named << (title.isEmpty() ? id : title);
        }
        if (changed.size() > kNamedAtMost) {
            named << ImporterTr::tr("and %n more", nullptr, int(changed.size() - kNamedAtMost));
        }
        throw Error(Error::Kind::Conflict,
                    ImporterTr::tr("The import of %1 cannot be reverted: %n of its records changed since "
                                   "(%2). Nothing was changed.",
                                   nullptr, int(changed.size()))
                        .arg(batch->fileName, named.join(u", "_s)));
    }
    const QList<storage::ImportBatchRecord> batchRecords = log.records(batchId);
    QSet<QString> ids;
    for (const storage::ImportBatchRecord &record : batchRecords) {
        ids.insert(record.recordId);
    }
    Transaction transaction(m_db);
    const OutsideEffects guard(m_db, batch->fileName, ids);
    for (const storage::ImportBatchRecord &record : batchRecords) {
        if (record.created) {
            records.trashAndPurge(*kind, record.recordId);
            continue;
        }
        QVariantMap emptied;
        for (const QString &field : record.filled) {
            emptied.insert(field, emptyValueOf(*kind, field));
        }
        records.update(*kind, record.recordId, emptied, importEdit());
    }
    log.markReverted(batchId, m_db.clock().nowUtc());
    transaction.commit();
}

QList<ImportBatch> Importer::batches() const
{
    QList<ImportBatch> batches;
    for (const storage::ImportBatchRow &row : m_db.imports().batches()) {
        batches << batchFrom(row);
    }
    return batches;
}

QStringList Importer::recordIds(const QString &batchId) const
{
    if (!m_db.imports().batch(batchId)) {
        throw Error::notFound(ImporterTr::tr("There is no import batch %1.").arg(batchId));
    }
    QStringList ids;
    for (const storage::ImportBatchRecord &record : m_db.imports().records(batchId)) {
        ids << record.recordId;
    }
    return ids;
}

} // namespace crm::imports
