#include "domain/recordid.h"
#include "fixtures.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// Sets the value at a path like "stays[0].end_date" inside a record map.
void setPath(QVariantMap &map, const QString &path, const QVariant &value)
{
    const qsizetype bracket = path.indexOf(u'[');
    if (bracket < 0) {
        map.insert(path, value);
        return;
    }
    const QString list = path.left(bracket);
    const qsizetype close = path.indexOf(u']', bracket);
    const int index = path.mid(bracket + 1, close - bracket - 1).toInt();
    QVariantList items = map.value(list).toList();
    QVariantMap item = items.value(index).toMap();
    setPath(item, path.mid(close + 2), value);
    if (index < items.size()) {
        items[index] = item;
    } else {
        items.append(item);
    }
    map.insert(list, items);
}

QVariantMap with(QVariantMap map, const QString &path, const QVariant &value)
{
    setPath(map, path, value);
    return map;
}

QVariantMap without(QVariantMap map, const QString &field)
{
    map.remove(field);
    return map;
}

// Creating input must be refused as invalid, blaming exactly the given fields, and write nothing.
QStringList refusedCreate(test::TestDatabase &t, RecordKind kind, const QVariantMap &input)
{
    const QString before = test::tableCounts(t);
    const QStringList fields = test::invalidFields([&] { t.store().create(kind, input); });
    CHECK(test::tableCounts(t) == before);
    return fields;
}

// Updating with changes must be refused as invalid and leave the record and every table as they were.
QStringList refusedUpdate(test::TestDatabase &t, RecordKind kind, const QString &id, const QVariantMap &changes)
{
    const QString before = test::tableCounts(t);
    const QVariantMap record = t.store().get(kind, id);
    const QStringList fields = test::invalidFields([&] { t.store().update(kind, id, changes); });
    CHECK(test::tableCounts(t) == before);
    CHECK(t.store().get(kind, id) == record);
    return fields;
}
} // namespace

TEST_CASE("a record without its name is refused", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Officer, with(test::officerJson(), u"name"_s, u""_s)) == QStringList{u"name"_s});
    CHECK(refusedCreate(t, RecordKind::Officer, with(test::officerJson(), u"name"_s, u"   "_s)) ==
          QStringList{u"name"_s});
    CHECK(refusedCreate(t, RecordKind::Agency, without(test::agencyJson(), u"name"_s)) == QStringList{u"name"_s});
    CHECK(refusedCreate(t, RecordKind::Investor, with(test::investorJson(), u"name"_s, QVariant())) ==
          QStringList{u"name"_s});
    CHECK(refusedCreate(t, RecordKind::Delegate,
                        without(without(test::delegateJson(g.agency), u"family_name"_s), u"given_name"_s)) ==
          QStringList{u"family_name"_s});
    CHECK(refusedUpdate(t, RecordKind::Agency, g.agency, {{u"name"_s, u""_s}}) == QStringList{u"name"_s});
    CHECK(refusedUpdate(t, RecordKind::Mission, g.mission, {{u"title"_s, QVariant()}}) == QStringList{u"title"_s});
}

TEST_CASE("one name is enough for a person", "[validation]")
{
    test::TestDatabase t;
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    const QString id = t.store().create(RecordKind::Delegate, without(test::delegateJson(agency), u"given_name"_s));
    CHECK(t.store().get(RecordKind::Delegate, id).value(u"family_name"_s).toString() == u"Hassani"_s);
}

