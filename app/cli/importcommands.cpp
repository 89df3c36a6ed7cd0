// import, import list and import revert: the office's files brought in as records, in batches that
// can be listed and taken back (core/import).
#include "commands.h"
#include "console.h"
#include "domain/error.h"
#include "import/importer.h"
#include "jsonio.h"
#include "session.h"
#include "syncsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
// Messages are translated with an explicit context: lupdate loses a helper struct's context in
// this file (it cannot resolve the interchange and imports namespaces without their headers).
const QString kJson = u"json"_s;
const QString kDryRun = u"dry-run"_s;
const QString kSkipRefused = u"skip-refused"_s;

auto duplicateChoiceOf(const Invocation &invocation) -> imports::DuplicateChoice
{
    const QString text = invocation.value(u"on-duplicate"_s);
    if (text.isEmpty() || text == u"skip"_s) {
        return imports::DuplicateChoice::Skip;
    }
    if (text == u"update"_s) {
        return imports::DuplicateChoice::UpdateEmpty;
    }
    if (text == u"create"_s) {
        return imports::DuplicateChoice::Create;
    }
    throw UsageError(QCoreApplication::translate("crm::cli::ImportCommands",
                                                 "--on-duplicate must be skip, update or create, not \"%1\"")
                         .arg(text));
}

auto conversionOf(const Invocation &invocation) -> interchange::ConversionOptions
{
    const bool dayFirst = invocation.has(u"day-first"_s);
    const bool monthFirst = invocation.has(u"month-first"_s);
    if (dayFirst && monthFirst) {
        throw UsageError(
            QCoreApplication::translate("crm::cli::ImportCommands", "give --day-first or --month-first, not both"));
    }
    interchange::ConversionOptions options;
    options.slashDates = dayFirst     ? interchange::DayMonthOrder::DayFirst
                         : monthFirst ? interchange::DayMonthOrder::MonthFirst
                                      : interchange::DayMonthOrder::Refuse;
    return options;
}

QString formatName(imports::FileFormat format)
{
    switch (format) {
    case imports::FileFormat::Csv:
        return u"csv"_s;
    case imports::FileFormat::Xlsx:
        return u"xlsx"_s;
    case imports::FileFormat::VCard:
        return u"vcard"_s;
    }
    return {};
}

QString reasonName(imports::DuplicateReason reason)
{
    switch (reason) {
    case imports::DuplicateReason::Name:
        return u"name"_s;
    case imports::DuplicateReason::Email:
        return u"email"_s;
    case imports::DuplicateReason::Phone:
        return u"phone"_s;
    case imports::DuplicateReason::Website:
        return u"website"_s;
    }
    return {};
}

QString choiceName(imports::DuplicateChoice choice)
{
    switch (choice) {
    case imports::DuplicateChoice::Skip:
        return u"skip"_s;
    case imports::DuplicateChoice::UpdateEmpty:
        return u"update"_s;
    case imports::DuplicateChoice::Create:
        return u"create"_s;
    }
    return {};
}

// The saved mapping given with --mapping, applied to the file's header, or the guess from it.
auto mappingOf(const Invocation &invocation, RecordKind kind, const QStringList &header, QStringList &notes)
    -> interchange::ColumnMapping
{
    if (!invocation.has(u"mapping"_s)) {
        return interchange::ColumnMapping::guess(kind, header);
    }
    const QVariantMap saved = jsonio::readObject(invocation.value(u"mapping"_s));
    const interchange::ColumnMapping::Applied applied =
        interchange::ColumnMapping::fromJson(QJsonObject::fromVariantMap(saved), kind).applyTo(header);
    for (const QString &missing : applied.missingHeaders) {
        notes << QCoreApplication::translate("crm::cli::ImportCommands",
                                             "the mapping names a column \"%1\" that the file does not have")
                     .arg(missing);
    }
    for (const QString &unnamed : applied.unnamedColumns) {
        notes << QCoreApplication::translate("crm::cli::ImportCommands",
                                             "column \"%1\" is not in the mapping and is skipped")
                     .arg(unnamed);
    }
    return applied.mapping;
}

