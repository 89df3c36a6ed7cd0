#pragma once

// crm_import (core/import/), issue 18: a file read into a table (importsource.h), planned against
// the database (importplan.h) and written as one batch that can be listed and reverted (here).
// Including this header brings the whole service.

#include "domain/recordkind.h"
#include "importplan.h"
#include "importsource.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace crm {
class Database;
}

namespace crm::imports {

struct RunOptions
{
    // false: a plan with a refused row is refused as a whole (crm::Error Invalid naming the first
    // refused rows) and nothing is written; true: refused rows are left out and counted.
    bool skipRefused = false;
};

struct ImportResult
{
    QString batchId; // empty when cancelled
    qint64 created = 0;
    qint64 updated = 0; // duplicates whose empty fields were filled
    qint64 skipped = 0; // duplicates skipped, plus refused rows left out
    qint64 refused = 0;
    QStringList createdIds;
    bool cancelled = false; // nothing was written
};

// One import batch as the history lists it.
struct ImportBatch
{
    QString id; // UUIDv7
    RecordKind kind = RecordKind::Contact;
    QString fileName;
    QDateTime importedAt; // UTC
    QString officerId;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    QDateTime revertedAt; // UTC; invalid unless reverted
};

// What Update Empty Fields writes to an existing record (JSON form): the row's filled values for the
// fields the record leaves empty (null, blank text, an empty list). The preview shows its keys.
QVariantMap emptyFieldsFilled(const QVariantMap &existing, const QVariantMap &row);

// Writes a plan as one batch: one transaction (all rows or none), each record through crm::Records
// with ChangeOrigin::Import (so the audit log, the search index and the sync log follow it as any
// edit), and one import_batch row with the file name and what each record was before, so that the
// batch can be reverted.
class Importer final
{
public:
    explicit Importer(Database &db);

    ImportResult run(const ImportPlan &plan, const RunOptions &options = {}, const ImportProgress &progress = {});

    // Takes a batch back in one transaction: its created records removed for good (trash and purge),
    // the fields it filled emptied again. Refused (crm::Error Conflict) naming the records changed
    // since the import (by an edit, a sync merge or another batch), or when the batch was already
    // reverted; crm::Error NotFound for an unknown id. Nothing changes when refused.
    void revert(const QString &batchId);
    // Newest first.
    QList<ImportBatch> batches() const;
    // The ids a batch created and updated (for the GUI to show them).
    QStringList recordIds(const QString &batchId) const;

private:
    Database &m_db;
};

} // namespace crm::imports
