#pragma once

#include "domain/recordkind.h"
#include "importsource.h"
#include "interchange/columnmapping.h"
#include "interchange/rowconversion.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace crm {
class Database;
}

namespace crm::imports {

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
    int sourceRow = 0; // the line or row number in the file
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
    QString encoding;  // Table::encoding
    QStringList notes; // the reader's and the mapping's (skipped columns, ignored photos)
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

} // namespace crm::imports