TEST_CASE("an end before its start is refused", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Delegate,
                        with(test::delegateJson(g.agency), u"stays[0].end_date"_s, u"1996-04-07"_s)) ==
          QStringList{u"stays[0].end_date"_s});
    CHECK(refusedCreate(t, RecordKind::Delegate,
                        with(test::delegateJson(g.agency), u"positions[1].to_date"_s, u"2013-05-31"_s)) ==
          QStringList{u"positions[1].to_date"_s});
    CHECK(refusedCreate(t, RecordKind::Mission, with(test::missionJson(g), u"end_date"_s, u"2024-09-08"_s)) ==
          QStringList{u"end_date"_s});
    CHECK(refusedCreate(t, RecordKind::Contact, with(test::contactJson(g.investor), u"active_to"_s, u"2019-03-31"_s)) ==
          QStringList{u"active_to"_s});
    CHECK(refusedUpdate(t, RecordKind::Mission, g.mission, {{u"start_date"_s, u"2024-09-14"_s}}) ==
          QStringList{u"end_date"_s});

    // The same day is not before the start.
    const QString sameDay =
        t.store().create(RecordKind::Mission, with(with(test::missionJson(g), u"start_date"_s, u"2024-09-09"_s),
                                                   u"end_date"_s, u"2024-09-09"_s));
    CHECK(t.store().exists(RecordKind::Mission, sameDay));
}

TEST_CASE("a stay needs its start date", "[validation]")
{
    test::TestDatabase t;
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    CHECK(refusedCreate(t, RecordKind::Delegate,
                        with(test::delegateJson(agency), u"stays[0].start_date"_s, QVariant())) ==
          QStringList{u"stays[0].start_date"_s});
}

TEST_CASE("a country must be an ISO 3166 code", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Agency, with(test::agencyJson(), u"country"_s, u"ZZ"_s)) ==
          QStringList{u"country"_s});
    CHECK(refusedCreate(t, RecordKind::Agency, with(test::agencyJson(), u"country"_s, u"Morocco"_s)) ==
          QStringList{u"country"_s});
    CHECK(refusedCreate(t, RecordKind::Agency, without(test::agencyJson(), u"country"_s)) == QStringList{u"country"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"host_country"_s, u"XK1"_s)) ==
          QStringList{u"host_country"_s});
    CHECK(refusedCreate(t, RecordKind::Investor, with(test::investorJson(), u"hq_country"_s, u"ZZ"_s)) ==
          QStringList{u"hq_country"_s});
    CHECK(refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(g.agency), u"country"_s, u"ZZ"_s)) ==
          QStringList{u"country"_s});

    // Lower case is read as the code it means.
    const QString id = t.store().create(RecordKind::Agency, with(test::agencyJson(), u"country"_s, u"tn"_s));
    CHECK(t.store().get(RecordKind::Agency, id).value(u"country"_s).toString() == u"TN"_s);
}

TEST_CASE("a sector must be one of the programme's sectors", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Investor, with(test::investorJson(), u"sector"_s, u"space"_s)) ==
          QStringList{u"sector"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, without(test::dealJson(g), u"sector"_s)) == QStringList{u"sector"_s});
    CHECK(refusedCreate(t, RecordKind::Delegate,
                        with(test::delegateJson(g.agency), u"sectors"_s, QVariantList{u"food"_s, u"space"_s})) ==
          QStringList{u"sectors[1]"_s});
}

TEST_CASE("a count must not be negative", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"impact[1].value"_s, -3500)) ==
          QStringList{u"impact[1].value"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"impact[0].value"_s, u"-1"_s)) ==
          QStringList{u"impact[0].value"_s});
    CHECK(refusedCreate(t, RecordKind::Investor, with(test::investorJson(), u"employees"_s, -1)) ==
          QStringList{u"employees"_s});
    CHECK(refusedUpdate(t, RecordKind::Deal, g.deal,
                        {{u"impact"_s, QVariantList{QVariantMap{{u"indicator"_s, u"jobs_women"_s},
                                                                {u"status"_s, u"realised"_s},
                                                                {u"value"_s, -1},
                                                                {u"as_of"_s, u"2025-01-01"_s}}}}}) ==
          QStringList{u"impact[0].value"_s});
}

