#include "domain/recordid.h"
#include "fixtures.h"
#include "storage/auditlog.h"
#include "storage/recordstore.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
QVariantMap parsed(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

// Tries a statement that must be refused; returns SQLite's complaint.
QString refusedStatement(test::TestDatabase &t, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(crm::test::connectionOf(t.db()), false));
    const bool ran = q.exec(sql);
    CHECK_FALSE(ran);
    return q.lastError().text();
}
} // namespace

TEST_CASE("a creation is logged once with the whole record, the officer and the time", "[audit]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    const QList<HistoryEntry> history = t.store().history(RecordKind::Agency, id);
    REQUIRE(history.size() == 1);
    const HistoryEntry &entry = history[0];
    CHECK(entry.action == u"create"_s);
    CHECK(entry.field.isEmpty());
    CHECK(entry.oldValue.isEmpty());
    CHECK(entry.officerId == t.officerId());
    CHECK(entry.officerName == u"佐藤 花子"_s);
    CHECK(entry.at == QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));
    CHECK(entry.sequence > 0);

    const QVariantMap record = parsed(entry.newValue);
    CHECK(record.value(u"acronym"_s).toString() == u"AMDIE"_s);
    CHECK(record.value(u"country"_s).toString() == u"MA"_s);
    CHECK(record.value(u"name_native"_s).toString() ==
          u"Agence Marocaine de Développement des Investissements et des Exportations"_s);
    CHECK_FALSE(record.contains(u"created_at"_s));
    CHECK_FALSE(record.contains(u"id"_s));
}

TEST_CASE("an update is logged field by field with the old and the new value", "[audit]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    t.clock().advanceSecs(90);
    CHECK(t.store().update(RecordKind::Agency, id,
                           {{u"acronym"_s, u"AMDIE-MA"_s}, {u"website"_s, u"https://www.amdie.gov.ma"_s}}));
    const QList<HistoryEntry> history = t.store().history(RecordKind::Agency, id);
    REQUIRE(history.size() == 3);
    CHECK(history[1].action == u"update"_s);
    CHECK(history[1].field == u"acronym"_s);
    CHECK(history[1].oldValue == u"AMDIE"_s);
    CHECK(history[1].newValue == u"AMDIE-MA"_s);
    CHECK(history[2].field == u"website"_s);
    CHECK(history[2].oldValue.isEmpty());
    CHECK(history[2].newValue == u"https://www.amdie.gov.ma"_s);
    for (const HistoryEntry &e : history.mid(1)) {
        CHECK(e.officerName == u"佐藤 花子"_s);
        CHECK(e.at == QDateTime(QDate(2026, 11, 29), QTime(9, 1, 30), Qt::UTC));
    }
    CHECK(history[1].sequence < history[2].sequence);

    CHECK(t.store().update(RecordKind::Agency, id, {{u"website"_s, QVariant()}}));
    const HistoryEntry cleared = t.store().history(RecordKind::Agency, id).constLast();
    CHECK(cleared.field == u"website"_s);
    CHECK(cleared.oldValue == u"https://www.amdie.gov.ma"_s);
    CHECK(cleared.newValue.isEmpty());
}

TEST_CASE("lists, child lists and yes/no values are logged readably", "[audit]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(
        t.store().update(RecordKind::Delegate, g.delegate, {{u"phones"_s, QVariantList{u"+212 600"_s, u"+81 80"_s}}}));
    HistoryEntry last = t.store().history(RecordKind::Delegate, g.delegate).constLast();
    CHECK(last.field == u"phones"_s);
    CHECK(last.oldValue == u"[\"+212 5 37 00 00 00\"]"_s);
    CHECK(last.newValue == u"[\"+212 600\",\"+81 80\"]"_s);

    CHECK(t.store().update(RecordKind::Delegate, g.delegate, {{u"stays"_s, QVariantList()}}));
    last = t.store().history(RecordKind::Delegate, g.delegate).constLast();
    CHECK(last.field == u"stays"_s);
    CHECK(last.newValue == u"[]"_s);
    const QJsonArray oldStays = QJsonDocument::fromJson(last.oldValue.toUtf8()).array();
    REQUIRE(oldStays.size() == 1);
    CHECK(oldStays[0].toObject().value(u"start_date"_s).toString() == u"1996-04-08"_s);

    const QString officer = t.store().create(RecordKind::Officer, test::officerJson());
    CHECK(t.store().update(RecordKind::Officer, officer, {{u"active"_s, true}}));
    last = t.store().history(RecordKind::Officer, officer).constLast();
    CHECK(last.field == u"active"_s);
    CHECK(last.oldValue == u"false"_s);
    CHECK(last.newValue == u"true"_s);
}

