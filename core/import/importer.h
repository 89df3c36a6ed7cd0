#pragma once

// API sketch of crm_import (core/import/), fixed before its implementation so the import service,
// the CLI and the GUI wizard can be written side by side (issue 18, points 1-6). The implementation
// may split these across files (importsource.h, importplan.h, importer.h); the names and semantics
// below are the contract.

#include "domain/recordkind.h"
#include "interchange/cellvalues.h"
#include "interchange/columnmapping.h"
#include "interchange/rowconversion.h"
#include "interchange/table.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <optional>

namespace crm {
class Database;
}

namespace crm::import {

// How far a long step is (rows read, planned or written, and the total); returning false cancels
// it: a cancelled plan is discarded, a cancelled run writes nothing.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

enum class FileFormat
{
    Csv,   // CSV or TSV (any delimiter Excel writes)
    Xlsx,  // Excel workbook
    VCard, // one or more business cards
};

struct SourceOptions
{
    QString encoding; // CSV and vCard: empty detects it (interchange::decodeText)
    QString sheet;    // .xlsx: empty is the first sheet
};

// A file (or several vCard files, a folder of cards) read into one table, with what the officer is
// shown about it: the format, the encoding or sheet read, the sheets there are, the readers' notes.
struct ImportSource
{
    QString fileName; // shown and kept in the batch: the base name, "3 files" for several
    FileFormat format = FileFormat::Csv;
    interchange::Table table;
    QStringList sheets; // .xlsx only
};

// By extension (.csv .tsv .txt; .xlsx; .vcf .vcard), else by content (a zip, BEGIN:VCARD, text).
// Throws crm::Error (Invalid) with the reader's message for a file it cannot read (empty, binary,
// header-only, broken zip or XML, a card without END, a cell past its limit).
ImportSource readSource(const QString &path, const SourceOptions &options = {});
// Several vCard files as one table (the rows of each in turn; Table::sourceRows stay per file and
// the notes name the file).
ImportSource readSources(const QStringList &paths, const SourceOptions &options = {});

enum class DuplicateChoice
{
    Skip,        // leave the existing record as it is (the default)
    UpdateEmpty, // fill the existing record's empty fields from the row, change nothing else
    Create,      // create a new record anyway
};

// Why a row looks like a record already there.
enum class DuplicateReason
{
    Name,    // the same name within the kind, folded (foldForSearch: legal forms ignored)
    Email,   // the same e-mail address (case-insensitive)
    Phone,   // the same phone number, digits only (+81 3-1234-5678 and 03 1234 5678 alike)
    Website, // the same website domain (https://www.yazaki.co.jp/en and yazaki.co.jp alike)
};

struct DuplicateMatch
{
    QString id;    // the existing record
    QString title; // its title, as lists show it
    DuplicateReason reason = DuplicateReason::Name;
    QString value; // what matched, as the row has it
};

// One data row as it will be stored.
struct PlannedRow
{
    int sourceRow = 0;  // the line or row number in the file
    // JSON form (docs/json-format.md) with its links resolved to ids. A row to be created carries
    // the id the planner gave it ("id", a UUIDv7), so running the same plan again after a revert
    // (the GUI's redo) makes the same records with the same ids.
    QVariantMap record;
    // Why the row is refused: the converter's field errors and the links that name no record or
    // several ("investor: no investor is named 'Foo KK'", "... 2 investors are named ...").
    QList<interchange::CellError> errors;
    std::optional<DuplicateMatch> duplicate;
    DuplicateChoice choice = DuplicateChoice::Skip; // only read when duplicate is set
    bool refused() const { return !errors.isEmpty(); }
};

struct ImportPlan
{
    RecordKind kind = RecordKind::Contact;
    QString fileName;
    QString encoding;   // Table::encoding
    QStringList notes;  // the reader's and the mapping's (skipped columns, ignored photos)
    QList<PlannedRow> rows;
    bool cancelled = false; // the progress callback said stop: rows is incomplete, do not run it

    qsizetype refusedCount() const;
    qsizetype duplicateCount() const;
    // Sets the choice of every duplicate row.
    void chooseForAll(DuplicateChoice choice);
};

// Turns a table into a plan against the database as it is: converts each row with the mapping
// (interchange::RowConverter), matches link columns by name (the target kind's names and aliases
// folded with foldForSearch; exactly one match fills the link, none or several refuse the row) and
// finds the rows that match an existing live record (DuplicateReason). Reads each kind it needs
// once (not once per row). Writes nothing.
class ImportPlanner final
{
public:
    explicit ImportPlanner(Database &db);
    ImportPlan plan(const ImportSource &source, const interchange::ColumnMapping &mapping,
                    const interchange::ConversionOptions &options = {}, const ImportProgress &progress = {});

private:
    Database &m_db;
};

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

} // namespace crm::import
