#pragma once

#include "interchange/table.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace crm::imports {

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

} // namespace crm::imports
