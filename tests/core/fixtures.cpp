#include "fixtures.h"

#include "storage/database.h"
#include "storage/recordstore.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace crm::test {

QStringList fieldsOf(const Error &error)
{
    QStringList fields;
    for (const FieldError &e : error.fieldErrors()) {
        fields << e.field;
    }
    return fields;
}

QString tableCounts(TestDatabase &t)
{
    static const QStringList tables{
        u"officer"_s,     u"agency"_s,           u"delegate"_s, u"delegate_stay"_s,       u"delegate_position"_s,
        u"investor"_s,    u"contact"_s,          u"mission"_s,  u"mission_participant"_s, u"mission_agenda_item"_s,
        u"meeting"_s,     u"meeting_attendee"_s, u"deal"_s,     u"deal_stage_change"_s,   u"deal_credit"_s,
        u"deal_impact"_s, u"followup"_s,         u"note"_s,     u"audit_log"_s,           u"record_merge"_s};
    QStringList parts;
    for (const QString &table : tables) {
        parts << table + u'=' + QString::number(t.rows(table));
    }
    return parts.join(u' ');
}

QVariant sqlValue(const Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(QSqlDatabase::database(connectionOf(db), false));
    q.setForwardOnly(true);
    REQUIRE(q.prepare(sql));
    for (const QVariant &value : binds) {
        q.addBindValue(value);
    }
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
    const QVariant value = q.next() ? q.value(0) : QVariant();
    q.finish();
    return value;
}

namespace {
QString scalarText(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    return value.toString();
}
} // namespace

QStringList differences(const QVariant &expected, const QVariant &actual, const QString &path)
{
    const QString where = path.isEmpty() ? u"(record)"_s : path;
    QStringList found;
    if (expected.userType() == QMetaType::QVariantMap) {
        if (actual.userType() != QMetaType::QVariantMap) {
            return {where + u": expected an object"_s};
        }
        const QVariantMap e = expected.toMap();
        const QVariantMap a = actual.toMap();
        for (auto it = e.cbegin(); it != e.cend(); ++it) {
            found += differences(it.value(), a.value(it.key()), path.isEmpty() ? it.key() : path + u'.' + it.key());
        }
        return found;
    }
    if (expected.userType() == QMetaType::QVariantList || expected.userType() == QMetaType::QStringList) {
        const QVariantList e = expected.toList();
        const QVariantList a = actual.toList();
        if (e.size() != a.size()) {
            return {where + u": expected "_s + QString::number(e.size()) + u" elements, found "_s +
                    QString::number(a.size())};
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            found += differences(e[i], a[i], path + u'[' + QString::number(i) + u']');
        }
        return found;
    }
    if (scalarText(expected) != scalarText(actual)) {
        found << where + u": expected \""_s + scalarText(expected) + u"\", found \""_s + scalarText(actual) + u'"';
    }
    return found;
}

QVariantMap officerJson(const QString &initials)
{
    return {{u"name"_s, u"田中 健一"_s},
            {u"initials"_s, initials},
            {u"email"_s, u"kenichi.tanaka@itpo-tokyo.example"_s},
            {u"active"_s, false}};
}

QVariantMap delegateJson(const QString &agencyId)
{
    return {{u"family_name"_s, u"Hassani"_s},
            {u"given_name"_s, u"Mohamed Aref"_s},
            {u"latin_family_name"_s, u"Hassani"_s},
            {u"latin_given_name"_s, u"Mohamed Aref"_s},
            {u"agency_id"_s, agencyId},
            {u"country"_s, u"MA"_s},
            {u"title"_s, u"Head of Investment Promotion"_s},
            {u"email"_s, u"m.hassani@amdie.example"_s},
            {u"phones"_s, QVariantList{u"+212 5 37 00 00 00"_s}},
            {u"languages"_s, QVariantList{u"fr"_s, u"ar"_s, u"en"_s}},
            {u"sectors"_s, QVariantList{u"automotive"_s, u"aerospace"_s}},
            {u"status"_s, u"alumnus"_s},
            {u"notes"_s, u"Delegate of the 1996 programme."_s},
            {u"stays"_s, QVariantList{QVariantMap{{u"start_date"_s, u"1996-04-08"_s},
                                                  {u"end_date"_s, u"1996-06-28"_s},
                                                  {u"host_office"_s, u"ITPO Tokyo"_s},
                                                  {u"notes"_s, u"Automotive suppliers in Aichi"_s}}}},
            {u"positions"_s, QVariantList{QVariantMap{{u"organisation"_s, u"Department of Investments"_s},
                                                      {u"title"_s, u"Promotion officer"_s},
                                                      {u"from_date"_s, u"1993-01-01"_s},
                                                      {u"to_date"_s, u"1999-12-31"_s}},
                                          QVariantMap{{u"organisation"_s, u"Aerospace industrial free zone"_s},
                                                      {u"title"_s, u"Director"_s},
                                                      {u"from_date"_s, u"2013-06-01"_s}}}}};
}

