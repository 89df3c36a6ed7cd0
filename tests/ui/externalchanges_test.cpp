#include "databasesession.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

TEST_CASE("a change another program writes to the open file refreshes the panes, the window's own does not",
          "[ui][session][external]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"office.sqlite"_s);
    DatabaseSession session;
    REQUIRE(session.open(path, Database::OpenMode::CreateIfMissing).isEmpty());
    QSignalSpy refreshed(&session, &DatabaseSession::recordsChanged);

    CHECK_FALSE(session.checkExternalChanges());
    session.store()->create(RecordKind::Agency, {{u"name"_s, u"AMDIE"_s}, {u"country"_s, u"MA"_s}});
    CHECK_FALSE(session.checkExternalChanges()); // its own write: the panes already know
    CHECK(refreshed.isEmpty());

    {
        // Another program on the same file, as the CLI or a sync import would be.
        const auto other = SqliteDatabase::open(path, Database::OpenMode::MustExist);
        other->records().create(RecordKind::Agency, {{u"name"_s, u"EIPPO"_s}, {u"country"_s, u"ET"_s}});
    }
    CHECK(session.checkExternalChanges());
    CHECK(refreshed.size() == 1);
    CHECK(session.store()->count(RecordKind::Agency, false) == 2);
    CHECK_FALSE(session.checkExternalChanges()); // seen once, refreshed once
    CHECK(refreshed.size() == 1);
}
