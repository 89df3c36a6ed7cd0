// timeline: the dated story of a delegate, an investor or a deal, as lines, JSON, CSV or PDF.
#include "commands.h"
#include "console.h"
#include "documents/timelineexport.h"
#include "domain/error.h"
#include "jsonio.h"
#include "services/timeline.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct TimelineCommandTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::TimelineCommand)
};

const QString kJson = u"json"_s;
const QString kCsv = u"csv"_s;
const QString kPdf = u"pdf"_s;

struct Subject
{
    RecordKind kind;
    QString id;
};

// Exactly one of --delegate, --investor and --deal.
Subject subjectOf(const Invocation &invocation)
{
    static const QList<std::pair<QString, RecordKind>> options{
        {u"delegate"_s, RecordKind::Delegate}, {u"investor"_s, RecordKind::Investor}, {u"deal"_s, RecordKind::Deal}};
    std::optional<Subject> subject;
    for (const auto &[option, kind] : options) {
        if (!invocation.has(option)) {
            continue;
        }
        if (subject || invocation.values(option).size() > 1) {
            throw UsageError(
                TimelineCommandTr::tr("timeline takes one record: give only one of --delegate, --investor and --deal"));
        }
        subject = Subject{kind, invocation.value(option)};
    }
    if (!subject) {
        throw UsageError(TimelineCommandTr::tr("timeline needs a record: --delegate ID, --investor ID or --deal ID"));
    }
    return *subject;
}

QSet<TimelineEventKind> kindsOf(const Invocation &invocation)
{
    QSet<TimelineEventKind> kinds;
    for (const QString &value : invocation.values(u"kind"_s)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<TimelineEventKind> kind = timelineKindFromName(name.trimmed());
            if (!kind) {
                QStringList names;
                for (TimelineEventKind known : timelineKinds()) {
                    names << timelineKindName(known);
                }
                throw UsageError(TimelineCommandTr::tr("unknown --kind \"%1\" (one of %2)")
                                     .arg(name.trimmed(), names.join(u", "_s)));
            }
            kinds.insert(*kind);
        }
    }
    return kinds;
}

// "1999-03-14", or "1999-03" and "1999" for the whole month or year: --from takes its first day,
// --to its last.
std::optional<PartialDate> dateOption(const Invocation &invocation, const QString &option)
{
    if (!invocation.has(option)) {
        return std::nullopt;
    }
    const QString text = invocation.value(option);
    const std::optional<PartialDate> date = PartialDate::fromIso(text);
    if (!date) {
        throw UsageError(
            TimelineCommandTr::tr("--%1 must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not \"%2\"").arg(option, text));
    }
    return date;
}

TimelineFilter filterOf(const Invocation &invocation)
{
    TimelineFilter filter;
    filter.kinds = kindsOf(invocation);
    const std::optional<PartialDate> from = dateOption(invocation, u"from"_s);
    const std::optional<PartialDate> to = dateOption(invocation, u"to"_s);
    if (from) {
        filter.from = from->first();
    }
    if (to) {
        filter.to = to->last();
    }
    if (from && to && *filter.from > *filter.to) {
        throw UsageError(TimelineCommandTr::tr("--from %1 is after --to %2")
                             .arg(invocation.value(u"from"_s), invocation.value(u"to"_s)));
    }
    filter.text = invocation.value(u"text"_s);
    filter.newestFirst = !invocation.has(u"oldest-first"_s);
    return filter;
}

