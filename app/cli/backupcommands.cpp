// backup, backups and restore FILE: copies of the database file and the way back to one.
#include "commands.h"
#include "console.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "services/backups.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct BackupCommandsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::BackupCommands)
};

// Percent done on a terminal's stderr, rewritten in place; nothing in a log or a pipe, where a
// backup of a few seconds needs no commentary.
class CopyProgressPrinter final
{
public:
    explicit CopyProgressPrinter(QString label) : m_label(std::move(label)), m_terminal(console::stderrIsTerminal()) {}
    ~CopyProgressPrinter()
    {
        if (m_shown >= 0) {
            console::errorRaw(u"\n"_s);
        }
    }
    Q_DISABLE_COPY_MOVE(CopyProgressPrinter)

    bool operator()(qint64 done, qint64 total)
    {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (m_terminal && percent > m_shown) {
            m_shown = percent;
            console::errorRaw(u'\r' + m_label.arg(percent));
        }
        return true;
    }

private:
    QString m_label;
    bool m_terminal;
    int m_shown = -1;
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

ExitCode restoreFromBackup(const Invocation &invocation)
{
    const QString backup = invocation.positionals.at(0);
    const QString path = QFileInfo(databasePath(invocation)).absoluteFilePath();
    CopyProgressPrinter progress(BackupCommandsTr::tr("restoring: %1%"));
    const std::optional<QString> aside =
        restoreBackup(crm::Session::engine(), path, backup, *invocation.clock, std::ref(progress));
    console::line(BackupCommandsTr::tr("Restored %1 from %2.").arg(shown(path), shown(backup)));
    if (aside && !aside->isEmpty()) {
        console::line(BackupCommandsTr::tr("The file it replaced is kept as %1.").arg(shown(*aside)));
    }
    return ExitCode::Success;
}
} // namespace

ExitCode backUpDatabase(const Invocation &invocation)
{
    const QString out = invocation.value(u"out"_s);
    if (!out.isEmpty()) {
        checkWritable(out);
    }
    Session session(invocation, Database::OpenMode::MustExist);
    CopyProgressPrinter progress(BackupCommandsTr::tr("backing up: %1%"));
    const QString written = backUp(session.db(), out, BackupReason::Manual, std::ref(progress));
    console::line(BackupCommandsTr::tr("Backed up %1 to %2.").arg(shown(session.db().path()), shown(written)));
    console::line(console::fileSizeLine(QFileInfo(written).size()));
    return ExitCode::Success;
}

ExitCode listDatabaseBackups(const Invocation &invocation)
{
    // Only the path: the backups are listed even when the database itself is lost or damaged.
    const QString path = databasePath(invocation);
    const QList<BackupEntry> backups = listBackups(crm::Session::engine(), path);
    if (invocation.has(u"json"_s)) {
        QJsonArray array;
        for (const BackupEntry &entry : backups) {
            QJsonObject object{{u"file"_s, entry.path},
                               {u"taken"_s, entry.takenUtc.toString(Qt::ISODate)},
                               {u"reason"_s, backupReasonName(entry.reason)},
                               {u"bytes"_s, entry.bytes}};
            if (entry.problem.isEmpty()) {
                object.insert(u"schema"_s, entry.schemaVersion);
                object.insert(u"records"_s, entry.records);
            } else {
                object.insert(u"problem"_s, entry.problem);
            }
            array.append(object);
        }
        console::write(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    if (backups.isEmpty()) {
        console::error(BackupCommandsTr::tr("No backups of %1 in %2.")
                           .arg(shown(QFileInfo(path).absoluteFilePath()), shown(storage::backupFolder(path))));
        return ExitCode::Success;
    }
    // One line each, tab-separated like list: TAKEN REASON BYTES SCHEMA RECORDS FILE.
    for (const BackupEntry &entry : backups) {
        const QStringList fields{entry.takenUtc.toString(Qt::ISODate),
                                 backupReasonName(entry.reason),
                                 QString::number(entry.bytes),
                                 entry.problem.isEmpty() ? QString::number(entry.schemaVersion) : u"-"_s,
                                 entry.problem.isEmpty() ? QString::number(entry.records) : u"-"_s,
                                 shown(entry.path)};
        console::line(fields.join(u'\t'));
    }
    return ExitCode::Success;
}

ExitCode restoreRecordOrBackup(const Invocation &invocation)
{
    if (invocation.positionals.size() == 2) {
        return restoreRecord(invocation);
    }
    const QString argument = invocation.positionals.at(0);
    if (kindFromName(argument) && !QFileInfo::exists(argument)) {
        throw UsageError(
            BackupCommandsTr::tr("restore %1 needs the ID of the record to bring back from the Trash").arg(argument));
    }
    return restoreFromBackup(invocation);
}

} // namespace crm::cli
