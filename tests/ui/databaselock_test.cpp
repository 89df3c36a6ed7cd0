// A second window on the same file is refused while the first has it open, with a message naming
// the computer and process that hold it; the lock goes with the file.
#include "databasesession.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

TEST_CASE("a second session on an open file is refused, naming the host and process that hold it", "[lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"office.sqlite"_s);
    const QString other = dir.filePath(u"other.sqlite"_s);
    auto first = std::make_unique<DatabaseSession>();
    REQUIRE(first->open(path, Database::OpenMode::CreateIfMissing).isEmpty());
    CHECK(QFileInfo::exists(path + u".lock"_s));

    DatabaseSession second;
    const QString refused = second.open(path, Database::OpenMode::MustExist);
    INFO(refused.toStdString());
    CHECK(refused.contains(u"already open"_s));
    CHECK(refused.contains(QSysInfo::machineHostName()));
    CHECK(refused.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(second.database() == nullptr);

    // The holder may open its own file again (a restore reopens it) and is not refused.
    CHECK(first->open(path, Database::OpenMode::MustExist).isEmpty());
    CHECK(second.open(path, Database::OpenMode::MustExist).contains(u"already open"_s));

    // Moving to another file releases the first one's lock.
    REQUIRE(first->open(other, Database::OpenMode::CreateIfMissing).isEmpty());
    REQUIRE(second.open(path, Database::OpenMode::MustExist).isEmpty());
    CHECK(first->open(path, Database::OpenMode::MustExist).contains(u"already open"_s));
    CHECK(first->database()->path() == other);

    // Closing the session releases its lock.
    first.reset();
    DatabaseSession third;
    CHECK(third.open(other, Database::OpenMode::MustExist).isEmpty());
}