QVariantMap contactJson(const QString &investorId)
{
    return {{u"family_name"_s, u"山田"_s},
            {u"given_name"_s, u"太郎"_s},
            {u"family_name_reading"_s, u"やまだ"_s},
            {u"given_name_reading"_s, u"たろう"_s},
            {u"latin_family_name"_s, u"Yamada"_s},
            {u"latin_given_name"_s, u"Taro"_s},
            {u"investor_id"_s, investorId},
            {u"title"_s, u"部長"_s},
            {u"department"_s, u"海外事業部"_s},
            {u"email"_s, u"t.yamada@yazaki.example"_s},
            {u"phones"_s, QVariantList{u"+81 3 0000 0000"_s}},
            {u"active_from"_s, u"2019-04-01"_s}};
}

QVariantMap missionJson(const Graph &g)
{
    QVariantMap agendaItem{{u"starts_at"_s, u"2024-09-10T08:00:00.000Z"_s},
                           {u"place"_s, u"Tanger Automotive City"_s},
                           {u"description"_s, u"Site visit"_s}};
    if (!g.meeting.isEmpty()) {
        agendaItem.insert(u"meeting_id"_s, g.meeting);
    }
    return {
        {u"kind"_s, u"investor_mission"_s},
        {u"title"_s, u"Yazaki business mission to Tangier"_s},
        {u"start_date"_s, u"2024-09-09"_s},
        {u"end_date"_s, u"2024-09-13"_s},
        {u"places"_s, QVariantList{u"Tangier"_s, u"Kenitra"_s}},
        {u"participants"_s,
         QVariantList{
             QVariantMap{{u"person_kind"_s, u"delegate"_s}, {u"person_id"_s, g.delegate}, {u"role"_s, u"host"_s}},
             QVariantMap{
                 {u"person_kind"_s, u"contact"_s}, {u"person_id"_s, g.contact}, {u"role"_s, u"head of delegation"_s}},
             QVariantMap{
                 {u"person_kind"_s, u"officer"_s}, {u"person_id"_s, g.officer}, {u"role"_s, u"coordinator"_s}}}},
        {u"agenda"_s, QVariantList{agendaItem}}};
}

QVariantMap meetingJson(const Graph &g)
{
    return {{u"starts_at"_s, u"2024-05-10T10:00:00+09:00"_s},
            {u"time_zone"_s, u"Asia/Tokyo"_s},
            {u"place"_s, u"矢崎総業 本社"_s},
            {u"mission_id"_s, g.mission},
            {u"investor_id"_s, g.investor},
            {u"interpreter"_s, u"森 愛子"_s},
            {u"language"_s, u"ja"_s},
            {u"interest_level"_s, 4},
            {u"information_requested"_s, u"Labour costs in Tangier"_s},
            {u"next_step"_s, u"Site visit in September"_s},
            {u"summary"_s, u"Interested in a second plant."_s},
            {u"attendees"_s, QVariantList{QVariantMap{{u"side"_s, u"delegate"_s},
                                                      {u"person_kind"_s, u"delegate"_s},
                                                      {u"person_id"_s, g.delegate},
                                                      {u"role"_s, u"presenter"_s}},
                                          QVariantMap{{u"side"_s, u"investor"_s},
                                                      {u"person_kind"_s, u"contact"_s},
                                                      {u"person_id"_s, g.contact},
                                                      {u"role"_s, u"decision maker"_s}},
                                          QVariantMap{{u"side"_s, u"itpo"_s},
                                                      {u"person_kind"_s, u"officer"_s},
                                                      {u"person_id"_s, g.officer},
                                                      {u"role"_s, u"facilitator"_s}},
                                          QVariantMap{{u"side"_s, u"itpo"_s},
                                                      {u"person_kind"_s, u"other"_s},
                                                      {u"name"_s, u"森 愛子"_s},
                                                      {u"role"_s, u"interpreter"_s}}}}};
}

