#include "domain/recordid.h"
#include "fixtures.h"
#include "storage/repository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
template<class T>
QStringList actionsOf(const Repository<T> &repository, const QString &id)
{
    QStringList actions;
    for (const HistoryEntry &e : repository.history(id)) {
        actions << e.action;
    }
    return actions;
}

Delegate hassani(const QString &agencyId)
{
    Delegate d;
    d.name.family = u"Hassani"_s;
    d.name.given = u"Mohamed Aref"_s;
    d.name.order = PersonName::Order::GivenFirst;
    d.agencyId = agencyId;
    d.country = u"MA"_s;
    d.languages = {u"fr"_s, u"ar"_s};
    d.sectors = {u"aerospace"_s};
    d.status = u"alumnus"_s;
    d.stays = {ProgrammeStay{{}, QDate(1996, 4, 8), QDate(1996, 6, 28), u"ITPO Tokyo"_s, {}}};
    d.positions = {
        CareerPosition{
            {}, u"Department of Investments"_s, u"Promotion officer"_s, QDate(1993, 1, 1), QDate(1999, 12, 31)},
        CareerPosition{{}, u"Aerospace industrial free zone"_s, u"Director"_s, QDate(2013, 6, 1), {}}};
    return d;
}
} // namespace

TEST_CASE("a delegate goes in and comes out whole, with stays and career", "[repository]")
{
    test::TestDatabase t;
    DelegateRepository delegates(t.db());
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());

    const QString id = delegates.create(hassani(agency));
    CHECK(isValidRecordId(id));
    CHECK(delegates.exists(id));
    const Delegate back = delegates.get(id);
    CHECK(back.id == id);
    CHECK(back.name.displayName() == u"Mohamed Aref Hassani"_s);
    CHECK(back.agencyId == agency);
    CHECK(back.languages == QStringList{u"fr"_s, u"ar"_s});
    CHECK(back.sectors == QStringList{u"aerospace"_s});
    CHECK(back.status == u"alumnus"_s);
    REQUIRE(back.stays.size() == 1);
    CHECK(isValidRecordId(back.stays[0].id));
    CHECK(back.stays[0].start == QDate(1996, 4, 8));
    CHECK(back.stays[0].end == QDate(1996, 6, 28));
    CHECK(back.stays[0].hostOffice == u"ITPO Tokyo"_s);
    REQUIRE(back.positions.size() == 2);
    CHECK(back.positions[0].organisation == u"Department of Investments"_s);
    CHECK(back.positions[0].to == QDate(1999, 12, 31));
    CHECK(back.positions[1].title == u"Director"_s);
    CHECK_FALSE(back.positions[1].to.has_value());
    CHECK(t.rows(u"delegate_stay"_s) == 1);
    CHECK(t.rows(u"delegate_position"_s) == 2);
}

TEST_CASE("a delegate's stays and career are edited as whole lists that keep element ids", "[repository]")
{
    test::TestDatabase t;
    DelegateRepository delegates(t.db());
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    const QString id = delegates.create(hassani(agency));
    Delegate d = delegates.get(id);
    const QString stayId = d.stays[0].id;
    const QString directorId = d.positions[1].id;

    d.title = u"Director, aerospace free zone"_s;
    d.stays.append(ProgrammeStay{{}, QDate(2004, 10, 4), QDate(2004, 11, 26), u"ITPO Tokyo"_s, u"Second stay"_s});
    d.positions.removeFirst();
    CHECK(delegates.update(d));

    const Delegate back = delegates.get(id);
    CHECK(back.title == u"Director, aerospace free zone"_s);
    REQUIRE(back.stays.size() == 2);
    CHECK(back.stays[0].id == stayId);
    CHECK(isValidRecordId(back.stays[1].id));
    CHECK(back.stays[1].notes == u"Second stay"_s);
    REQUIRE(back.positions.size() == 1);
    CHECK(back.positions[0].id == directorId);
    CHECK(t.rows(u"delegate_stay"_s) == 2);
    CHECK(t.rows(u"delegate_position"_s) == 1);

    CHECK_FALSE(delegates.update(back));
}

