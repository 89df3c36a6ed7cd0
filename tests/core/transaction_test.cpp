#include "domain/recordid.h"
#include "fixtures.h"
#include "storage/database.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
QVariantMap agencyWithAcronym(const QString &acronym)
{
    QVariantMap json = test::agencyJson();
    json.insert(u"acronym"_s, acronym);
    return json;
}
} // namespace

TEST_CASE("work committed in one transaction is all there", "[transaction]")
{
    test::TestDatabase t;
    QString agency;
    QString delegate;
    {
        Transaction transaction(t.db());
        CHECK(t.db().transactionDepth() == 1);
        agency = t.store().create(RecordKind::Agency, test::agencyJson());
        delegate = t.store().create(RecordKind::Delegate, test::delegateJson(agency));
        // Inside the transaction the work is already visible to the one making it.
        CHECK(t.store().get(RecordKind::Delegate, delegate).value(u"agency_id"_s).toString() == agency);
        transaction.commit();
    }
    CHECK(t.db().transactionDepth() == 0);
    t.reopen();
    CHECK(t.store().exists(RecordKind::Agency, agency));
    CHECK(t.store().exists(RecordKind::Delegate, delegate));
    CHECK(t.rows(u"delegate_stay"_s) == 1);
}

TEST_CASE("a transaction that is not committed leaves nothing behind", "[transaction]")
{
    test::TestDatabase t;
    const QString before = test::tableCounts(t);
    QString agency;
    {
        Transaction transaction(t.db());
        agency = t.store().create(RecordKind::Agency, test::agencyJson());
        t.store().create(RecordKind::Delegate, test::delegateJson(agency));
        CHECK(t.store().count(RecordKind::Delegate) == 1);
    }
    CHECK(test::tableCounts(t) == before);
    CHECK_FALSE(t.store().exists(RecordKind::Agency, agency));
    CHECK(t.db().transactionDepth() == 0);
}

TEST_CASE("when the last of several creates is invalid, none of the earlier ones remains", "[transaction]")
{
    test::TestDatabase t;
    const QString before = test::tableCounts(t);
    QString agency;
    QString investor;
    const auto error = test::errorFrom([&] {
        Transaction transaction(t.db());
        agency = t.store().create(RecordKind::Agency, test::agencyJson());
        t.store().create(RecordKind::Delegate, test::delegateJson(agency));
        investor = t.store().create(RecordKind::Investor, test::investorJson());
        t.store().create(RecordKind::Contact, test::contactJson(investor));
        QVariantMap badDeal{{u"title"_s, u"Plant"_s},
                            {u"investor_id"_s, investor},
                            {u"host_country"_s, u"MA"_s},
                            {u"sector"_s, u"automotive"_s},
                            {u"stage"_s, u"lost"_s}};
        t.store().create(RecordKind::Deal, badDeal);
        transaction.commit();
    });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Invalid);
    CHECK(test::fieldsOf(*error) == QStringList{u"lost_reason"_s});
    CHECK(test::tableCounts(t) == before);
    CHECK_FALSE(t.store().exists(RecordKind::Agency, agency));
    CHECK_FALSE(t.store().exists(RecordKind::Investor, investor));
    CHECK(t.db().transactionDepth() == 0);
    CHECK(t.db().check() == QStringList());
}

TEST_CASE("a failing step in the middle of updates undoes the earlier updates", "[transaction]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QVariantMap agency = t.store().get(RecordKind::Agency, g.agency);
    const QVariantMap delegate = t.store().get(RecordKind::Delegate, g.delegate);
    const QString before = test::tableCounts(t);

    const auto error = test::errorFrom([&] {
        Transaction transaction(t.db());
        t.store().update(RecordKind::Agency, g.agency, {{u"notes"_s, u"Renamed in 2017"_s}});
        t.store().update(RecordKind::Delegate, g.delegate, {{u"stays"_s, QVariantList()}});
        t.store().moveToTrash(RecordKind::Note, g.note);
        t.store().update(RecordKind::Deal, g.deal, {{u"stage"_s, u"bankrupt"_s}});
        transaction.commit();
    });
    REQUIRE(error);
    CHECK(test::fieldsOf(*error).contains(u"stage"_s));
    CHECK(test::tableCounts(t) == before);
    CHECK(t.store().get(RecordKind::Agency, g.agency) == agency);
    CHECK(t.store().get(RecordKind::Delegate, g.delegate) == delegate);
    CHECK_FALSE(t.store().get(RecordKind::Note, g.note).contains(u"deleted_at"_s));
}