QVariantMap dealJson(const Graph &g)
{
    return {{u"title"_s, u"Wire-harness plant, Tangier"_s},
            {u"investor_id"_s, g.investor},
            {u"host_country"_s, u"MA"_s},
            {u"sector"_s, u"automotive"_s},
            {u"stage"_s, u"negotiation"_s},
            {u"notes"_s, u"Third plant in Morocco."_s},
            {u"credits"_s, QVariantList{QVariantMap{{u"credited_kind"_s, u"delegate"_s},
                                                    {u"credited_id"_s, g.delegate},
                                                    {u"role"_s, u"promotion"_s}},
                                        QVariantMap{{u"credited_kind"_s, u"mission"_s},
                                                    {u"credited_id"_s, g.mission},
                                                    {u"role"_s, u"facilitation"_s}}}},
            {u"impact"_s, QVariantList{QVariantMap{{u"indicator"_s, u"capex"_s},
                                                   {u"status"_s, u"announced"_s},
                                                   {u"value"_s, u"15000000000"_s},
                                                   {u"currency"_s, u"JPY"_s},
                                                   {u"as_of"_s, u"2024-11-01"_s}},
                                       QVariantMap{{u"indicator"_s, u"direct_jobs"_s},
                                                   {u"status"_s, u"planned"_s},
                                                   {u"value"_s, 3500},
                                                   {u"as_of"_s, u"2024-11-01"_s}}}}};
}

QVariantMap followUpJson(const Graph &g)
{
    return {{u"title"_s, u"Send labour cost data to Yazaki"_s},
            {u"owner_id"_s, g.officer},
            {u"due_date"_s, u"2024-05-24"_s},
            {u"linked_kind"_s, g.meeting.isEmpty() ? u"investor"_s : u"meeting"_s},
            {u"linked_id"_s, g.meeting.isEmpty() ? g.investor : g.meeting},
            {u"notes"_s, u"Ask AMDIE for the 2023 figures."_s}};
}

QVariantMap noteJson(const Graph &g)
{
    return {{u"body"_s, u"Yazaki wants a third plant close to the port."_s},
            {u"author_id"_s, g.officer},
            {u"written_at"_s, u"2024-05-10T03:00:00.000Z"_s},
            {u"linked_kind"_s, u"investor"_s},
            {u"linked_id"_s, g.investor}};
}

QVariantMap validJson(RecordKind kind, const Graph &g)
{
    switch (kind) {
    case RecordKind::Officer:
        return officerJson();
    case RecordKind::Agency:
        return agencyJson();
    case RecordKind::Delegate:
        return delegateJson(g.agency);
    case RecordKind::Investor:
        return investorJson();
    case RecordKind::Contact:
        return contactJson(g.investor);
    case RecordKind::Mission:
        return missionJson(g);
    case RecordKind::Meeting:
        return meetingJson(g);
    case RecordKind::Deal:
        return dealJson(g);
    case RecordKind::FollowUp:
        return followUpJson(g);
    case RecordKind::Note:
        return noteJson(g);
    }
    return {};
}

Graph makeGraph(TestDatabase &t)
{
    RecordStore &store = t.store();
    Graph g;
    g.officer = t.officerId();
    g.agency = store.create(RecordKind::Agency, agencyJson());
    g.delegate = store.create(RecordKind::Delegate, delegateJson(g.agency));
    g.investor = store.create(RecordKind::Investor, investorJson());
    g.contact = store.create(RecordKind::Contact, contactJson(g.investor));
    g.mission = store.create(RecordKind::Mission, missionJson(g));
    g.meeting = store.create(RecordKind::Meeting, meetingJson(g));
    g.deal = store.create(RecordKind::Deal, dealJson(g));
    g.followUp = store.create(RecordKind::FollowUp, followUpJson(g));
    g.note = store.create(RecordKind::Note, noteJson(g));
    return g;
}

Change typicalChange(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Officer:
        return {u"email"_s, u"k.tanaka@itpo-tokyo.example"_s};
    case RecordKind::Agency:
        return {u"website"_s, u"https://www.amdie.gov.ma"_s};
    case RecordKind::Delegate:
        return {u"title"_s, u"Director, aerospace free zone"_s};
    case RecordKind::Investor:
        return {u"hq_city"_s, u"東京都品川区"_s};
    case RecordKind::Contact:
        return {u"department"_s, u"グローバル戦略部"_s};
    case RecordKind::Mission:
        return {u"end_date"_s, u"2024-09-14"_s};
    case RecordKind::Meeting:
        return {u"interest_level"_s, 5};
    case RecordKind::Deal:
        return {u"notes"_s, u"Board approval expected in March."_s};
    case RecordKind::FollowUp:
        return {u"due_date"_s, u"2024-05-31"_s};
    case RecordKind::Note:
        return {u"body"_s, u"Yazaki confirmed the port location."_s};
    }
    return {};
}

} // namespace crm::test
