// The sync log's typed queries (storage::SyncLog): what the sync logic asks of the change log
// without handing storage SQL of its own (issue 17).

#include "domain/recordid.h"
#include "fixtures.h"
#include "storage/synclog.h"

#include <catch2/catch.hpp>

using namespace crm;
using namespace Qt::StringLiterals;

namespace {
storage::SyncLogChange created(const QString &changeId, const QString &origin, qint64 sequence, const QString &recordId)
{
    return {changeId,      origin, sequence, u"investor"_s, recordId, u"create"_s, QJsonObject{{u"name"_s, u"Acme"_s}},
            QJsonObject{}, u"AB"_s};
}
} // namespace

TEST_CASE("the sync log answers typed questions: a peer's changes, one change, records waiting for their row",
          "[sync][synclog]")
{
    test::TestDatabase t;
    storage::SyncLog &log = t.db().syncLog();
    const QString office = newRecordId();
    const QString laptop = newRecordId();
    const QString missing = newRecordId();
    const QString existing = t.store().create(RecordKind::Investor, test::investorJson());
    {
        Transaction transaction(t.db());
        log.store(created(u"0001"_s, office, 1, missing));
        log.store(created(u"0002"_s, laptop, 1, existing));
        transaction.commit();
    }

    const QList<storage::SyncLogChange> notFromLaptop = log.changesNotFrom(laptop);
    REQUIRE(notFromLaptop.size() == 1);
    CHECK(notFromLaptop.constFirst().changeId == u"0001"_s);
    CHECK(notFromLaptop.constFirst().fields.value(u"name"_s).toString() == u"Acme"_s);
    CHECK(log.changesNotFrom(u"elsewhere"_s).size() == 2);

    const std::optional<storage::SyncLogChange> one = log.change(u"0002"_s);
    REQUIRE(one);
    CHECK(one->origin == laptop);
    CHECK(one->operation == u"create"_s);
    CHECK_FALSE(log.change(u"0003"_s));

    // Created here by a change, but no investor row yet: waiting; a purged one is not.
    CHECK(log.waitingRecords(RecordKind::Investor) == QStringList{missing});
    CHECK(log.waitingRecords(RecordKind::Agency).isEmpty());
    {
        Transaction transaction(t.db());
        log.markPurged(missing);
        transaction.commit();
    }
    CHECK(log.waitingRecords(RecordKind::Investor).isEmpty());
}
