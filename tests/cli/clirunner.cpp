#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace crm::test {
namespace {
QStringList lines(const QByteArray &bytes)
{
    QStringList result = QString::fromUtf8(bytes).split(u'\n');
    if (!result.isEmpty() && result.constLast().isEmpty()) {
        result.removeLast();
    }
    return result;
}
} // namespace

QStringList CliResult::outLines() const
{
    return lines(out);
}

QStringList CliResult::errLines() const
{
    return lines(err);
}

QJsonObject CliResult::jsonObject() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    INFO("stdout: " << outText().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QJsonArray CliResult::jsonArray() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    INFO("stdout: " << outText().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

Cli::Cli() : m_dbPath(m_dir.filePath(u"crm.sqlite"_s)), m_env(QProcessEnvironment::systemEnvironment())
{
    REQUIRE(m_dir.isValid());
    m_env.remove(u"CRM_OFFICER"_s);
    m_env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
}

CliResult Cli::runRaw(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(CRM_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120'000));
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult Cli::run(const QStringList &arguments, const QByteArray &input) const
{
    return runRaw(QStringList{u"--db"_s, m_dbPath} + arguments, input);
}

void Cli::init() const
{
    const CliResult result = run({u"init"_s});
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
}

void Cli::demo() const
{
    const CliResult result = run({u"demo"_s});
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
}

QString Cli::add(const QString &kind, const QVariantMap &record, const QStringList &extra) const
{
    const CliResult result = run(extra + QStringList{u"add"_s, kind, u"--json"_s, u"-"_s}, toJson(record));
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.outLines().size() == 1);
    return result.outLines().constFirst();
}

QJsonObject Cli::show(const QString &kind, const QString &id) const
{
    const CliResult result = run({u"show"_s, kind, id, u"--json"_s});
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    return result.jsonObject();
}

QByteArray toJson(const QVariantMap &map)
{
    return QJsonDocument(QJsonObject::fromVariantMap(map)).toJson();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace crm::test