TEST_CASE("moving to the Trash and restoring are logged", "[audit]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Investor, test::investorJson());
    t.clock().advanceSecs(60);
    t.store().moveToTrash(RecordKind::Investor, id);
    t.clock().advanceSecs(60);
    t.store().restore(RecordKind::Investor, id);
    const QList<HistoryEntry> history = t.store().history(RecordKind::Investor, id);
    REQUIRE(history.size() == 3);
    CHECK(history[1].action == u"delete"_s);
    CHECK(history[1].at == QDateTime(QDate(2026, 11, 29), QTime(9, 1), Qt::UTC));
    CHECK(history[1].officerId == t.officerId());
    CHECK(history[2].action == u"restore"_s);
    CHECK(history[2].at == QDateTime(QDate(2026, 11, 29), QTime(9, 2), Qt::UTC));
}

TEST_CASE("each change is stamped with the officer making it", "[audit]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    const QString tanaka = t.store().create(RecordKind::Officer, test::officerJson());
    t.db().setOfficerId(tanaka);
    CHECK(t.store().update(RecordKind::Agency, id, {{u"notes"_s, u"Met in Rabat"_s}}));
    const QList<HistoryEntry> history = t.store().history(RecordKind::Agency, id);
    CHECK(history.constFirst().officerName == u"佐藤 花子"_s);
    CHECK(history.constLast().officerId == tanaka);
    CHECK(history.constLast().officerName == u"田中 健一"_s);
    CHECK(t.store().get(RecordKind::Agency, id).value(u"modified_by"_s).toString() == tanaka);
    CHECK(t.store().get(RecordKind::Agency, id).value(u"created_by"_s).toString() == t.officerId());
}

TEST_CASE("a record's history holds its own lines only", "[audit]")
{
    test::TestDatabase t;
    const QString first = t.store().create(RecordKind::Agency, test::agencyJson());
    QVariantMap other = test::agencyJson();
    other.insert(u"acronym"_s, u"EIPPO"_s);
    other.insert(u"country"_s, u"ET"_s);
    const QString second = t.store().create(RecordKind::Agency, other);
    CHECK(t.store().update(RecordKind::Agency, second, {{u"notes"_s, u"Hawassa"_s}}));
    CHECK(t.store().history(RecordKind::Agency, first).size() == 1);
    CHECK(t.store().history(RecordKind::Agency, second).size() == 2);
}

TEST_CASE("a refused or empty change leaves no line in the audit log", "[audit]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    const qint64 lines = t.rows(u"audit_log"_s);
    CHECK_FALSE(test::invalidFields([&] {
                    t.store().update(RecordKind::Agency, id, {{u"country"_s, u"ZZ"_s}});
                }).isEmpty());
    CHECK_FALSE(t.store().update(RecordKind::Agency, id, {{u"country"_s, u"MA"_s}}));
    t.store().restore(RecordKind::Agency, id); // not in the Trash: nothing to do
    CHECK(t.rows(u"audit_log"_s) == lines);
}

TEST_CASE("the audit log refuses to be changed or emptied, even with SQL", "[audit]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    const qint64 lines = t.rows(u"audit_log"_s);
    const QString firstValue =
        test::sqlValue(t.db(), u"SELECT new_value FROM audit_log WHERE record_id = ?"_s, {id}).toString();

    CHECK(refusedStatement(t, u"UPDATE audit_log SET new_value = 'forged' WHERE record_id = '"_s + id + u'\'')
              .contains(u"append-only"_s));
    CHECK(refusedStatement(t, u"DELETE FROM audit_log"_s).contains(u"append-only"_s));
    CHECK(refusedStatement(t, u"DELETE FROM audit_log WHERE record_id = '"_s + id + u'\'').contains(u"append-only"_s));

    CHECK(t.rows(u"audit_log"_s) == lines);
    CHECK(test::sqlValue(t.db(), u"SELECT new_value FROM audit_log WHERE record_id = ?"_s, {id}).toString() ==
          firstValue);
    CHECK(t.store().history(RecordKind::Agency, id).size() == 1);
}

TEST_CASE("the history of a record that does not exist is NotFound", "[audit]")
{
    test::TestDatabase t;
    const auto error = test::errorFrom([&] { t.store().history(RecordKind::Deal, newRecordId()); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::NotFound);
}

TEST_CASE("values are written in the log as text", "[audit]")
{
    CHECK_FALSE(AuditLog::text(QVariant()).isValid());
    CHECK(AuditLog::text(true) == QVariant(u"true"_s));
    CHECK(AuditLog::text(qint64(42)) == QVariant(u"42"_s));
    CHECK(AuditLog::text(QVariantList{u"fr"_s, u"ar"_s}) == QVariant(u"[\"fr\",\"ar\"]"_s));
    CHECK(AuditLog::text(QVariantMap{{u"stage"_s, u"lead"_s}}) == QVariant(u"{\"stage\":\"lead\"}"_s));
    CHECK(AuditLog::text(u"山田"_s) == QVariant(u"山田"_s));
}
