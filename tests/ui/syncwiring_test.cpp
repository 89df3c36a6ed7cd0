// The desktop session opens its file with the sync log (crm::Session): an edit and its undo made
// through the session's undo stack on a file with sync on are each in the sync log once (issue 17).
#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "samplesession.h"
#include "sync/syncstore.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
qint64 syncChangesOf(const Database &db, const QString &recordId)
{
    QSqlQuery q(QSqlDatabase::database(crm::test::connectionOf(db), false));
    q.prepare(u"SELECT count(*) FROM sync_change WHERE record_id = ?"_s);
    q.addBindValue(recordId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST_CASE("an edit and its undo in the desktop session land in the sync log once sync is on", "[ui][sync][changeevent]")
{
    test::SampleSession office;
    Database &db = *office.session().database();
    SyncStore(db).enable();
    const QString delegateId = office.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    REQUIRE(syncChangesOf(db, delegateId) == 0);

    REQUIRE_FALSE(CommandRunner::apply(
        *office.session().undoStack(),
        std::make_unique<UpdateRecordCommand>(office.session(), RecordKind::Delegate, delegateId,
                                              QVariantMap{{u"title"_s, u"Director, Tangier aerospace free zone"_s}})));
    CHECK(syncChangesOf(db, delegateId) == 1);
    office.session().undoStack()->undo();
    CHECK(syncChangesOf(db, delegateId) == 2);
}