TEST_CASE("a typed record goes to the Trash, comes back and keeps its history", "[repository]")
{
    test::TestDatabase t;
    DelegateRepository delegates(t.db());
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    const QString id = delegates.create(hassani(agency));
    Delegate d = delegates.get(id);
    d.email = u"m.hassani@amdie.example"_s;
    CHECK(delegates.update(d));

    delegates.moveToTrash(id);
    CHECK(delegates.list().isEmpty());
    const QList<Delegate> trash = delegates.list(test::listQuery([](ListQuery &q) { q.trash = true; }));
    REQUIRE(trash.size() == 1);
    CHECK(trash[0].id == id);
    CHECK(trash[0].stays.size() == 1);

    delegates.restore(id);
    REQUIRE(delegates.list().size() == 1);
    CHECK(delegates.list()[0].positions.size() == 2);
    CHECK(actionsOf(delegates, id) == QStringList{u"create"_s, u"update"_s, u"delete"_s, u"restore"_s});
}

TEST_CASE("a mission keeps its participants and its agenda", "[repository]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    MissionRepository missions(t.db());
    Mission m;
    m.kind = u"programme_stay"_s;
    m.title = u"Delegates Programme 2025"_s;
    m.start = QDate(2025, 4, 7);
    m.end = QDate(2025, 6, 27);
    m.places = {u"Tokyo"_s, u"Nagoya"_s};
    m.participants = {MissionParticipant{{}, u"delegate"_s, g.delegate, u"delegate"_s},
                      MissionParticipant{{}, u"officer"_s, g.officer, u"host officer"_s}};
    const QDateTime visit(QDate(2025, 5, 12), QTime(10, 0), QTimeZone("Asia/Tokyo"));
    m.agenda = {AgendaItem{{}, visit, u"Yazaki, Susono"_s, u"Plant visit"_s, g.meeting}};

    const QString id = missions.create(m);
    const Mission back = missions.get(id);
    CHECK(back.title == m.title);
    CHECK(back.start == QDate(2025, 4, 7));
    CHECK(back.end == QDate(2025, 6, 27));
    CHECK(back.places == QStringList{u"Tokyo"_s, u"Nagoya"_s});
    REQUIRE(back.participants.size() == 2);
    CHECK(back.participants[0].personKind == u"delegate"_s);
    CHECK(back.participants[0].personId == g.delegate);
    CHECK(back.participants[1].role == u"host officer"_s);
    REQUIRE(back.agenda.size() == 1);
    CHECK(back.agenda[0].startsAt == visit);
    CHECK(back.agenda[0].startsAt->timeSpec() == Qt::UTC);
    CHECK(back.agenda[0].meetingId == g.meeting);
    CHECK(t.rows(u"mission_participant"_s) == 3 + 2);
    CHECK(t.rows(u"mission_agenda_item"_s) == 1 + 1);

    Mission changed = back;
    changed.participants.removeLast();
    changed.agenda.append(AgendaItem{{}, visit.addDays(1), u"AMDIE Tokyo desk"_s, u"Debriefing"_s, {}});
    CHECK(missions.update(changed));
    const Mission after = missions.get(id);
    CHECK(after.participants.size() == 1);
    REQUIRE(after.agenda.size() == 2);
    CHECK(after.agenda[0].id == back.agenda[0].id);
    CHECK(after.agenda[1].description == u"Debriefing"_s);
    CHECK(after.agenda[1].meetingId.isEmpty());
}

TEST_CASE("a meeting keeps its instant, its time zone and its attendees", "[repository]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    MeetingRepository meetings(t.db());
    Meeting m;
    const QDateTime tokyo(QDate(2025, 2, 3), QTime(14, 30), QTimeZone("Asia/Tokyo"));
    m.startsAt = tokyo;
    m.investorId = g.investor;
    m.missionId = g.mission;
    m.interestLevel = 3;
    m.attendees = {Attendee{{}, u"delegate"_s, u"delegate"_s, g.delegate, {}, u"presenter"_s},
                   Attendee{{}, u"investor"_s, u"contact"_s, g.contact, {}, {}},
                   Attendee{{}, u"itpo"_s, u"other"_s, {}, u"森 愛子"_s, u"interpreter"_s}};

    const QString id = meetings.create(m);
    const Meeting back = meetings.get(id);
    CHECK(back.startsAt == tokyo);
    CHECK(back.startsAt->toUTC().time() == QTime(5, 30));
    CHECK(back.timeZone == u"Asia/Tokyo"_s);
    CHECK(back.interestLevel == 3);
    CHECK(back.missionId == g.mission);
    REQUIRE(back.attendees.size() == 3);
    CHECK(back.attendees[0].personId == g.delegate);
    CHECK(back.attendees[1].role.isEmpty());
    CHECK(back.attendees[2].personKind == u"other"_s);
    CHECK(back.attendees[2].personId.isEmpty());
    CHECK(back.attendees[2].name == u"森 愛子"_s);
    CHECK(t.store().get(RecordKind::Meeting, id).value(u"starts_at"_s).toString() == u"2025-02-03T14:30:00+09:00"_s);

    Meeting changed = back;
    changed.interestLevel.reset();
    changed.missionId.clear();
    CHECK(meetings.update(changed));
    const Meeting after = meetings.get(id);
    CHECK_FALSE(after.interestLevel.has_value());
    CHECK(after.missionId.isEmpty());
    CHECK(after.attendees.size() == 3);
}