TEST_CASE("an interest level is from 1 to 5", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Meeting, with(test::meetingJson(g), u"interest_level"_s, 6)) ==
          QStringList{u"interest_level"_s});
    CHECK(refusedCreate(t, RecordKind::Meeting, with(test::meetingJson(g), u"interest_level"_s, 0)) ==
          QStringList{u"interest_level"_s});
    CHECK(refusedUpdate(t, RecordKind::Meeting, g.meeting, {{u"interest_level"_s, 6}}) ==
          QStringList{u"interest_level"_s});
    CHECK(t.store().update(RecordKind::Meeting, g.meeting, {{u"interest_level"_s, 1}}));
    CHECK(t.store().update(RecordKind::Meeting, g.meeting, {{u"interest_level"_s, 5}}));
}

TEST_CASE("a malformed e-mail address is refused", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    for (const QString &bad :
         {u"tanaka"_s, u"tanaka@itpo"_s, u"tanaka@@itpo.example"_s, u"ta naka@itpo.example"_s, u"@itpo.example"_s}) {
        INFO("email: " << bad.toStdString());
        CHECK(refusedCreate(t, RecordKind::Officer, with(test::officerJson(), u"email"_s, bad)) ==
              QStringList{u"email"_s});
    }
    CHECK(refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(g.agency), u"email"_s, u"hassani"_s)) ==
          QStringList{u"email"_s});
    CHECK(refusedUpdate(t, RecordKind::Contact, g.contact, {{u"email"_s, u"yamada@"_s}}) == QStringList{u"email"_s});
}

TEST_CASE("a web address must start with http:// or https://", "[validation]")
{
    test::TestDatabase t;
    CHECK(refusedCreate(t, RecordKind::Agency, with(test::agencyJson(), u"website"_s, u"www.amdie.gov.ma"_s)) ==
          QStringList{u"website"_s});
    CHECK(refusedCreate(t, RecordKind::Investor, with(test::investorJson(), u"website"_s, u"ftp://yazaki.example"_s)) ==
          QStringList{u"website"_s});
}

TEST_CASE("a money figure needs its currency and a count must have none", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QStringList missing =
        refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"impact[0].currency"_s, QVariant()));
    // The amount was given: the complaint is the currency alone, not a "missing" value.
    CHECK(missing == QStringList{u"impact[0].currency"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"impact[0].currency"_s, u"ABC"_s)) ==
          QStringList{u"impact[0].currency"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"impact[1].currency"_s, u"USD"_s)) ==
          QStringList{u"impact[1].currency"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"impact[0].value"_s, u"1.5"_s)) ==
          QStringList{u"impact[0].value"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"impact[0].as_of"_s, QVariant())) ==
          QStringList{u"impact[0].as_of"_s});
    // Not knowing the indicator, the currency JPY given with it is no longer expected either.
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"impact[0].indicator"_s, u"profit"_s)) ==
          QStringList{u"impact[0].indicator"_s, u"impact[0].currency"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"impact[0].status"_s, u"hoped"_s)) ==
          QStringList{u"impact[0].status"_s});
}

TEST_CASE("an unknown field is refused so that a typo never drops data", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Agency, with(test::agencyJson(), u"acronyme"_s, u"AMDIE"_s)) ==
          QStringList{u"acronyme"_s});
    CHECK(
        refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(g.agency), u"stays[0].hotel"_s, u"Hilton"_s)) ==
        QStringList{u"stays[0].hotel"_s});
    CHECK(refusedUpdate(t, RecordKind::Investor, g.investor, {{u"employes"_s, 1200}}) == QStringList{u"employes"_s});
}

