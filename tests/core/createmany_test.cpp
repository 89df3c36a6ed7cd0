// Records::createMany (issue 18, speed): an import writes its new records in steps, one transaction
// without a savepoint per record. What it writes must be exactly what one create() each writes:
// the records with their lists, the audit lines, the search rows and the sync log.
#include "services/records/records.h"
#include "services/search.h"
#include "syncfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {

QString fixedId(int kind, int i)
{
    return u"01900000-0000-7000-8000-%1%2"_s.arg(kind, 4, 10, QChar(u'0')).arg(i, 8, 10, QChar(u'0'));
}

// Contacts of the graph's investor, and meetings with it whose attendees are a list (child rows),
// every id given so that two replicas can write the same records.
QList<QVariantMap> contacts(const test::Graph &g, int n)
{
    QList<QVariantMap> list;
    for (int i = 0; i < n; ++i) {
        QVariantMap contact = test::contactJson(g.investor);
        contact.insert(u"id"_s, fixedId(1, i));
        contact.insert(u"given_name"_s, u"太郎%1"_s.arg(i));
        contact.insert(u"latin_given_name"_s, u"Taro%1"_s.arg(i));
        contact.insert(u"email"_s, u"person%1@yazaki.example"_s.arg(i));
        contact.insert(u"phones"_s, QVariantList{u"+81 3 0000 %1"_s.arg(i, 4, 10, QChar(u'0'))});
        list << contact;
    }
    return list;
}

QList<QVariantMap> meetings(const test::Graph &g, int n)
{
    QList<QVariantMap> list;
    for (int i = 0; i < n; ++i) {
        QVariantMap meeting = test::meetingJson(g);
        meeting.insert(u"id"_s, fixedId(2, i));
        QVariantList attendees = meeting.value(u"attendees"_s).toList();
        for (qsizetype a = 0; a < attendees.size(); ++a) {
            QVariantMap attendee = attendees.at(a).toMap();
            attendee.insert(u"id"_s, fixedId(3, i * 10 + int(a)));
            attendees[a] = attendee;
        }
        meeting.insert(u"attendees"_s, attendees);
        meeting.insert(u"summary"_s, u"Second plant, variant %1."_s.arg(i));
        list << meeting;
    }
    return list;
}

// What a replica holds of the records: each record, its audit lines (all but their sequence) and
// what a search finds.
QStringList written(Database &db, const QList<QVariantMap> &inputs, RecordKind kind)
{
    Records records(db);
    QStringList out;
    for (const QVariantMap &input : inputs) {
        const QString id = input.value(u"id"_s).toString();
        out << QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(records.get(kind, id))).toJson());
        for (const HistoryEntry &line : records.auditLines(id)) {
            out << u"%1 %2 %3 %4 %5 %6"_s.arg(line.at.toString(Qt::ISODateWithMs), line.officerId, line.action,
                                              line.field, line.oldValue, line.newValue);
        }
    }
    for (const QString &word : {u"taro1"_s, u"山田"_s, u"variant"_s, u"yazaki"_s}) {
        SearchQuery query;
        query.text = word;
        query.limitPerKind = 100;
        for (const SearchHit &hit : Search(db).search(query)) {
            out << word + u": "_s + hit.id + u' ' + hit.field + u' ' + hit.matched;
        }
    }
    return out;
}

} // namespace

