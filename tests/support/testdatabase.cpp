#include "testdatabase.h"

#include "sqlite/sqlitedatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace crm::test {

QString connectionOf(const Database &db)
{
    return dynamic_cast<const SqliteDatabase &>(db).connectionName();
}

TestDatabase::TestDatabase(int schemaVersion)
    : m_path(m_dir.filePath(u"test.sqlite"_s)), m_clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC))
{
    m_session = Session::open(m_path, Database::OpenMode::CreateIfMissing, m_clock, schemaVersion);
    if (schemaVersion < 0) {
        m_officerId = store().create(RecordKind::Officer, {{u"name"_s, u"佐藤 花子"_s}, {u"initials"_s, u"HS"_s}});
        db().setOfficerId(m_officerId);
    }
}

qint64 TestDatabase::rows(const QString &table) const
{
    // Tests may use SQL to look behind the API; the table name is the test's own constant.
    QSqlQuery q(QSqlDatabase::database(connectionOf(m_session->db()), false));
    q.exec(u"SELECT count(*) FROM "_s + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

void TestDatabase::reopen()
{
    m_session.reset();
    m_session = Session::open(m_path, Database::OpenMode::CreateIfMissing, m_clock);
    db().setOfficerId(m_officerId);
}

QVariantMap agencyJson()
{
    return {{u"name"_s, u"Moroccan Investment and Export Development Agency"_s},
            {u"name_native"_s, u"Agence Marocaine de Développement des Investissements et des Exportations"_s},
            {u"acronym"_s, u"AMDIE"_s},
            {u"country"_s, u"MA"_s}};
}

QVariantMap investorJson()
{
    return {{u"name"_s, u"矢崎総業株式会社"_s},
            {u"name_latin"_s, u"Yazaki Corporation"_s},
            {u"name_reading"_s, u"やざきそうぎょう"_s},
            {u"aliases"_s, QVariantList{u"Yazaki"_s}},
            {u"sector"_s, u"automotive"_s},
            {u"hq_country"_s, u"JP"_s}};
}

} // namespace crm::test