TEST_CASE("a value of the wrong type is refused", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Officer, with(test::officerJson(), u"active"_s, u"yes"_s)) ==
          QStringList{u"active"_s});
    CHECK(refusedCreate(t, RecordKind::Agency, with(test::agencyJson(), u"name"_s, 42)) == QStringList{u"name"_s});
    CHECK(refusedCreate(t, RecordKind::Investor, with(test::investorJson(), u"employees"_s, u"many"_s)) ==
          QStringList{u"employees"_s});
    CHECK(refusedCreate(t, RecordKind::Investor, with(test::investorJson(), u"employees"_s, 12.5)) ==
          QStringList{u"employees"_s});
    CHECK(refusedCreate(t, RecordKind::Investor, with(test::investorJson(), u"aliases"_s, u"Yazaki"_s)) ==
          QStringList{u"aliases"_s});
    CHECK(refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(g.agency), u"phones"_s, QVariantList{42})) ==
          QStringList{u"phones"_s});
    CHECK(refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(g.agency), u"stays"_s, u"1996"_s)) ==
          QStringList{u"stays"_s});
    CHECK(refusedCreate(t, RecordKind::Delegate,
                        with(test::delegateJson(g.agency), u"stays"_s, QVariantList{u"1996"_s})) ==
          QStringList{u"stays[0]"_s});
    CHECK(refusedCreate(t, RecordKind::Delegate,
                        with(test::delegateJson(g.agency), u"stays[0].start_date"_s, u"10/04/1996"_s)) ==
          QStringList{u"stays[0].start_date"_s});
    CHECK(refusedCreate(t, RecordKind::Meeting, with(test::meetingJson(g), u"interest_level"_s, u"high"_s)) ==
          QStringList{u"interest_level"_s});
    CHECK(refusedCreate(t, RecordKind::FollowUp, with(test::followUpJson(g), u"done"_s, u"done"_s)) ==
          QStringList{u"done"_s});
}

TEST_CASE("JSON values are taken as their JSON type, never guessed from another", "[validation][strictjson]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    // A boolean is true or false: 2, 1, 0 and "true" are refused, not read as yes or no.
    for (const QVariant &notBoolean : {QVariant(2), QVariant(1), QVariant(0), QVariant(u"true"_s)}) {
        INFO(notBoolean.toString().toStdString());
        CHECK(refusedCreate(t, RecordKind::Officer, with(test::officerJson(), u"active"_s, notBoolean)) ==
              QStringList{u"active"_s});
        CHECK(refusedCreate(t, RecordKind::Investor, with(test::investorJson(), u"confidential"_s, notBoolean)) ==
              QStringList{u"confidential"_s});
        CHECK(refusedCreate(t, RecordKind::FollowUp, with(test::followUpJson(g), u"done"_s, notBoolean)) ==
              QStringList{u"done"_s});
    }
    // A number is a number: "5" is text; 5.5 and numbers past what a double holds exactly are not whole.
    for (const QVariant &notInteger :
         {QVariant(u"5"_s), QVariant(5.5), QVariant(1e20), QVariant(9007199254740994.0),
          QVariant(std::numeric_limits<double>::infinity()), QVariant(qulonglong(1) << 63), QVariant(true)}) {
        INFO(notInteger.toString().toStdString());
        CHECK(refusedCreate(t, RecordKind::Investor, with(test::investorJson(), u"employees"_s, notInteger)) ==
              QStringList{u"employees"_s});
        CHECK(refusedCreate(t, RecordKind::Meeting, with(test::meetingJson(g), u"interest_level"_s, notInteger)) ==
              QStringList{u"interest_level"_s});
        CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"impact[1].value"_s, notInteger)) ==
              QStringList{u"impact[1].value"_s});
    }
    const std::optional<Error> quoted = test::errorFrom(
        [&] { t.store().create(RecordKind::Investor, with(test::investorJson(), u"employees"_s, u"5"_s)); });
    REQUIRE(quoted);
    CHECK(quoted->message() == u"employees: must be a whole number written without quotes (5, not \"5\")"_s);

    // What JSON calls a whole number is one, 5.0 included (Qt reads 5.0 and 1e3 as integers anyway).
    for (const QVariant &whole : {QVariant(5), QVariant(qint64(5)), QVariant(5.0), QVariant(9007199254740992.0)}) {
        const QString id = t.store().create(RecordKind::Investor, with(test::investorJson(), u"employees"_s, whole));
        CHECK(t.store().get(RecordKind::Investor, id).value(u"employees"_s).toLongLong() == whole.toLongLong());
    }
    const QString officer = t.store().create(RecordKind::Officer, with(test::officerJson(u"NF"_s), u"active"_s, false));
    CHECK(t.store().get(RecordKind::Officer, officer).value(u"active"_s) == QVariant(false));
}