void saveMapping(const QString &path, const interchange::ColumnMapping &mapping)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw UsageError(QCoreApplication::translate("crm::cli::ImportCommands", "cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

// "row 3, column "E-mail" (email): ..." as stderr shows it.
QString refusalLine(const interchange::CellError &error)
{
    if (error.header.isEmpty()) {
        return QCoreApplication::translate("crm::cli::ImportCommands", "row %1 (%2): %3")
            .arg(error.row)
            .arg(error.field, error.message);
    }
    return QCoreApplication::translate("crm::cli::ImportCommands", "row %1, column \"%2\" (%3): %4")
        .arg(error.row)
        .arg(error.header, error.field, error.message);
}

struct Counts
{
    qint64 create = 0;
    qint64 update = 0;
    qint64 skip = 0;
    qint64 refused = 0;
};

// What the plan will do, before it runs (an update with nothing left to fill is still counted here).
Counts plannedCounts(const imports::ImportPlan &plan)
{
    Counts counts;
    for (const imports::PlannedRow &row : plan.rows) {
        if (row.refused()) {
            ++counts.refused;
        } else if (!row.duplicate || row.choice == imports::DuplicateChoice::Create) {
            ++counts.create;
        } else if (row.choice == imports::DuplicateChoice::UpdateEmpty) {
            ++counts.update;
        } else {
            ++counts.skip;
        }
    }
    return counts;
}

void printSummary(const Invocation &invocation, const imports::ImportSource &source, const imports::ImportPlan &plan,
                  const QStringList &notes, const Counts &counts, const QString &batchId, bool written)
{
    if (invocation.has(kJson)) {
        QJsonArray refused;
        QJsonArray duplicates;
        for (const imports::PlannedRow &row : plan.rows) {
            for (const interchange::CellError &error : row.errors) {
                refused.append(QJsonObject{{u"row"_s, error.row},
                                           {u"column"_s, error.header},
                                           {u"field"_s, error.field},
                                           {u"message"_s, error.message}});
            }
            if (row.duplicate && !row.refused()) {
                duplicates.append(QJsonObject{{u"row"_s, row.sourceRow},
                                              {u"id"_s, row.duplicate->id},
                                              {u"title"_s, row.duplicate->title},
                                              {u"reason"_s, reasonName(row.duplicate->reason)},
                                              {u"value"_s, row.duplicate->value},
                                              {u"choice"_s, choiceName(row.choice)}});
            }
        }
        const QJsonObject object{{u"file"_s, source.fileName},
                                 {u"format"_s, formatName(source.format)},
                                 {u"encoding"_s, plan.encoding},
                                 {u"kind"_s, kindName(plan.kind)},
                                 {u"rows"_s, plan.rows.size()},
                                 {u"create"_s, counts.create},
                                 {u"update"_s, counts.update},
                                 {u"skip"_s, counts.skip},
                                 {u"refused"_s, counts.refused},
                                 {u"written"_s, written},
                                 {u"batch"_s, batchId.isEmpty() ? QJsonValue() : QJsonValue(batchId)},
                                 {u"notes"_s, QJsonArray::fromStringList(notes)},
                                 {u"refused_rows"_s, refused},
                                 {u"duplicates"_s, duplicates}};
        console::write(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    for (const QString &note : notes) {
        console::error(QCoreApplication::translate("crm::cli::ImportCommands", "note: %1").arg(console::oneLine(note)));
    }
    for (const imports::PlannedRow &row : plan.rows) {
        for (const interchange::CellError &error : row.errors) {
            console::error(console::oneLine(refusalLine(error)));
        }
    }
    // "key: value" lines with fixed English keys, like export's, for scripts.
    console::line(u"file: "_s + source.fileName);
    console::line(u"format: "_s + formatName(source.format));
    console::line(u"encoding: "_s + plan.encoding);
    console::line(u"rows: "_s + QString::number(plan.rows.size()));
    for (const imports::PlannedRow &row : plan.rows) {
        if (row.duplicate && !row.refused()) {
            console::line(u"duplicate: row %1 matches %2 (%3) by %4: %5"_s.arg(row.sourceRow)
                              .arg(console::oneLine(row.duplicate->title), row.duplicate->id,
                                   reasonName(row.duplicate->reason), choiceName(row.choice)));
        }
    }
    console::line(u"create: "_s + QString::number(counts.create));
    console::line(u"update: "_s + QString::number(counts.update));
    console::line(u"skip: "_s + QString::number(counts.skip));
    console::line(u"refused: "_s + QString::number(counts.refused));
    console::line(u"batch: "_s + (batchId.isEmpty() ? u"-"_s : batchId));
}
} // namespace

ExitCode importRecords(const Invocation &invocation)
{
    const RecordKind kind = parseKind(invocation.positionals.at(0));
    const QStringList files = invocation.positionals.mid(1);
    const imports::DuplicateChoice choice = duplicateChoiceOf(invocation);
    const interchange::ConversionOptions conversion = conversionOf(invocation);
    const bool dryRun = invocation.has(kDryRun);
    const bool skipRefused = invocation.has(kSkipRefused);
    if (invocation.has(u"save-mapping"_s)) {
        checkWritable(invocation.value(u"save-mapping"_s));
    }
    imports::SourceOptions sourceOptions;
    sourceOptions.encoding = invocation.value(u"encoding"_s);
    sourceOptions.sheet = invocation.value(u"sheet"_s);
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile()) {
            throw UsageError(QCoreApplication::translate("crm::cli::ImportCommands", "cannot read %1: no such file")
                                 .arg(QDir::toNativeSeparators(file)));
        }
    }
    const imports::ImportSource source = imports::readSources(files, sourceOptions);
    QStringList notes;
    const interchange::ColumnMapping mapping = mappingOf(invocation, kind, source.table.header, notes);
    if (invocation.has(u"save-mapping"_s)) {
        saveMapping(invocation.value(u"save-mapping"_s), mapping);
    }

    Session session(invocation, dryRun ? Database::OpenMode::ReadOnly : Database::OpenMode::MustExist);
    if (!dryRun) {
        session.stampOfficer(invocation);
    }
    syncsupport::ProgressPrinter planning(
        QCoreApplication::translate("crm::cli::ImportCommands", "Reading %1").arg(source.fileName));
    imports::ImportPlan plan =
        imports::ImportPlanner(session.db()).plan(source, mapping, conversion, planning.callback());
    planning.finish();
    plan.chooseForAll(choice);
    notes = plan.notes + notes;
    const Counts counts = plannedCounts(plan);
    const bool refusedStop = counts.refused > 0 && !skipRefused;
    if (dryRun || refusedStop) {
        printSummary(invocation, source, plan, notes, counts, {}, false);
        if (refusedStop) {
            console::error(QCoreApplication::translate("crm::cli::ImportCommands",
                                                       "delegates-crm-cli: %n row(s) refused; nothing was written "
                                                       "(--skip-refused leaves them out)",
                                                       nullptr, int(counts.refused)));
            return ExitCode::InvalidData;
        }
        return ExitCode::Success;
    }
    imports::RunOptions options;
    options.skipRefused = skipRefused;
    syncsupport::ProgressPrinter writing(
        QCoreApplication::translate("crm::cli::ImportCommands", "Importing %1").arg(source.fileName));
    const imports::ImportResult result = imports::Importer(session.db()).run(plan, options, writing.callback());
    writing.finish();
    Counts written;
    written.create = result.created;
    written.update = result.updated;
    written.skip = result.skipped - result.refused;
    written.refused = result.refused;
    printSummary(invocation, source, plan, notes, written, result.batchId, true);
    return ExitCode::Success;
}

ExitCode listImports(const Invocation &invocation)
{
    Session session(invocation, Database::OpenMode::ReadOnly);
    const QList<imports::ImportBatch> batches = imports::Importer(session.db()).batches();
    if (invocation.has(kJson)) {
        QJsonArray array;
        for (const imports::ImportBatch &batch : batches) {
            array.append(QJsonObject{{u"id"_s, batch.id},
                                     {u"kind"_s, kindName(batch.kind)},
                                     {u"file"_s, batch.fileName},
                                     {u"imported_at"_s, batch.importedAt.toString(Qt::ISODate)},
                                     {u"officer_id"_s, batch.officerId.isEmpty() ? QJsonValue() : batch.officerId},
                                     {u"created"_s, batch.created},
                                     {u"updated"_s, batch.updated},
                                     {u"skipped"_s, batch.skipped},
                                     {u"reverted_at"_s, batch.revertedAt.isValid()
                                                            ? QJsonValue(batch.revertedAt.toString(Qt::ISODate))
                                                            : QJsonValue()}});
        }
        console::write(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    // One line each, tab-separated like list: ID IMPORTED KIND CREATED UPDATED SKIPPED REVERTED FILE.
    for (const imports::ImportBatch &batch : batches) {
        console::line(QStringList{batch.id, batch.importedAt.toString(Qt::ISODate), kindName(batch.kind),
                                  QString::number(batch.created), QString::number(batch.updated),
                                  QString::number(batch.skipped),
                                  batch.revertedAt.isValid() ? batch.revertedAt.toString(Qt::ISODate) : u"-"_s,
                                  console::oneLine(batch.fileName)}
                          .join(u'\t'));
    }
    return ExitCode::Success;
}

ExitCode revertImport(const Invocation &invocation)
{
    const QString batchId = invocation.positionals.at(0);
    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    imports::Importer(session.db()).revert(batchId);
    console::line(u"reverted: "_s + batchId);
    return ExitCode::Success;
}

} // namespace crm::cli