TEST_CASE("records created many at once are the records, audit lines, search rows and sync changes of one create "
          "each",
          "[records][import]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    test::Laptop oneByOne(office, u"one-by-one"_s);
    test::Laptop atOnce(office, u"at-once"_s);
    const QList<QVariantMap> newContacts = contacts(g, 7);
    const QList<QVariantMap> newMeetings = meetings(g, 3);
    EditOptions options;
    options.readBack = false;
    options.origin = ChangeOrigin::Import;

    Records single(oneByOne.db());
    for (const QVariantMap &contact : newContacts) {
        single.create(RecordKind::Contact, contact, options);
    }
    for (const QVariantMap &meeting : newMeetings) {
        single.create(RecordKind::Meeting, meeting, options);
    }
    Records many(atOnce.db());
    QStringList ids = many.createMany(RecordKind::Contact, newContacts, options);
    ids += many.createMany(RecordKind::Meeting, newMeetings, options);

    QStringList expectedIds;
    for (const QVariantMap &input : newContacts + newMeetings) {
        expectedIds << input.value(u"id"_s).toString();
    }
    CHECK(ids == expectedIds);
    const QStringList expected = written(oneByOne.db(), newContacts, RecordKind::Contact) +
                                 written(oneByOne.db(), newMeetings, RecordKind::Meeting);
    REQUIRE(expected.size() > 20);
    CHECK(written(atOnce.db(), newContacts, RecordKind::Contact) +
              written(atOnce.db(), newMeetings, RecordKind::Meeting) ==
          expected);

    // Their sync log carries them to the office as the single creates' does.
    const QString sent = test::contentOf(atOnce.db());
    REQUIRE(test::contentOf(office.db()) != sent);
    test::send(atOnce.db(), office.db());
    CHECK(test::contentOf(office.db()) == sent);
}

TEST_CASE("records created many at once are all refused when one is, or when the caller stops them",
          "[records][import]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    Records records(t.db());
    QVariantMap otherInvestor = test::investorJson();
    otherInvestor.insert(u"name"_s, u"Denso"_s);
    otherInvestor.insert(u"name_latin"_s, u"Denso"_s);
    otherInvestor.remove(u"aliases"_s);
    const QString trashed = records.create(RecordKind::Investor, otherInvestor).id;
    records.trash(RecordKind::Investor, trashed);
    QList<QVariantMap> inputs = contacts(g, 4);
    inputs[2].insert(u"investor_id"_s, trashed);
    const QString before = test::tableCounts(t);

    QList<qsizetype> seen;
    const std::optional<Error> error = test::errorFrom(
        [&] { records.createMany(RecordKind::Contact, inputs, {}, [&](qsizetype index) { seen << index; }); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Invalid);
    CHECK(test::fieldsOf(*error) == QStringList{u"investor_id"_s});
    CHECK(seen == QList<qsizetype>{0, 1, 2}); // the last one seen is the one refused
    CHECK(test::tableCounts(t) == before);

    // Stopped from beforeEach: nothing either.
    inputs[2].insert(u"investor_id"_s, g.investor);
    struct Stop
    {
    };
    CHECK_THROWS_AS(records.createMany(RecordKind::Contact, inputs, {},
                                       [](qsizetype index) {
                                           if (index == 3) {
                                               throw Stop{};
                                           }
                                       }),
                    Stop);
    CHECK(test::tableCounts(t) == before);

    // An investor moved to the Trash while the call runs (from a progress dialog's event loop) is
    // no longer taken for live by the rows after it.
    const QString leaving = records.create(RecordKind::Investor, otherInvestor).id;
    QList<QVariantMap> linked = contacts(g, 6).mid(4);
    for (QVariantMap &contact : linked) {
        contact.insert(u"investor_id"_s, leaving);
    }
    const QString beforeLeaving = test::tableCounts(t);
    const std::optional<Error> gone = test::errorFrom([&] {
        records.createMany(RecordKind::Contact, linked, {}, [&](qsizetype index) {
            if (index == 1) {
                t.store().moveToTrash(RecordKind::Investor, leaving);
            }
        });
    });
    REQUIRE(gone);
    CHECK(test::fieldsOf(*gone) == QStringList{u"investor_id"_s});
    CHECK(test::tableCounts(t) == beforeLeaving);

    // Let through: all of them.
    CHECK(records.createMany(RecordKind::Contact, inputs).size() == 4);
    CHECK(records.count(RecordKind::Contact) == 5); // the graph's own contact and these
}