TEST_CASE("stored booleans and numbers, 0/1 and digits, are still read from the storage form", "[validation]")
{
    test::TestDatabase t;
    QVariantMap officer = test::officerJson(u"ST"_s);
    officer.insert(u"active"_s, 0);
    const QString id = t.store().create(RecordKind::Officer, officer, MapFormat::Storage);
    CHECK(t.store().get(RecordKind::Officer, id).value(u"active"_s) == QVariant(false));
    QVariantMap investor = test::investorJson();
    investor.insert(u"employees"_s, u"42"_s);
    const QString investorId = t.store().create(RecordKind::Investor, investor, MapFormat::Storage);
    CHECK(t.store().get(RecordKind::Investor, investorId).value(u"employees"_s).toLongLong() == 42);
}

TEST_CASE("a meeting time needs an offset and a known time zone", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Meeting, with(test::meetingJson(g), u"starts_at"_s, u"2024-05-10T10:00:00"_s)) ==
          QStringList{u"starts_at"_s});
    CHECK(refusedCreate(t, RecordKind::Meeting, without(test::meetingJson(g), u"starts_at"_s)) ==
          QStringList{u"starts_at"_s});
    CHECK(refusedCreate(t, RecordKind::Meeting, with(test::meetingJson(g), u"time_zone"_s, u"Asia/Osaka"_s)) ==
          QStringList{u"time_zone"_s});
    CHECK(refusedCreate(t, RecordKind::Mission,
                        with(test::missionJson(g), u"agenda[0].starts_at"_s, u"2024-09-10 08:00"_s)) ==
          QStringList{u"agenda[0].starts_at"_s});
}

TEST_CASE("a value outside its list of choices is refused", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Mission, with(test::missionJson(g), u"kind"_s, u"holiday"_s)) ==
          QStringList{u"kind"_s});
    CHECK(refusedCreate(t, RecordKind::Mission,
                        with(test::missionJson(g), u"participants[0].person_kind"_s, u"investor"_s)) ==
          QStringList{u"participants[0].person_kind"_s});
    CHECK(refusedCreate(t, RecordKind::Meeting, with(test::meetingJson(g), u"attendees[0].side"_s, u"press"_s)) ==
          QStringList{u"attendees[0].side"_s});
    CHECK(refusedCreate(t, RecordKind::Meeting, with(test::meetingJson(g), u"attendees[3].name"_s, QVariant())) ==
          QStringList{u"attendees[3].name"_s});
    // Reported once: no history entry is derived from a stage that does not exist.
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"stage"_s, u"won"_s)) == QStringList{u"stage"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"credits[0].role"_s, u"luck"_s)) ==
          QStringList{u"credits[0].role"_s});
    CHECK(refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(g.agency), u"status"_s, u"retired"_s)) ==
          QStringList{u"status"_s});
    CHECK(refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(g.agency), u"name_order"_s, u"random"_s)) ==
          QStringList{u"name_order"_s});
}

