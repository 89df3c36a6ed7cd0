#include "statementcounter.h"
#include "storage/database.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::test;

// The probe behind the reads-per-save measurement (tests/ui/savereads_test.cpp) must count what
// runs, or its bound proves nothing.
TEST_CASE("the statement counter counts each read of a record's row by its id", "[statementcounter]")
{
    TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, agencyJson());
    const QString other = t.store().create(RecordKind::Agency, agencyJson());
    StatementCounter counter(connectionOf(t.db()));

    CHECK(counter.readsOf(u"agency"_s, id).isEmpty());
    (void)t.store().title(RecordKind::Agency, id);
    REQUIRE(counter.readsOf(u"agency"_s, id).size() == 1);
    CHECK(counter.readsOf(u"agency"_s, id).first().rows == 1);
    (void)t.store().title(RecordKind::Agency, id);
    (void)t.store().title(RecordKind::Agency, other);
    CHECK(counter.readsOf(u"agency"_s, id).size() == 2);
    CHECK(counter.readsOf(u"agency"_s, other).size() == 1);
    CHECK(counter.readsOf(u"investor"_s, id).isEmpty());
    CHECK(counter.statements().size() >= 3);

    counter.reset();
    CHECK(counter.statements().isEmpty());
    CHECK(counter.rows() == 0);
}