TEST_CASE("a deal keeps its stage history, credits and impact figures", "[repository]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    DealRepository deals(t.db());
    Deal d;
    d.title = u"Cabin-interior workshop, Nouaceur"_s;
    d.investorId = g.investor;
    d.hostCountry = u"MA"_s;
    d.sector = u"aerospace"_s;
    d.stage = u"contacted"_s;
    d.stageHistory = {StageChange{{}, u"lead"_s, QDate(2026, 10, 1), u"Met at the Paris Air Show"_s}};
    d.credits = {DealCredit{{}, u"delegate"_s, g.delegate, u"promotion"_s},
                 DealCredit{{}, u"mission"_s, g.mission, u"facilitation"_s}};
    d.impact = {ImpactFigure{{}, u"capex"_s, u"planned"_s, Q_INT64_C(250000000), u"USD"_s, QDate(2026, 11, 1)},
                ImpactFigure{{}, u"direct_jobs"_s, u"planned"_s, 420, {}, QDate(2026, 11, 1)}};

    const QString id = deals.create(d);
    const Deal back = deals.get(id);
    REQUIRE(back.stageHistory.size() == 2);
    CHECK(back.stageHistory[0].stage == u"lead"_s);
    CHECK(back.stageHistory[0].note == u"Met at the Paris Air Show"_s);
    CHECK(back.stageHistory[1].stage == u"contacted"_s);
    CHECK(back.stageHistory[1].date == QDate(2026, 11, 29));
    REQUIRE(back.credits.size() == 2);
    CHECK(back.credits[1].creditedKind == u"mission"_s);
    CHECK(back.credits[1].creditedId == g.mission);
    REQUIRE(back.impact.size() == 2);
    CHECK(back.impact[0].value == Q_INT64_C(250000000));
    CHECK(back.impact[0].currency == u"USD"_s);
    CHECK(back.impact[1].value == 420);
    CHECK(back.impact[1].currency.isEmpty());
    const QVariantMap json = t.store().get(RecordKind::Deal, id);
    CHECK(json.value(u"impact"_s).toList()[0].toMap().value(u"value"_s).toString() == u"2500000.00"_s);

    t.clock().advanceSecs(5 * 24 * 3600);
    Deal changed = back;
    changed.stage = u"visit"_s;
    changed.impact[1].status = u"announced"_s;
    changed.impact[1].value = 450;
    CHECK(deals.update(changed));
    const Deal after = deals.get(id);
    REQUIRE(after.stageHistory.size() == 3);
    CHECK(after.stageHistory[2].stage == u"visit"_s);
    CHECK(after.stageHistory[2].date == QDate(2026, 12, 4));
    CHECK(after.stageHistory[0].id == back.stageHistory[0].id);
    CHECK(after.impact[1].value == 450);
    CHECK(after.impact[1].id == back.impact[1].id);
    CHECK(t.rows(u"deal_stage_change"_s) == 1 + 3);
    CHECK(t.rows(u"deal_credit"_s) == 2 + 2);
    CHECK(t.rows(u"deal_impact"_s) == 2 + 2);
}