TEST_CASE("a lost deal needs the reason it was lost", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"stage"_s, u"lost"_s)) ==
          QStringList{u"lost_reason"_s});
    CHECK(refusedUpdate(t, RecordKind::Deal, g.deal, {{u"stage"_s, u"lost"_s}}) == QStringList{u"lost_reason"_s});
    CHECK(t.store().update(RecordKind::Deal, g.deal,
                           {{u"stage"_s, u"lost"_s}, {u"lost_reason"_s, u"Chose a site in Romania"_s}}));
    CHECK(t.store().get(RecordKind::Deal, g.deal).value(u"stage"_s).toString() == u"lost"_s);
}

TEST_CASE("a link to a record that does not exist is refused", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString nobody = newRecordId();
    CHECK(refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(g.agency), u"agency_id"_s, nobody)) ==
          QStringList{u"agency_id"_s});
    CHECK(refusedCreate(t, RecordKind::Contact, test::contactJson(nobody)) == QStringList{u"investor_id"_s});
    CHECK(refusedCreate(t, RecordKind::Meeting, with(test::meetingJson(g), u"attendees[1].person_id"_s, nobody)) ==
          QStringList{u"attendees[1].person_id"_s});
    CHECK(refusedCreate(t, RecordKind::Mission, with(test::missionJson(g), u"agenda[0].meeting_id"_s, nobody)) ==
          QStringList{u"agenda[0].meeting_id"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, with(test::dealJson(g), u"credits[1].credited_id"_s, nobody)) ==
          QStringList{u"credits[1].credited_id"_s});
    CHECK(refusedCreate(t, RecordKind::FollowUp, with(test::followUpJson(g), u"owner_id"_s, nobody)) ==
          QStringList{u"owner_id"_s});
    CHECK(refusedCreate(t, RecordKind::Note, with(test::noteJson(g), u"linked_id"_s, nobody)) ==
          QStringList{u"linked_id"_s});
    // The id of a record of another kind is no link either.
    CHECK(refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(g.agency), u"agency_id"_s, g.investor)) ==
          QStringList{u"agency_id"_s});
    CHECK(refusedUpdate(t, RecordKind::Investor, g.investor, {{u"parent_id"_s, nobody}}) ==
          QStringList{u"parent_id"_s});
}

TEST_CASE("a link must be a record id of a known kind", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(g.agency), u"agency_id"_s, u"AMDIE"_s)) ==
          QStringList{u"agency_id"_s});
    CHECK(refusedCreate(t, RecordKind::Note, with(test::noteJson(g), u"linked_kind"_s, u"planet"_s)) ==
          QStringList{u"linked_kind"_s});
    CHECK(refusedCreate(t, RecordKind::Note, without(without(test::noteJson(g), u"linked_id"_s), u"linked_kind"_s)) ==
          QStringList{u"linked_id"_s});
    CHECK(refusedUpdate(t, RecordKind::Investor, g.investor, {{u"parent_id"_s, g.investor}}) ==
          QStringList{u"parent_id"_s});
}