void writeCsv(const QString &path, const QList<TimelineEvent> &events)
{
    QSaveFile file(path);
    const QByteArray csv = timelineCsv(events);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        throw UsageError(
            TimelineCommandTr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantMap eventJson(const TimelineEvent &e)
{
    return {{u"kind"_s, timelineKindName(e.kind)},
            {u"start"_s, e.start.toIso()},
            {u"end"_s, e.end ? QVariant(e.end->toIso()) : QVariant()},
            {u"open"_s, e.isOpen()},
            {u"title"_s, e.title},
            {u"summary"_s, orNull(e.summary)},
            {u"role"_s, orNull(e.role)},
            {u"code"_s, orNull(e.code)},
            {u"setback"_s, e.setback},
            {u"record_kind"_s, kindName(e.recordKind)},
            {u"record_id"_s, e.recordId}};
}

// "1996-09-02", "1991-03–2009-06", "2019-09-01–" (still open).
QString dateColumn(const TimelineEvent &e)
{
    if (!e.isSpan() || (e.end && *e.end == e.start)) {
        return e.start.toIso();
    }
    return e.start.toIso() + u'–' + (e.end ? e.end->toIso() : QString());
}

QString column(const QString &text)
{
    const QString line = console::oneLine(text.trimmed().section(u'\n', 0, 0)).trimmed();
    return line.isEmpty() ? u"-"_s : line;
}

void printLines(const QList<TimelineEvent> &events)
{
    for (const TimelineEvent &e : events) {
        // A note's title is its first line already.
        const QString summary = column(e.summary);
        const QString title = column(e.title);
        const QStringList columns{dateColumn(e), timelineKindName(e.kind), title, column(e.role),
                                  summary == title ? u"-"_s : summary};
        console::line(columns.join(u'\t'));
    }
}
} // namespace

// A cheap look before the database is read: a mistyped folder is reported without a query. The
// writers check again when they open the file.
void checkWritable(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    QString reason;
    if (file.isDir()) {
        reason = TimelineCommandTr::tr("it is a folder");
    } else if (!folder.isDir()) {
        reason = TimelineCommandTr::tr("the folder %1 does not exist")
                     .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    } else if (!folder.isWritable() || (file.exists() && !file.isWritable())) {
        reason = TimelineCommandTr::tr("permission denied");
    }
    if (!reason.isEmpty()) {
        throw UsageError(TimelineCommandTr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
}

bool printsDocuments(const Invocation &invocation)
{
    return invocation.command &&
           (invocation.command->run == &showTimeline || invocation.command->run == &showReport ||
            invocation.command->run == &writeBriefing) &&
           invocation.has(kPdf);
}

ExitCode showTimeline(const Invocation &invocation)
{
    const Subject subject = subjectOf(invocation);
    const TimelineFilter filter = filterOf(invocation);
    const bool json = invocation.has(kJson);
    if (json && (invocation.has(kCsv) || invocation.has(kPdf))) {
        throw UsageError(TimelineCommandTr::tr("--json prints the events; it cannot be combined with --csv or --pdf"));
    }
    for (const QString &option : {kCsv, kPdf}) {
        if (invocation.has(option)) {
            checkWritable(invocation.value(option));
        }
    }

    Session session(invocation, Database::OpenMode::ReadOnly);
    // Also proves that the id is one of that kind (exit code 3 otherwise).
    const QString title = session.store().title(subject.kind, subject.id);
    // Names are isolated for the printed page only: JSON and CSV carry them as stored.
    TimelineWording wording = TimelineWording::application();
    wording.isolateNames = invocation.has(kPdf);
    const Timeline timeline(session.db(), wording);
    QList<TimelineEvent> events;
    switch (subject.kind) {
    case RecordKind::Delegate:
        events = timeline.forDelegate(subject.id, filter);
        break;
    case RecordKind::Investor:
        events = timeline.forInvestor(subject.id, filter);
        break;
    default:
        events = timeline.forDeal(subject.id, filter);
        break;
    }

    if (json) {
        jsonio::ArrayWriter array;
        for (const TimelineEvent &e : events) {
            array.add(eventJson(e));
        }
        array.finish();
        return ExitCode::Success;
    }
    if (!invocation.has(kCsv) && !invocation.has(kPdf)) {
        printLines(events);
        return ExitCode::Success;
    }
    // "key: value" lines with fixed English keys, like init's and generate's, for scripts.
    console::line(u"events: "_s + QString::number(events.size()));
    if (invocation.has(kCsv)) {
        const QString path = invocation.value(kCsv);
        writeCsv(path, events);
        console::line(u"csv: "_s + QFileInfo(path).absoluteFilePath());
    }
    if (invocation.has(kPdf)) {
        const QString path = invocation.value(kPdf);
        try {
            writeTimelinePdf(path, title, events, QLocale(), session.db().clock());
        } catch (const Error &error) {
            throw UsageError(error.message()); // an unwritable file is a mistake on the command line
        }
        console::line(u"pdf: "_s + QFileInfo(path).absoluteFilePath());
    }
    return ExitCode::Success;
}

} // namespace crm::cli
