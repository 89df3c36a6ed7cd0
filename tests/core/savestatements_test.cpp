#include "fixtures.h"
#include "sqlite/sqlitedatabase.h"
#include "statementcounter.h"
#include "storage/database.h"
#include "sync/syncstore.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::test;

namespace {
QStringList investorsInOrder(const RecordStore &store)
{
    QStringList ids;
    store.forEach(RecordKind::Investor, {}, [&ids](const QVariantMap &map) {
        ids << map.value(u"id"_s).toString();
        return true;
    });
    return ids;
}

bool anyStatementContains(const StatementCounter &counter, const QString &text)
{
    return std::any_of(counter.statements().cbegin(), counter.statements().cend(),
                       [&text](const StatementCounter::Statement &s) { return s.sql.contains(text); });
}
} // namespace

// What one save of one field costs in SQL, behind the benchmark "record: save an edit" (issue 17):
// the transaction, the read of the record, the row's UPDATE, the audit line and the search index
// row. The search row is found inside its UPDATE, the sync flag is known from the pager while the
// file is locked for the write, and the indexed sort key is left alone when the edit keeps it.
TEST_CASE("saving one edited field runs only the statements the change needs", "[savestatements]")
{
    TestDatabase t;
    const QString id = t.store().create(RecordKind::Investor, investorJson());
    // The first save prepares the statements; the second shows what each save costs from then on.
    REQUIRE(t.store().update(RecordKind::Investor, id, {{u"notes"_s, u"Asked for the labour cost survey."_s}}));
    StatementCounter counter(connectionOf(t.db()));
    REQUIRE(t.store().update(RecordKind::Investor, id, {{u"notes"_s, u"Board meeting moved to the spring."_s}}));
    INFO(counter.describe(counter.statements()).toStdString());
    CHECK(counter.statements().size() == 6); // BEGIN, SELECT, UPDATE, audit INSERT, search UPDATE, COMMIT
    CHECK_FALSE(anyStatementContains(counter, u"PRAGMA data_version"_s));
    CHECK_FALSE(anyStatementContains(counter, u"sort_key"_s));
    CHECK(counter.readsOf(u"investor"_s, id).size() == 1);
}

TEST_CASE("an edit that changes the sort key still moves the record in its list", "[savestatements]")
{
    TestDatabase t;
    QVariantMap aoki = investorJson();
    aoki.insert(u"name"_s, u"青木工業"_s);
    aoki.insert(u"name_reading"_s, u"あおきこうぎょう"_s);
    QVariantMap yamada = investorJson();
    yamada.insert(u"name"_s, u"山田製作所"_s);
    yamada.insert(u"name_reading"_s, u"やまだせいさくしょ"_s);
    const QString first = t.store().create(RecordKind::Investor, aoki);
    const QString second = t.store().create(RecordKind::Investor, yamada);
    REQUIRE(investorsInOrder(t.store()) == QStringList{first, second});

    REQUIRE(t.store().update(RecordKind::Investor, first, {{u"notes"_s, u"Met at the fair."_s}}));
    CHECK(investorsInOrder(t.store()) == QStringList{first, second});
    REQUIRE(t.store().update(RecordKind::Investor, first, {{u"name_reading"_s, u"わだこうぎょう"_s}}));
    CHECK(investorsInOrder(t.store()) == QStringList{second, first});
}

TEST_CASE("sync turned on by another connection between two saves logs the second save", "[savestatements][sync]")
{
    TestDatabase t;
    const QString id = t.store().create(RecordKind::Investor, investorJson());
    REQUIRE(t.store().update(RecordKind::Investor, id, {{u"notes"_s, u"Before sync."_s}}));
    REQUIRE(sqlValue(t.db(), u"SELECT count(*) FROM sync_change"_s).toLongLong() == 0);

    const std::unique_ptr<Database> other = SqliteDatabase::open(t.path(), Database::OpenMode::MustExist);
    SyncStore(*other).enable();

    REQUIRE(t.store().update(RecordKind::Investor, id, {{u"notes"_s, u"After sync."_s}}));
    CHECK(sqlValue(t.db(), u"SELECT count(*) FROM sync_change"_s).toLongLong() == 1);
}
