#include "sqlitereportquery.h"

#include "domain/personname.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"

#include <QDate>
#include <QHash>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
QSqlDatabase connection(const SqliteDatabase &db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

// The person columns p.family_name ... p.name_order, from column `first` on, as English
// documents print the name (romanised when known).
const QString kPersonColumns = u"p.family_name, p.given_name, p.latin_family_name, p.latin_given_name, p.name_order"_s;

QString personName(const storage::SqlStatement &q, int first)
{
    PersonName name;
    name.family = q.value(first).toString();
    name.given = q.value(first + 1).toString();
    name.latinFamily = q.value(first + 2).toString();
    name.latinGiven = q.value(first + 3).toString();
    name.order = q.value(first + 4).toString() == u"family_first"_s ? PersonName::Order::FamilyFirst
                                                                    : PersonName::Order::GivenFirst;
    const QString latin = name.latinName().trimmed();
    return latin.isEmpty() ? name.displayName() : latin;
}

QString yearText(int year)
{
    return QString::number(year).rightJustified(4, u'0');
}
} // namespace

QList<SqliteReportQuery::Stay> SqliteReportQuery::stays() const
{
    storage::SqlStatement q(connection(m_db),
                            u"SELECT p.id, p.country, s.start_date, s.end_date, "_s + kPersonColumns +
                                u" FROM delegate_stay s JOIN delegate p ON p.id = s.delegate_id "
                                u"WHERE p.deleted_at IS NULL ORDER BY p.sort_key, p.id, s.position"_s);
    q.exec();
    QList<Stay> stays;
    while (q.next()) {
        stays.append({q.value(0).toString(), personName(q, 4), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString()});
    }
    return stays;
}

QList<SqliteReportQuery::Meeting> SqliteReportQuery::meetingsBetween(const QString &fromInstant,
                                                                     const QString &toInstant) const
{
    storage::SqlStatement q(connection(m_db), u"SELECT m.starts_at, m.time_zone, v.sector FROM meeting m "
                                              u"JOIN investor v ON v.id = m.investor_id "
                                              u"WHERE m.deleted_at IS NULL AND m.starts_at >= ? AND m.starts_at < ?"_s);
    q.bind({fromInstant, toInstant}).exec();
    QList<Meeting> meetings;
    while (q.next()) {
        meetings.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return meetings;
}

QList<std::pair<QString, int>> SqliteReportQuery::meetingCountsBySector(const QString &fromInstant,
                                                                        const QString &toInstant) const
{
    // Counted per investor first: 100,000 investor lookups instead of one per meeting.
    storage::SqlStatement q(connection(m_db),
                            u"SELECT v.sector, SUM(n.meetings) FROM (SELECT m.investor_id, COUNT(*) AS meetings "
                            u"FROM meeting m INDEXED BY meeting_held "
                            u"WHERE m.deleted_at IS NULL AND m.starts_at >= ? AND m.starts_at < ? "
                            u"GROUP BY m.investor_id) n JOIN investor v ON v.id = n.investor_id GROUP BY v.sector"_s);
    q.bind({fromInstant, toInstant}).exec();
    QList<std::pair<QString, int>> counts;
    while (q.next()) {
        counts.append({q.value(0).toString(), q.value(1).toInt()});
    }
    return counts;
}

QList<SqliteReportQuery::Mission> SqliteReportQuery::missionsOverlapping(const QString &firstDay,
                                                                         const QString &lastDay) const
{
    storage::SqlStatement q(connection(m_db),
                            u"SELECT id, title, kind, start_date, end_date FROM mission WHERE deleted_at IS NULL "
                            u"AND start_date <= ? AND end_date >= ? ORDER BY start_date, sort_key, id"_s);
    q.bind({lastDay, firstDay}).exec();
    QList<Mission> missions;
    while (q.next()) {
        missions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString()});
    }
    return missions;
}

