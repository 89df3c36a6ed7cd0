// export and calendar: a record list to CSV, .xlsx or vCards, and meetings and follow-ups of a
// date range to an iCalendar file.
#include "commands.h"
#include "console.h"
#include "documents/calendarexport.h"
#include "documents/contactcards.h"
#include "documents/listexport.h"
#include "domain/catalogue/catalogue.h"
#include "domain/error.h"
#include "domain/partialdate.h"
#include "interchange/icalendarwriter.h"
#include "interchange/vcardwriter.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
// Messages are translated with an explicit context: lupdate loses a helper struct's context in
// this file (it cannot resolve the interchange and imports namespaces without their headers).
const QString kCsv = u"csv"_s;
const QString kXlsx = u"xlsx"_s;
const QString kVCard = u"vcard"_s;
const QString kVCardVersion = u"vcard-version"_s;
const QString kSort = u"sort"_s;
const QString kFrom = u"from"_s;
const QString kTo = u"to"_s;
const QString kIcs = u"ics"_s;

void saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw UsageError(QCoreApplication::translate("crm::cli::ExportCommand", "cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

// Exactly one of --csv, --xlsx and --vcard.
QString formatOf(const Invocation &invocation)
{
    QStringList given;
    for (const QString &option : {kCsv, kXlsx, kVCard}) {
        if (invocation.has(option)) {
            given << option;
        }
    }
    if (given.size() != 1) {
        throw UsageError(QCoreApplication::translate(
            "crm::cli::ExportCommand", "export writes one file: give one of --csv FILE, --xlsx FILE and --vcard FILE"));
    }
    return given.constFirst();
}

auto vcardVersionOf(const Invocation &invocation) -> interchange::VCardVersion
{
    if (!invocation.has(kVCardVersion)) {
        return interchange::VCardVersion::V4;
    }
    const QString text = invocation.value(kVCardVersion);
    if (text == u"4"_s || text == u"4.0"_s) {
        return interchange::VCardVersion::V4;
    }
    if (text == u"3"_s || text == u"3.0"_s) {
        return interchange::VCardVersion::V3;
    }
    throw UsageError(
        QCoreApplication::translate("crm::cli::ExportCommand", "--vcard-version must be 3 or 4, not \"%1\"").arg(text));
}

// "2025-10-06", or "2025-10" and "2025" for the whole month or year: --from takes its first day,
// --to its last (as timeline reads them).
PartialDate dateOption(const Invocation &invocation, const QString &option)
{
    const QString text = invocation.value(option);
    const std::optional<PartialDate> date = PartialDate::fromIso(text);
    if (!date) {
        throw UsageError(QCoreApplication::translate("crm::cli::ExportCommand",
                                                     "--%1 must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not \"%2\"")
                             .arg(option, text));
    }
    return *date;
}
} // namespace

ExitCode exportList(const Invocation &invocation)
{
    ListExportQuery query;
    query.kind = parseKind(invocation.positionals.at(0));
    query.filter = invocation.value(u"filter"_s);
    query.sortField = invocation.value(kSort);
    query.ascending = !invocation.has(u"desc"_s);
    query.trash = invocation.has(u"trash"_s);
    if (!query.sortField.isEmpty() && query.sortField != u"@title"_s &&
        !catalogue::Catalogue::builtin().field(query.kind, query.sortField)) {
        throw UsageError(QCoreApplication::translate("crm::cli::ExportCommand", "--sort: %1 has no field \"%2\"")
                             .arg(kindName(query.kind), query.sortField));
    }
    const QString format = formatOf(invocation);
    if (format == kVCard && !ContactCards::supports(query.kind)) {
        throw UsageError(
            QCoreApplication::translate("crm::cli::ExportCommand", "--vcard writes contacts and delegates only, not %1")
                .arg(kindName(query.kind)));
    }
    if (invocation.has(kVCardVersion) && format != kVCard) {
        throw UsageError(QCoreApplication::translate("crm::cli::ExportCommand", "--vcard-version goes with --vcard"));
    }
    const interchange::VCardVersion version = vcardVersionOf(invocation);
    const QString path = invocation.value(format);
    checkWritable(path);

    Session session(invocation, Database::OpenMode::ReadOnly);
    qsizetype written = 0;
    try {
        if (format == kVCard) {
            written = ContactCards::writeFile(session.db(), query, version, path).value_or(0);
        } else {
            const interchange::Table table = ListExport::table(session.db(), query);
            if (format == kCsv) {
                ListExport::writeCsv(path, table);
            } else {
                ListExport::writeXlsx(path, table, kindName(query.kind));
            }
            written = table.rows.size();
        }
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Invalid) {
            throw;
        }
        throw UsageError(error.message()); // an unwritable file is a mistake on the command line
    }
    // "key: value" lines with fixed English keys, like timeline's, for scripts.
    console::line(u"records: "_s + QString::number(written));
    console::line(format + u": "_s + QFileInfo(path).absoluteFilePath());
    return ExitCode::Success;
}

ExitCode exportCalendar(const Invocation &invocation)
{
    CalendarSelection selection;
    selection.from = dateOption(invocation, kFrom).first();
    selection.to = dateOption(invocation, kTo).last();
    if (selection.from > selection.to) {
        throw UsageError(QCoreApplication::translate("crm::cli::ExportCommand", "--from %1 is after --to %2")
                             .arg(invocation.value(kFrom), invocation.value(kTo)));
    }
    const QString path = invocation.value(kIcs);
    checkWritable(path);

    Session session(invocation, Database::OpenMode::ReadOnly);
    // --officer here chooses whose calendar it is; $CRM_OFFICER alone does not narrow it.
    if (!invocation.officerInitials.isEmpty()) {
        const std::optional<QString> officer = session.store().findIdBy(RecordKind::Officer, u"initials"_s,
                                                                        invocation.officerInitials.trimmed().toUpper());
        if (!officer) {
            throw UsageError(QCoreApplication::translate("crm::cli::ExportCommand",
                                                         "--officer: there is no officer with the initials %1")
                                 .arg(invocation.officerInitials));
        }
        selection.officerId = *officer;
    }
    const CalendarItems items = CalendarExport::items(session.db(), selection);
    saveFile(path, interchange::ICalendarWriter::write(items.events, items.todos, session.db().clock()));
    console::line(u"meetings: "_s + QString::number(items.events.size()));
    console::line(u"follow-ups: "_s + QString::number(items.todos.size()));
    console::line(u"ics: "_s + QFileInfo(path).absoluteFilePath());
    return ExitCode::Success;
}

} // namespace crm::cli
