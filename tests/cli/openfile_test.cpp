// How commands open the file: reads never write, only a missing path is ever created, and an
// archived database on read-only media can still be read.
#include "clirunner.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
// Tests run as root, for whom permissions do not apply: a read-only bind mount of a folder is what
// read-only media look like to SQLite. Unmounted when the test ends, a failed REQUIRE included.
class ReadOnlyMount
{
public:
    ReadOnlyMount(const QString &folder, const QString &at) : m_path(at)
    {
        m_mounted =
            QDir().mkpath(at) && QProcess::execute(u"mount"_s, {u"--bind"_s, u"-o"_s, u"ro"_s, folder, at}) == 0;
    }
    ~ReadOnlyMount()
    {
        if (m_mounted) {
            QProcess::execute(u"umount"_s, {m_path});
        }
    }
    ReadOnlyMount(const ReadOnlyMount &) = delete;
    ReadOnlyMount &operator=(const ReadOnlyMount &) = delete;

    bool mounted() const { return m_mounted; }
    QString path() const { return m_path; }

private:
    QString m_path;
    bool m_mounted = false;
};

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(crm::test::fileBytes(path), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// An SQLite file with no tables at all (what `sqlite3 x.db "VACUUM"` leaves).
void writeEmptySqliteFile(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"empty"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"VACUUM"_s));
    }
    QSqlDatabase::removeDatabase(u"empty"_s);
    REQUIRE(QFileInfo(path).size() > 0);
}

// A database with a few records, closed.
void fill(const Cli &cli)
{
    cli.init();
    cli.add(u"agency"_s, crm::test::agencyJson());
    cli.add(u"investor"_s, crm::test::investorJson());
}

const QList<QStringList> kReads{{u"list"_s, u"agency"_s},   {u"list"_s, u"investor"_s, u"--json"_s},
                                {u"search"_s, u"Yazaki"_s}, {u"check"_s},
                                {u"sync"_s, u"status"_s},   {u"sync"_s, u"conflicts"_s},
                                {u"rate"_s, u"list"_s},     {u"replica"_s, u"name"_s}};
} // namespace

TEST_CASE("a read command leaves the database byte-identical, its time stamp unchanged", "[cli][database][readonly]")
{
    Cli cli;
    fill(cli);
    const QString investor = cli.run({u"list"_s, u"investor"_s}).outLines().constFirst().section(u'\t', 0, 0);
    QList<QStringList> reads = kReads;
    reads << QStringList{u"show"_s, u"investor"_s, investor} << QStringList{u"history"_s, u"investor"_s, investor}
          << QStringList{u"timeline"_s, u"--investor"_s, investor};
    const QByteArray before = hashOf(cli.dbPath());
    const QDateTime modified = QFileInfo(cli.dbPath()).lastModified();
    QThread::msleep(20); // a write in the same millisecond would keep the time stamp
    for (const QStringList &arguments : std::as_const(reads)) {
        const CliResult result = cli.run(arguments);
        INFO(arguments.join(u' ').toStdString() << ": " << result.errText().toStdString());
        CHECK(result.exitCode == 0);
        CHECK(hashOf(cli.dbPath()) == before);
        CHECK(QFileInfo(cli.dbPath()).lastModified() == modified);
    }
}

TEST_CASE("a file that is not a database, of any size, is refused by every command and left as it was",
          "[cli][database]")
{
    Cli cli;
    const QString path = cli.dbPath();
    QByteArray random(5000, '\0');
    for (qsizetype i = 0; i < random.size(); ++i) {
        random[i] = char((i * 7919 + 13) % 251);
    }
    const QList<std::pair<const char *, QByteArray>> contents{
        {"0 bytes", {}},
        {"1 byte", QByteArray("x")},
        {"random bytes", random},
        {"a text file", QByteArray("family_name,given_name\nHassani,Mohamed\n")},
        {"an SQLite header cut short", QByteArray("SQLite format 3\0", 16)}};
    const QList<QStringList> commands = kReads + QList<QStringList>{{u"init"_s},
                                                                    {u"demo"_s},
                                                                    {u"generate"_s, u"--scale"_s, u"1"_s},
                                                                    {u"add"_s, u"agency"_s, u"--json"_s, u"-"_s}};
    const auto check = [&](const char *what) {
        const QByteArray bytes = crm::test::fileBytes(path);
        for (const QStringList &arguments : commands) {
            const CliResult result = cli.run(arguments, "{\"name\": \"X\", \"country\": \"MA\"}");
            INFO(what << ": " << arguments.join(u' ').toStdString() << ": " << result.errText().toStdString());
            CHECK(result.exitCode == 4);
            CHECK(result.errText().contains(u"not a Delegates CRM database"_s));
            CHECK(crm::test::fileBytes(path) == bytes);
            CHECK_FALSE(QFile::exists(path + u"-wal"_s));
        }
    };
    for (const auto &[what, bytes] : contents) {
        writeFile(path, bytes);
        check(what);
    }
    QFile::remove(path);
    writeEmptySqliteFile(path);
    check("an SQLite file with no tables");
}