QList<SqliteReportQuery::Deal> SqliteReportQuery::dealsActiveIn(int fromYear, int toYear,
                                                                const QString &hostCountry) const
{
    const QSqlDatabase db = connection(m_db);
    const QString from = yearText(fromYear);
    const QString to = yearText(toYear);
    // The deals of the range, kept in a temporary table so the figures and credits come in two
    // more statements, never one per deal.
    storage::execScript(db, u"CREATE TEMP TABLE IF NOT EXISTS report_deal (id TEXT PRIMARY KEY)"_s);
    storage::execScript(db, u"DELETE FROM temp.report_deal"_s);
    QString select = u"INSERT INTO temp.report_deal(id) SELECT d.id FROM deal d WHERE d.deleted_at IS NULL "
                     u"AND (EXISTS (SELECT 1 FROM deal_stage_change c WHERE c.deal_id = d.id "
                     u"AND substr(c.date, 1, 4) BETWEEN ? AND ?) "
                     u"OR EXISTS (SELECT 1 FROM deal_impact i WHERE i.deal_id = d.id "
                     u"AND substr(i.as_of, 1, 4) BETWEEN ? AND ?))"_s;
    QVariantList binds{from, to, from, to};
    if (!hostCountry.isEmpty()) {
        select += u" AND d.host_country = ?"_s;
        binds << hostCountry;
    }
    storage::SqlStatement(db, select).bind(binds).exec();

    QList<Deal> deals;
    QHash<QString, qsizetype> index;
    {
        // Only what the report groups by. Not the investor's name: one random read per deal in the
        // large investor table doubled the dashboard's time at 10,000 deals.
        storage::SqlStatement q(db, u"SELECT d.id, d.stage, d.host_country, d.sector FROM deal d "
                                    u"JOIN temp.report_deal r ON r.id = d.id ORDER BY d.sort_key, d.id"_s);
        q.exec();
        while (q.next()) {
            Deal deal;
            deal.id = q.value(0).toString();
            deal.stage = q.value(1).toString();
            deal.hostCountry = q.value(2).toString();
            deal.sector = q.value(3).toString();
            index.insert(deal.id, deals.size());
            deals << deal;
        }
    }
    {
        storage::SqlStatement q(db, u"SELECT i.deal_id, i.indicator, i.status, i.value, i.currency, i.as_of "
                                    u"FROM deal_impact i JOIN temp.report_deal r ON r.id = i.deal_id "
                                    u"ORDER BY i.deal_id, i.position"_s);
        q.exec();
        while (q.next()) {
            const QVariant value = q.value(3);
            deals[index.value(q.value(0).toString())].figures.append(
                {q.value(1).toString(), q.value(2).toString(),
                 value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong()), q.value(4).toString(),
                 q.value(5).toString()});
        }
    }
    storage::SqlStatement q(db, u"SELECT c.deal_id, c.credited_kind, c.credited_id, c.role, ms.title, "_s +
                                    kPersonColumns +
                                    u" FROM deal_credit c JOIN temp.report_deal r ON r.id = c.deal_id "
                                    u"LEFT JOIN delegate p ON c.credited_kind = 'delegate' AND p.id = c.credited_id "
                                    u"AND p.deleted_at IS NULL "
                                    u"LEFT JOIN mission ms ON c.credited_kind = 'mission' AND ms.id = c.credited_id "
                                    u"AND ms.deleted_at IS NULL "
                                    u"WHERE p.id IS NOT NULL OR ms.id IS NOT NULL ORDER BY c.deal_id, c.position"_s);
    q.exec();
    while (q.next()) {
        const QString kind = q.value(1).toString();
        const QString name = kind == u"mission"_s ? q.value(4).toString() : personName(q, 5);
        deals[index.value(q.value(0).toString())].credits.append(
            {kind, q.value(2).toString(), name, q.value(3).toString()});
    }
    storage::SqlStatement years(db, u"SELECT DISTINCT c.deal_id, CAST(substr(c.date, 1, 4) AS INTEGER) AS year "
                                    u"FROM deal_stage_change c JOIN temp.report_deal r ON r.id = c.deal_id "
                                    u"ORDER BY c.deal_id, year"_s);
    years.exec();
    while (years.next()) {
        deals[index.value(years.value(0).toString())].stageYears.append(years.value(1).toInt());
    }
    storage::execScript(db, u"DELETE FROM temp.report_deal"_s);
    return deals;
}

} // namespace crm
