#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

namespace crm::test {

// What one run of delegates-crm-cli left behind.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // stdout split into lines, without the empty one after the final newline.
    QStringList outLines() const;
    QStringList errLines() const;
    QJsonObject jsonObject() const;
    QJsonArray jsonArray() const;
};

// Runs the real CLI binary (CRM_CLI_PATH) in a temporary folder that holds the test's database.
// The environment is scrubbed of CRM_OFFICER and points the default data location into the
// folder, so a test can never touch the real database of the machine.
class Cli
{
public:
    Cli();

    QString dbPath() const { return m_dbPath; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }

    // Runs the CLI with exactly these arguments.
    CliResult runRaw(const QStringList &arguments, const QByteArray &input = {}) const;
    // Runs the CLI on this test's database (--db first).
    CliResult run(const QStringList &arguments, const QByteArray &input = {}) const;

    // Shortcuts that expect success (a failed REQUIRE otherwise).
    void init() const;
    void demo() const; // the sample dataset
    QString add(const QString &kind, const QVariantMap &record, const QStringList &extra = {}) const;
    QJsonObject show(const QString &kind, const QString &id) const;

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    QProcessEnvironment m_env;
};

QByteArray toJson(const QVariantMap &map);
QByteArray fileBytes(const QString &path);

} // namespace crm::test
