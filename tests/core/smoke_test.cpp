#include "testdatabase.h"

#include "services/sampledata.h"

using namespace Qt::StringLiterals;
using namespace crm;

TEST_CASE("an agency is created and read back with its fields", "[agency]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    const QVariantMap back = t.store().get(RecordKind::Agency, id);
    CHECK(back.value(u"acronym"_s).toString() == u"AMDIE"_s);
    CHECK(back.value(u"created_by"_s).toString() == t.officerId());
}

TEST_CASE("the sample dataset loads into an empty database", "[sample]")
{
    test::TestDatabase t;
    const int loaded = loadSampleData(t.db());
    CHECK(loaded > 50);
    CHECK(t.db().check().isEmpty());
}