TEST_CASE("an investor, its subsidiary and its contact go through their repositories", "[repository]")
{
    test::TestDatabase t;
    InvestorRepository investors(t.db());
    ContactRepository contacts(t.db());
    Investor parent;
    parent.name = u"矢崎総業株式会社"_s;
    parent.nameLatin = u"Yazaki Corporation"_s;
    parent.nameReading = u"やざきそうぎょう"_s;
    parent.aliases = {u"Yazaki"_s, u"矢崎"_s};
    parent.sector = u"automotive"_s;
    parent.hqCountry = u"JP"_s;
    parent.employees = 250000;
    const QString parentId = investors.create(parent);

    Investor subsidiary;
    subsidiary.id = newRecordId(); // made on a mission laptop: the id comes with the record
    subsidiary.name = u"Yazaki Morocco"_s;
    subsidiary.parentId = parentId;
    subsidiary.hqCountry = u"MA"_s;
    CHECK(investors.create(subsidiary) == subsidiary.id);

    const Investor backParent = investors.get(parentId);
    CHECK(backParent.aliases == QStringList{u"Yazaki"_s, u"矢崎"_s});
    CHECK(backParent.employees == 250000);
    CHECK(t.store().title(RecordKind::Investor, parentId) == u"矢崎総業株式会社 (Yazaki Corporation)"_s);
    CHECK(investors.get(subsidiary.id).parentId == parentId);
    // Sorted by the kana reading, which "Y" (U+0059) precedes.
    const QList<Investor> listed = investors.list();
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].id == subsidiary.id);
    CHECK(listed[1].id == parentId);

    Contact c;
    c.name.family = u"山田"_s;
    c.name.given = u"太郎"_s;
    c.name.order = PersonName::Order::FamilyFirst;
    c.investorId = parentId;
    c.activeFrom = QDate(2019, 4, 1);
    const QString contactId = contacts.create(c);
    const Contact back = contacts.get(contactId);
    CHECK(t.store().title(RecordKind::Contact, contactId) == u"山田 太郎"_s);
    CHECK(back.activeFrom == QDate(2019, 4, 1));
    CHECK_FALSE(back.activeTo.has_value());
}

TEST_CASE("officers, agencies, follow-ups and notes go through their repositories", "[repository]")
{
    test::TestDatabase t;
    OfficerRepository officers(t.db());
    AgencyRepository agencies(t.db());
    FollowUpRepository followUps(t.db());
    NoteRepository notes(t.db());

    Officer o;
    o.name = u"小林 美咲"_s;
    o.initials = u"mk"_s;
    o.active = false;
    const QString officerId = officers.create(o);
    CHECK(officers.get(officerId).initials == u"MK"_s);
    CHECK_FALSE(officers.get(officerId).active);
    CHECK(officers.list().size() == 2);

    Agency a;
    a.name = u"Tunisia Investment Authority"_s;
    a.acronym = u"TIA"_s;
    a.country = u"TN"_s;
    const QString agencyId = agencies.create(a);
    CHECK(t.store().title(RecordKind::Agency, agencyId) == u"TIA \u2013 Tunisia Investment Authority"_s);

    FollowUp f;
    f.title = u"Send the TIA brochure"_s;
    f.ownerId = officerId;
    f.due = QDate(2026, 12, 15);
    f.linkedKind = u"agency"_s;
    f.linkedId = agencyId;
    const QString followUpId = followUps.create(f);
    const FollowUp backFollowUp = followUps.get(followUpId);
    CHECK(backFollowUp.due == QDate(2026, 12, 15));
    CHECK(backFollowUp.linkedId == agencyId);
    CHECK_FALSE(backFollowUp.done);

    Note n;
    n.body = u"First contact at the Africa Investment Forum"_s;
    n.linkedKind = u"agency"_s;
    n.linkedId = agencyId;
    const QString noteId = notes.create(n);
    const Note backNote = notes.get(noteId);
    CHECK(backNote.body == n.body);
    CHECK(backNote.writtenAt == t.clock().nowUtc());
    CHECK(backNote.authorId.isEmpty());
}

TEST_CASE("an invalid typed record is refused with field names and writes nothing", "[repository]")
{
    test::TestDatabase t;
    DelegateRepository delegates(t.db());
    const QString agency = t.store().create(RecordKind::Agency, test::agencyJson());
    Delegate d = hassani(agency);
    d.stays[0].end = QDate(1996, 1, 1);
    d.email = u"hassani"_s;
    const QString before = test::tableCounts(t);
    CHECK(test::invalidFields([&] { delegates.create(d); }) == QStringList{u"email"_s, u"stays[0].end_date"_s});
    CHECK(test::tableCounts(t) == before);

    const QString id = delegates.create(hassani(agency));
    Delegate changed = delegates.get(id);
    changed.positions[1].from = QDate(2020, 1, 1);
    changed.positions[1].to = QDate(2019, 1, 1);
    const QString beforeUpdate = test::tableCounts(t);
    CHECK(test::invalidFields([&] { delegates.update(changed); }) == QStringList{u"positions[1].to_date"_s});
    CHECK(test::tableCounts(t) == beforeUpdate);
    CHECK(delegates.get(id).positions[1].from == QDate(2013, 6, 1));
}

TEST_CASE("a typed get of a missing record is NotFound", "[repository]")
{
    test::TestDatabase t;
    DealRepository deals(t.db());
    const auto error = test::errorFrom([&] { deals.get(newRecordId()); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::NotFound);
    CHECK_FALSE(deals.exists(newRecordId()));
}