TEST_CASE("a link to a record in the Trash is refused", "[validation]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString otherAgency =
        t.store().create(RecordKind::Agency, with(test::agencyJson(), u"acronym"_s, u"EIPPO"_s));
    t.store().moveToTrash(RecordKind::Agency, otherAgency);
    t.store().moveToTrash(RecordKind::Investor, g.investor);

    const QString before = test::tableCounts(t);
    const auto error =
        test::errorFrom([&] { t.store().create(RecordKind::Delegate, test::delegateJson(otherAgency)); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Invalid);
    CHECK(test::fieldsOf(*error) == QStringList{u"agency_id"_s});
    CHECK(error->message().contains(u"Trash"_s));
    CHECK(test::tableCounts(t) == before);

    CHECK(refusedUpdate(t, RecordKind::Delegate, g.delegate, {{u"agency_id"_s, otherAgency}}) ==
          QStringList{u"agency_id"_s});
    CHECK(refusedCreate(t, RecordKind::Deal, test::dealJson(g)) == QStringList{u"investor_id"_s});
    // A link made before its target went to the Trash does not stop other edits.
    CHECK(t.store().update(RecordKind::Contact, g.contact, {{u"title"_s, u"取締役"_s}}));
}

TEST_CASE("officer initials are unique", "[validation]")
{
    test::TestDatabase t;
    CHECK(refusedCreate(t, RecordKind::Officer, test::officerJson(u"HS"_s)) == QStringList{u"initials"_s});
    CHECK(refusedCreate(t, RecordKind::Officer, test::officerJson(u"hs"_s)) == QStringList{u"initials"_s});
    const QString kt = t.store().create(RecordKind::Officer, test::officerJson(u"KT"_s));
    CHECK(refusedUpdate(t, RecordKind::Officer, kt, {{u"initials"_s, u"HS"_s}}) == QStringList{u"initials"_s});
    // An officer in the Trash still holds the initials.
    t.store().moveToTrash(RecordKind::Officer, kt);
    CHECK(refusedCreate(t, RecordKind::Officer, test::officerJson(u"KT"_s)) == QStringList{u"initials"_s});
    // Keeping one's own initials is no conflict.
    CHECK(t.store().update(RecordKind::Officer, t.officerId(), {{u"initials"_s, u"HS"_s}, {u"name"_s, u"佐藤 花"_s}}));
}

TEST_CASE("officer initials are 1 to 5 letters", "[validation]")
{
    test::TestDatabase t;
    CHECK(refusedCreate(t, RecordKind::Officer, test::officerJson(u"K1"_s)) == QStringList{u"initials"_s});
    CHECK(refusedCreate(t, RecordKind::Officer, test::officerJson(u"ABCDEF"_s)) == QStringList{u"initials"_s});
    CHECK(refusedCreate(t, RecordKind::Officer, test::officerJson(QString())) == QStringList{u"initials"_s});
    const QString id = t.store().create(RecordKind::Officer, test::officerJson(u"kt"_s));
    CHECK(t.store().get(RecordKind::Officer, id).value(u"initials"_s).toString() == u"KT"_s);
}

TEST_CASE("a record id must be a UUID not yet used", "[validation]")
{
    test::TestDatabase t;
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    for (const QString &bad : {u"not-a-uuid"_s, u"42"_s, u"{0190a3f4-8c2e-7cc1-9e36-2a56f5f0c3d1}"_s,
                               u"0190A3F4-8C2E-7CC1-9E36-2A56F5F0C3D1"_s, agency}) {
        INFO("id: " << bad.toStdString());
        CHECK(refusedCreate(t, RecordKind::Agency, with(test::agencyJson(), u"id"_s, bad)) == QStringList{u"id"_s});
    }
    CHECK(refusedCreate(t, RecordKind::Delegate, with(test::delegateJson(agency), u"stays[0].id"_s, u"stay-1"_s)) ==
          QStringList{u"stays[0].id"_s});
    const QString stayId = newRecordId();
    QVariantMap twice = with(test::delegateJson(agency), u"stays[0].id"_s, stayId);
    setPath(twice, u"stays[1].id"_s, stayId);
    setPath(twice, u"stays[1].start_date"_s, u"2004-10-04"_s);
    CHECK(refusedCreate(t, RecordKind::Delegate, twice) == QStringList{u"stays[1].id"_s});
}

TEST_CASE("every problem of a record is reported at once", "[validation]")
{
    test::TestDatabase t;
    const QStringList fields = refusedCreate(t, RecordKind::Deal, {{u"stage"_s, u"lost"_s}});
    CHECK(fields == QStringList{u"title"_s, u"investor_id"_s, u"host_country"_s, u"sector"_s, u"lost_reason"_s});

    const auto error = test::errorFrom([&] { t.store().create(RecordKind::FollowUp, {}); });
    REQUIRE(error);
    CHECK(test::fieldsOf(*error) == QStringList{u"title"_s, u"owner_id"_s, u"due_date"_s});
    CHECK(error->message().contains(u"due_date: is required"_s));
}