TEST_CASE("an archived database on read-only media can be listed, shown, searched and exported",
          "[cli][database][readonly]")
{
    Cli cli;
    fill(cli);
    const QString investor = cli.run({u"list"_s, u"investor"_s}).outLines().constFirst().section(u'\t', 0, 0);
    const QList<QStringList> reads{{u"list"_s, u"agency"_s},
                                   {u"show"_s, u"investor"_s, investor},
                                   {u"search"_s, u"Yazaki"_s},
                                   {u"timeline"_s, u"--investor"_s, investor},
                                   {u"list"_s, u"investor"_s, u"--json"_s}};
    QList<CliResult> expected;
    for (const QStringList &arguments : reads) {
        expected << cli.run(arguments);
        REQUIRE(expected.constLast().exitCode == 0);
    }

    // No -shm or -wal can be created beside the file on read-only media.
    const ReadOnlyMount media(QFileInfo(cli.dbPath()).absolutePath(), cli.filePath(u"media"_s));
    if (!media.mounted()) {
        WARN("mount --bind -o ro is not permitted here; the read-only media case was not run");
        return;
    }
    const QString archived = media.path() + u"/crm.sqlite"_s;
    const QByteArray before = hashOf(archived);
    for (qsizetype i = 0; i < reads.size(); ++i) {
        const CliResult result = cli.runRaw(QStringList{u"--db"_s, archived} + reads.at(i));
        INFO(reads.at(i).join(u' ').toStdString() << ": " << result.errText().toStdString());
        CHECK(result.exitCode == 0);
        CHECK(result.out == expected.at(i).out);
    }
    const CliResult write = cli.runRaw({u"--db"_s, archived, u"add"_s, u"agency"_s, u"--json"_s, u"-"_s},
                                       "{\"name\": \"X\", \"country\": \"MA\"}");
    CHECK(write.exitCode == 4);
    CHECK(write.errText().contains(u"read-only"_s));
    CHECK(hashOf(archived) == before);
}

TEST_CASE("sync export from read-only media fails saying that it records the export in the database",
          "[cli][database][readonly][sync]")
{
    Cli cli;
    fill(cli);
    const QString laptop = cli.filePath(u"laptop.sqlite"_s);
    REQUIRE(cli.run({u"replica"_s, u"prepare"_s, u"--out"_s, laptop, u"--name"_s, u"Laptop"_s}).exitCode == 0);
    const ReadOnlyMount media(QFileInfo(cli.dbPath()).absolutePath(), cli.filePath(u"media"_s));
    if (!media.mounted()) {
        WARN("mount --bind -o ro is not permitted here; the read-only media case was not run");
        return;
    }
    const QString archived = media.path() + u"/crm.sqlite"_s;
    const QByteArray before = hashOf(archived);
    const QString package = QDir::tempPath() + u"/crm-readonly-export.dcrmsync"_s;
    QFile::remove(package);
    const CliResult result =
        cli.runRaw({u"--db"_s, archived, u"sync"_s, u"export"_s, u"--to"_s, u"Laptop"_s, u"--out"_s, package});
    INFO(result.errText().toStdString());
    CHECK(result.exitCode == 4);
    CHECK(result.errText().contains(u"sync export records"_s));
    CHECK(result.errText().contains(u"read-only media"_s));
    CHECK(result.errText().contains(u"copy this file to a folder you can write to"_s));
    CHECK_FALSE(QFileInfo::exists(package));
    CHECK(hashOf(archived) == before);
    // Any other write says what the media are, not "disk I/O error".
    const CliResult write = cli.runRaw({u"--db"_s, archived, u"rate"_s, u"set"_s, u"JPY"_s, u"2024"_s, u"151"_s});
    CHECK(write.exitCode == 4);
    CHECK(write.errText().contains(u"can only be read: it is on read-only media"_s));
}