TEST_CASE("a nested transaction that rolls back keeps the outer work", "[transaction]")
{
    test::TestDatabase t;
    QString kept;
    QString undone;
    QString keptAfter;
    {
        Transaction outer(t.db());
        kept = t.store().create(RecordKind::Agency, agencyWithAcronym(u"AMDIE"_s));
        {
            Transaction inner(t.db());
            CHECK(t.db().transactionDepth() == 2);
            undone = t.store().create(RecordKind::Agency, agencyWithAcronym(u"EIPPO"_s));
            t.store().update(RecordKind::Agency, kept, {{u"notes"_s, u"changed inside"_s}});
            // No commit: the savepoint is rolled back.
        }
        CHECK(t.db().transactionDepth() == 1);
        CHECK_FALSE(t.store().exists(RecordKind::Agency, undone));
        keptAfter = t.store().create(RecordKind::Agency, agencyWithAcronym(u"VFIPC"_s));
        outer.commit();
    }
    t.reopen();
    CHECK(t.store().exists(RecordKind::Agency, kept));
    CHECK(t.store().exists(RecordKind::Agency, keptAfter));
    CHECK_FALSE(t.store().exists(RecordKind::Agency, undone));
    CHECK_FALSE(t.store().get(RecordKind::Agency, kept).value(u"notes"_s).isValid());
    CHECK(t.store().history(RecordKind::Agency, kept).size() == 1);
    CHECK(test::sqlValue(t.db(), u"SELECT count(*) FROM audit_log WHERE record_id = ?"_s, {undone}) == QVariant(0));
}

TEST_CASE("a nested transaction that fails with an error keeps the outer work", "[transaction]")
{
    test::TestDatabase t;
    Transaction outer(t.db());
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    const auto error = test::errorFrom([&] {
        Transaction inner(t.db());
        t.store().create(RecordKind::Delegate, test::delegateJson(agency));
        t.store().create(RecordKind::Delegate, test::delegateJson(newRecordId()));
        inner.commit();
    });
    REQUIRE(error);
    CHECK(test::fieldsOf(*error) == QStringList{u"agency_id"_s});
    CHECK(t.store().count(RecordKind::Delegate) == 0);
    outer.commit();
    CHECK(t.store().exists(RecordKind::Agency, agency));
    CHECK(t.rows(u"delegate_stay"_s) == 0);
}

TEST_CASE("an inner commit is undone when the outer transaction rolls back", "[transaction]")
{
    test::TestDatabase t;
    const QString before = test::tableCounts(t);
    {
        Transaction outer(t.db());
        {
            Transaction inner(t.db());
            t.store().create(RecordKind::Agency, test::agencyJson());
            inner.commit();
        }
        CHECK(t.store().count(RecordKind::Agency) == 1);
    }
    CHECK(test::tableCounts(t) == before);
}

TEST_CASE("after a rollback the database takes new work", "[transaction]")
{
    test::TestDatabase t;
    {
        Transaction transaction(t.db());
        t.store().create(RecordKind::Agency, test::agencyJson());
    }
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    CHECK(t.store().count(RecordKind::Agency) == 1);
    t.reopen();
    CHECK(t.store().exists(RecordKind::Agency, id));
}

TEST_CASE("a record whose element id belongs to another record is refused whole", "[transaction]")
{
    test::TestDatabase t;
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    const QString first = t.store().create(RecordKind::Delegate, test::delegateJson(agency));
    const QString stayId =
        t.store().get(RecordKind::Delegate, first).value(u"stays"_s).toList()[0].toMap().value(u"id"_s).toString();

    // The stay id is only found taken when the stays are written, after the delegate row itself.
    QVariantMap second = test::delegateJson(agency);
    QVariantMap stay = second.value(u"stays"_s).toList()[0].toMap();
    stay.insert(u"id"_s, stayId);
    second.insert(u"stays"_s, QVariantList{stay});
    const QString before = test::tableCounts(t);
    const auto error = test::errorFrom([&] { t.store().create(RecordKind::Delegate, second); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Invalid);
    CHECK(test::fieldsOf(*error) == QStringList{u"stays[0].id"_s});
    CHECK(test::tableCounts(t) == before);
    CHECK(t.store().count(RecordKind::Delegate) == 1);
    CHECK(t.db().transactionDepth() == 0);

    // Nor can an update take it over.
    const QString third = t.store().create(RecordKind::Delegate, test::delegateJson(agency));
    const QString beforeUpdate = test::tableCounts(t);
    const auto updateError = test::errorFrom([&] {
        t.store().update(RecordKind::Delegate, third, {{u"stays"_s, QVariantList{stay}}});
    });
    REQUIRE(updateError);
    CHECK(updateError->kind() == Error::Kind::Invalid);
    CHECK(test::fieldsOf(*updateError) == QStringList{u"stays[0].id"_s});
    CHECK(test::tableCounts(t) == beforeUpdate);
    CHECK(t.store().get(RecordKind::Delegate, first).value(u"stays"_s).toList()[0].toMap().value(u"id"_s) ==
          QVariant(stayId));
}
