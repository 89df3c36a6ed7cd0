#include "scaledataset.h"

#include "rawsqlite.h"
#include "session/session.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

constexpr int kSpread = 24; // records of a kind the "open a record" runs go round

qint64 count(const RawSqlite &raw, const QByteArray &sql)
{
    return raw.column(sql.constData()).value(0).toLongLong();
}

// kSpread ids of live records spread evenly over the table's rowids, first given first.
QStringList spreadIds(const RawSqlite &raw, const char *table, const QString &first)
{
    QStringList ids;
    if (!first.isEmpty()) {
        ids << first;
    }
    const QByteArray sql =
        "SELECT id FROM " + QByteArray(table) + " WHERE deleted_at IS NULL AND rowid >= ?1 ORDER BY rowid LIMIT 1";
    const qint64 last = count(raw, "SELECT max(rowid) FROM " + QByteArray(table));
    for (int i = 0; i < kSpread && ids.size() < kSpread; ++i) {
        const QByteArray from = QByteArray::number(1 + last * i / kSpread);
        const QString id = QString::fromUtf8(raw.column(sql.constData(), {from}).value(0));
        if (!id.isEmpty() && !ids.contains(id)) {
            ids << id;
        }
    }
    return ids;
}

} // namespace

ScaleDataset prepareScaleDataset(const QString &name, const QString &path, QTextStream &log)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        throw std::runtime_error("dataset " + name.toStdString() + ": no file " + path.toStdString() +
                                 " (bench/run makes it with delegates-crm-cli generate)");
    }
    const int before = RawSqlite(path).column("PRAGMA user_version").value(0).toInt();
    const int schema = SqliteDatabase::latestSchemaVersion();
    if (before != schema) {
        log << "dataset " << name << ": migrating " << path << " from schema " << before << " to " << schema
            << " (once; minutes for M)" << Qt::endl;
    }
    QElapsedTimer timer;
    timer.start();
    Session::open(path, Database::OpenMode::MustExist, Clock::system()).reset();
    const double openSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (before != schema) {
        log << "dataset " << name << ": migrated in " << QString::number(openSeconds, 'f', 1) << " s" << Qt::endl;
    }

    ScaleDataset dataset{name, QFileInfo(path).absoluteFilePath(), {}, {}, {}, {}, {}};
    const RawSqlite raw(path);
    QJsonObject records;
    for (const char *table : {"investor", "contact", "delegate", "meeting", "meeting_attendee", "note", "deal",
                              "followup", "mission", "audit_log"}) {
        records.insert(QString::fromLatin1(table), count(raw, "SELECT count(*) FROM " + QByteArray(table)));
    }
    if (records.value(u"investor"_s).toInteger() < kSpread || records.value(u"delegate"_s).toInteger() < 2) {
        throw std::runtime_error("dataset " + name.toStdString() + ": too few records in " + path.toStdString());
    }

    const QList<QByteArray> busiest = raw.column(
        "SELECT investor_id, count(*) AS n FROM meeting WHERE deleted_at IS NULL GROUP BY investor_id ORDER BY n DESC "
        "LIMIT 1");
    const QString busiestInvestor = QString::fromUtf8(busiest.value(0));
    dataset.investorIds = spreadIds(raw, "investor", busiestInvestor);
    dataset.delegateIds = spreadIds(raw, "delegate", {});
    dataset.officerId = QString::fromUtf8(
        raw.column("SELECT author_id, count(*) AS n FROM note WHERE deleted_at IS NULL AND author_id IS NOT NULL GROUP "
                   "BY author_id ORDER BY n DESC LIMIT 1")
            .value(0));
    dataset.briefingMeetingId = QString::fromUtf8(
        raw.column(
               "SELECT id FROM meeting WHERE investor_id = ?1 AND deleted_at IS NULL ORDER BY starts_at DESC LIMIT 1",
               {busiestInvestor.toUtf8()})
            .value(0));
    const qint64 busiestMeetings =
        raw.column("SELECT count(*) FROM meeting WHERE investor_id = ?1 AND deleted_at IS NULL",
                   {busiestInvestor.toUtf8()})
            .value(0)
            .toLongLong();

    dataset.facts = {{u"file"_s, dataset.path},
                     {u"file_bytes"_s, info.size()},
                     {u"schema"_s, schema},
                     {u"schema_before_open"_s, before},
                     {u"first_open_seconds"_s, openSeconds},
                     {u"records"_s, records},
                     {u"busiest_investor"_s, busiestInvestor},
                     {u"busiest_investor_meetings"_s, busiestMeetings},
                     {u"briefing_meeting"_s, dataset.briefingMeetingId},
                     {u"officer_opened"_s, dataset.officerId},
                     {u"investors_opened"_s, QJsonArray::fromStringList(dataset.investorIds)},
                     {u"delegates_opened"_s, QJsonArray::fromStringList(dataset.delegateIds)}};
    log << "dataset " << name << ": " << path << " (" << info.size() / (1024 * 1024) << " MiB, "
        << records.value(u"investor"_s).toInteger() << " investors, " << records.value(u"meeting"_s).toInteger()
        << " meetings, " << records.value(u"note"_s).toInteger() << " notes)" << Qt::endl;
    return dataset;
}

} // namespace crm::bench
