// init, check, demo and generate: commands about the database file as a whole.
#include "commands.h"
#include "console.h"
#include "domain/error.h"
#include "generator/generator.h"
#include "services/sampledata.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
// The plurals ("%n record(s)") have their English forms in delegates-crm_en.ts. lupdate 6.4 drops a
// plural whose count is an expression, so each count is a variable first.
struct DatabaseCommandsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::DatabaseCommands)
};

// Percent done on stderr: rewritten in place on a terminal, a line every few percent otherwise
// (a log file should not get a hundred lines).
class ProgressPrinter final
{
public:
    ProgressPrinter() : m_terminal(console::stderrIsTerminal()) {}

    bool operator()(qint64 done, qint64 total)
    {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (percent < m_shown + (m_terminal ? 1 : 5) && !(percent == 100 && m_shown < 100)) {
            return true;
        }
        m_shown = percent;
        const QString text =
            DatabaseCommandsTr::tr("generating: %1% (%2 of %3 records)").arg(percent).arg(done).arg(total);
        if (m_terminal) {
            console::errorRaw(u'\r' + text);
        } else {
            console::error(text);
        }
        return true;
    }

    void finish() const
    {
        if (m_terminal && m_shown >= 0) {
            console::errorRaw(u"\n"_s);
        }
    }

private:
    bool m_terminal;
    int m_shown = -1;
};

// The version an existing file has before this run migrates it; 0 for a new or empty file.
int versionBefore(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return 0;
    }
    // Target version 0 reads the file without migrating it; a newer schema is refused here.
    return crm::Session::engine().open(path, OpenMode::ReadOnly, 0)->schemaVersion();
}
} // namespace

ExitCode initDatabase(const Invocation &invocation)
{
    const QString path = databasePath(invocation);
    const int before = versionBefore(path);
    Session session(invocation, Database::OpenMode::CreateIfMissing);
    const int after = session.db().schemaVersion();
    QString state;
    if (before == 0) {
        state = DatabaseCommandsTr::tr("created");
    } else if (before < after) {
        state = DatabaseCommandsTr::tr("upgraded from %1").arg(before);
    } else {
        state = DatabaseCommandsTr::tr("up to date");
    }
    console::line(DatabaseCommandsTr::tr("database: %1").arg(QFileInfo(path).absoluteFilePath()));
    console::line(DatabaseCommandsTr::tr("schema version: %1 (%2)").arg(after).arg(state));
    return ExitCode::Success;
}

ExitCode checkDatabase(const Invocation &invocation)
{
    Session session(invocation, Database::OpenMode::ReadOnly);
    const QStringList problems = session.db().check();
    if (problems.isEmpty()) {
        console::line(u"ok"_s); // a fixed word, not translated: scripts test for it
        return ExitCode::Success;
    }
    for (const QString &problem : problems) {
        console::line(problem);
    }
    const int problemCount = static_cast<int>(problems.size());
    console::error(
        DatabaseCommandsTr::tr("%n problem(s) found in %1.", nullptr, problemCount).arg(session.db().path()));
    return ExitCode::Database;
}

ExitCode loadDemo(const Invocation &invocation)
{
    Session session(invocation, Database::OpenMode::CreateIfMissing);
    session.stampOfficer(invocation);
    const int loaded = loadSampleData(session.db()); // refuses (Conflict) a database with records
    console::line(
        DatabaseCommandsTr::tr("Loaded %n sample record(s) into %1.", nullptr, loaded).arg(session.db().path()));
    return ExitCode::Success;
}

ExitCode generate(const Invocation &invocation)
{
    GeneratorOptions options;
    options.scale = parseNumber(invocation, u"scale"_s, 1, std::numeric_limits<qint32>::max());
    if (invocation.has(u"seed"_s)) {
        options.seed = static_cast<quint32>(parseNumber(invocation, u"seed"_s, 0, std::numeric_limits<quint32>::max()));
    }
    const QString path = databasePath(invocation);
    std::optional<Session> session(std::in_place, invocation, Database::OpenMode::CreateIfMissing);
    // The dataset is deterministic, ids included: a second run, or a run over real data, would
    // collide half-way. Say so before writing anything.
    if (const qint64 existing = session->store().totalCount(); existing > 0) {
        const int recordCount = static_cast<int>(existing);
        throw Error(Error::Kind::Conflict,
                    DatabaseCommandsTr::tr("generate only fills an empty database; %1 already holds %n record(s).",
                                           nullptr, recordCount)
                        .arg(path));
    }

    QElapsedTimer timer;
    timer.start();
    ProgressPrinter progress;
    const GeneratorStats stats = generateDataset(session->db(), options, std::ref(progress));
    progress.finish();
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    session.reset(); // closing checkpoints the write-ahead log, so the size below is the real one

    const QList<std::pair<RecordKind, qint64>> counts{
        {RecordKind::Officer, stats.officers},   {RecordKind::Agency, stats.agencies},
        {RecordKind::Delegate, stats.delegates}, {RecordKind::Investor, stats.investors},
        {RecordKind::Contact, stats.contacts},   {RecordKind::Mission, stats.missions},
        {RecordKind::Meeting, stats.meetings},   {RecordKind::Deal, stats.deals},
        {RecordKind::FollowUp, stats.followUps}, {RecordKind::Note, stats.notes},
    };
    qint64 total = 0;
    console::line(DatabaseCommandsTr::tr("Generated a dataset of scale %1 (seed %2) into %3.")
                      .arg(options.scale)
                      .arg(options.seed)
                      .arg(path));
    // "key: value" lines with fixed English keys, like JSON field names, so scripts can read them.
    for (const auto &[kind, count] : counts) {
        console::line(kindName(kind) + u": "_s + QString::number(count));
        total += count;
    }
    const qint64 bytes = QFileInfo(path).size();
    console::line(u"total: "_s + QString::number(total));
    console::line(u"seconds: "_s + QString::number(seconds, 'f', 2));
    console::line(console::fileSizeLine(bytes));
    return ExitCode::Success;
}

} // namespace crm::cli
