#include "timelinedataset.h"

#include "domain/clock.h"
#include "generator/generator.h"
#include "generator/generatorsupport.h"
#include "services/timeline.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

// Bump when the records written change, so that a kept dataset is rebuilt.
constexpr int kDatasetVersion = 1;
// The background: generateDataset at this scale writes 50 delegates, 5,000 investors, 15,000
// contacts and 50,000 meetings (about 76,000 records).
constexpr qint64 kBackgroundScale = 5000;
constexpr quint32 kSeed = 20261001;

// His history; with the stage changes and impact figures of the deals and the follow-ups done,
// this gives about 10,500 timeline events.
constexpr int kStays = 12;
constexpr int kPositions = 8;
constexpr int kMissions = 150;
constexpr int kMissionMeetings = 10; // per mission, within its dates
constexpr int kMeetings = 4800;      // in all, mission meetings included
constexpr int kInvestors = 8;
constexpr int kDeals = 200;
constexpr int kNotes = 2800;
constexpr int kFollowUps = 1000;
constexpr int kFollowUpsDonePercent = 30;

constexpr qint64 kMinEvents = 9000;
constexpr qint64 kMaxEvents = 12000;

const QDate kFirstDay(1995, 1, 9);
const QDate kLastDay(2026, 9, 30);

QString databaseFile(const QString &dir)
{
    return QDir(dir).filePath(u"timeline.sqlite"_s);
}

QString factsFile(const QString &dir)
{
    return QDir(dir).filePath(u"timeline.json"_s);
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
    }
}

const QStringList &summarySentences()
{
    static const QStringList sentences{
        u"The company is looking for a second site for wire harness assembly in North Africa."_s,
        u"They asked for the labour cost survey of the Tangier Automotive City free zone."_s,
        u"Interest in the new solar panel plant depends on the grid connection timetable."_s,
        u"The delegate presented the incentives of the 2016 industrial acceleration plan."_s,
        u"Their procurement team will visit the Kenitra Atlantic Free Zone in spring."_s,
        u"A pilot order for seat covers is under discussion with a local supplier."_s,
        u"Concerns about port congestion at Tanger Med were raised and answered."_s,
        u"The head office wants a comparison with sites in Tunisia and Romania."_s,
        u"Training of line supervisors could be done with the national employment agency."_s,
        u"They will send the draft memorandum of understanding after the board meeting."_s,
        u"Le groupe étudie une extension de son usine de câblage à Kénitra."_s,
        u"Visite du site prévue avec l'agence régionale d'investissement."_s,
        u"タンジェ自由貿易区でのワイヤーハーネス工場の拡張を検討中。"_s,
        u"人件費と物流コストの資料を次回の面談までに送付すること。"_s,
    };
    return sentences;
}

const QStringList &products()
{
    static const QStringList list{u"Wire-harness plant"_s, u"Seat-cover workshop"_s, u"Solar module line"_s,
                                  u"Cable assembly"_s,     u"Logistics hub"_s,       u"Aircraft wiring"_s,
                                  u"Textile finishing"_s,  u"Food processing"_s};
    return list;
}

const QStringList &stagePath()
{
    static const QStringList path{u"lead"_s,           u"contacted"_s,   u"visit"_s,
                                  u"negotiation"_s,    u"decision"_s,    u"announced"_s,
                                  u"implementation"_s, u"operational"_s, u"aftercare"_s};
    return path;
}

// Writes the delegate and his history through the repositories, in one transaction.
class HistoryWriter final
{
public:
    explicit HistoryWriter(Database &db) : m_db(db), m_random(kSeed) {}

    QJsonObject write()
    {
        m_officerId = m_db.records().findIdBy(RecordKind::Officer, u"initials"_s, u"YM"_s).value_or(QString());
        if (m_officerId.isEmpty()) {
            throw std::runtime_error("the generated dataset has no officer YM");
        }
        m_db.setOfficerId(m_officerId);
        pickInvestors();
        Transaction transaction(m_db);
        delegate();
        missions();
        meetings();
        deals();
        notes();
        followUps();
        transaction.commit();
        return {{u"stays"_s, kStays},
                {u"positions"_s, kPositions},
                {u"missions"_s, kMissions},
                {u"meetings"_s, kMeetings},
                {u"deals"_s, kDeals},
                {u"stage_changes"_s, m_stageChanges},
                {u"impact_figures"_s, m_impactFigures},
                {u"notes"_s, kNotes},
                {u"follow_ups"_s, kFollowUps},
                {u"investors"_s, kInvestors}};
    }

    QString delegateId() const { return m_delegateId; }

private:
    struct Company
    {
        QString id;
        QString contactId; // one of its people, to sit at the meetings
    };
    struct Trip
    {
        QString id;
        QDate start;
        QDate end;
    };

    QDate dayBetween(const QDate &first, const QDate &last)
    {
        return first.addDays(m_random.below(first.daysTo(last) + 1));
    }
    // Tokyo has had no daylight saving time since 1951: local wall-clock time minus nine hours.
    QDateTime tokyoTime(const QDate &day)
    {
        return QDateTime(day, QTime(m_random.betweenInt(9, 17), m_random.percent(50) ? 0 : 30), Qt::UTC)
            .addSecs(-9 * 3600);
    }
    QString sentences(int count)
    {
        QStringList picked;
        for (int i = 0; i < count; ++i) {
            picked << m_random.pick(summarySentences());
        }
        return picked.join(u' ');
    }
    // A few key accounts get most of the meetings, as in a real pipeline.
    const Company &company() { return m_companies[static_cast<qsizetype>(m_random.skewed(m_companies.size()))]; }

    void pickInvestors()
    {
        ListQuery query;
        query.limit = kInvestors;
        const RecordStore &store = m_db.records();
        for (const Investor &investor : InvestorRepository(m_db).list(query)) {
            m_companies << Company{
                investor.id, store.findIdBy(RecordKind::Contact, u"investor_id"_s, investor.id).value_or(QString())};
        }
        if (m_companies.isEmpty()) {
            throw std::runtime_error("the generated dataset has no investors");
        }
    }

    void delegate()
    {
        Delegate d;
        d.name.given = u"Youssef"_s;
        d.name.family = u"El Amrani"_s;
        d.name.order = PersonName::Order::GivenFirst;
        d.agencyId = m_db.records().findIdBy(RecordKind::Agency, u"country"_s, u"MA"_s).value_or(QString());
        d.country = u"MA"_s;
        d.title = u"Director, Japan desk"_s;
        d.sectors = {u"automotive"_s, u"renewable_energy"_s};
        d.languages = {u"ar"_s, u"fr"_s, u"en"_s, u"ja"_s};
        d.notes = u"Benchmark delegate: thirty years of history."_s;
        // One stay every two or three years, a few weeks to a few months each.
        const qint64 span = kFirstDay.daysTo(kLastDay);
        for (int i = 0; i < kStays; ++i) {
            ProgrammeStay stay;
            const QDate start = kFirstDay.addDays(span * i / kStays + m_random.below(200));
            stay.start = start;
            stay.end = start.addDays(m_random.between(30, 120));
            stay.hostOffice = i % 3 == 2 ? u"ITPO Tokyo (Osaka desk)"_s : u"ITPO Tokyo"_s;
            stay.notes = sentences(1);
            d.stays << stay;
        }
        static const QStringList titles{u"Investment officer"_s, u"Senior investment officer"_s, u"Head of Asia desk"_s,
                                        u"Director, Japan desk"_s};
        for (int i = 0; i < kPositions; ++i) {
            CareerPosition position;
            position.organisation = i % 4 == 3 ? u"Ministry of Industry and Trade"_s : u"AMDIE"_s;
            position.title = titles[i * titles.size() / kPositions];
            position.from = kFirstDay.addDays(span * i / kPositions);
            if (i + 1 < kPositions) {
                position.to = kFirstDay.addDays(span * (i + 1) / kPositions - 1);
            }
            d.positions << position;
        }
        m_delegateId = DelegateRepository(m_db).create(d);
    }

    void missions()
    {
        static const QStringList kinds{u"programme_stay"_s, u"investor_mission"_s, u"seminar"_s, u"trade_fair"_s};
        static const QStringList roles{u"delegate"_s, u"speaker"_s, u"head of delegation"_s};
        MissionRepository repository(m_db);
        for (int i = 0; i < kMissions; ++i) {
            Mission m;
            m.kind = kinds[i % kinds.size()];
            const QDate start = dayBetween(kFirstDay, kLastDay.addDays(-10));
            m.start = start;
            m.end = start.addDays(m_random.between(2, 10));
            static const QStringList titles{u"Programme stay %1"_s, u"Japanese investor mission to Morocco %1"_s,
                                            u"Investment seminar: Morocco %1"_s,
                                            u"Automotive World %1: Morocco pavilion"_s};
            m.title = titles[i % titles.size()].arg(start.year());
            m.places = m.kind == u"investor_mission"_s ? QStringList{u"Tangier"_s, u"Kenitra"_s, u"Casablanca"_s}
                                                       : QStringList{u"Tokyo"_s, u"Osaka"_s};
            m.participants << MissionParticipant{{}, u"delegate"_s, m_delegateId, m_random.pick(roles)}
                           << MissionParticipant{{}, u"officer"_s, m_officerId, u"organiser"_s};
            m_trips << Trip{repository.create(m), *m.start, *m.end};
        }
    }

    void meetings()
    {
        static const QStringList places{u"ITPO Tokyo office"_s, u"Head office"_s, u"Online (video call)"_s,
                                        u"Tangier Automotive City"_s};
        static const QStringList nextSteps{u"Send the site comparison"_s, u"Arrange a site visit"_s,
                                           u"Follow up after the board meeting"_s, u"Introduce the regional centre"_s};
        MeetingRepository repository(m_db);
        for (int i = 0; i < kMeetings; ++i) {
            const Trip *trip = i < kMissions * kMissionMeetings ? &m_trips[i / kMissionMeetings] : nullptr;
            const Company &with = company();
            Meeting m;
            m.startsAt = tokyoTime(trip ? dayBetween(trip->start, trip->end) : dayBetween(kFirstDay, kLastDay));
            m.place = m_random.pick(places);
            m.missionId = trip ? trip->id : QString();
            m.investorId = with.id;
            m.interestLevel = m_random.between(1, 5);
            if (m_random.percent(80)) {
                m.nextStep = m_random.pick(nextSteps);
            }
            m.summary = sentences(m_random.betweenInt(1, 3));
            m.attendees << Attendee{{}, u"delegate"_s, u"delegate"_s, m_delegateId, {}, u"delegate"_s}
                        << Attendee{{}, u"itpo"_s, u"officer"_s, m_officerId, {}, u"ITPO officer"_s};
            if (!with.contactId.isEmpty()) {
                m.attendees << Attendee{{}, u"investor"_s, u"contact"_s, with.contactId, {}, u"lead"_s};
            }
            repository.create(m);
        }
    }

    void deals()
    {
        DealRepository repository(m_db);
        for (int i = 0; i < kDeals; ++i) {
            Deal d;
            const Company &with = company();
            d.investorId = with.id;
            d.hostCountry = u"MA"_s;
            d.sector = m_random.percent(80) ? u"automotive"_s : u"renewable_energy"_s;
            d.title = m_random.pick(products()) + u", "_s + (m_random.percent(60) ? u"Tangier"_s : u"Kenitra"_s);
            const int reached = m_random.betweenInt(0, static_cast<int>(stagePath().size()) - 1);
            QStringList stages = stagePath().mid(0, reached + 1);
            const bool lost = reached < 4 && m_random.percent(15);
            if (lost) {
                stages << u"lost"_s;
                d.lostReason = u"Chose another country"_s;
            }
            QList<QDate> days;
            QDate day = dayBetween(kFirstDay, kLastDay.addDays(-240 * stages.size()));
            for (const QString &stage : stages) {
                days << day;
                d.stageHistory << StageChange{{}, stage, day, m_random.percent(30) ? sentences(1) : QString()};
                day = day.addDays(m_random.between(20, 240));
            }
            m_stageChanges += stages.size();
            d.stage = stages.constLast();

            d.credits << DealCredit{{}, u"delegate"_s, m_delegateId, u"promotion"_s};
            if (m_random.percent(20)) {
                d.credits << DealCredit{{}, u"delegate"_s, m_delegateId, u"negotiation"_s};
            }
            if (m_random.percent(30)) {
                d.credits << DealCredit{{}, u"mission"_s, m_random.pick(m_trips).id, u"facilitation"_s};
            }

            const qint64 capex = m_random.between(2, 250) * 1000000 * 100; // USD cents
            const qint64 jobs = m_random.between(50, 3000);
            const auto figure = [&](const QString &indicator, const QString &status, qint64 value, const QDate &asOf) {
                ImpactFigure f;
                f.indicator = indicator;
                f.status = status;
                f.value = value;
                f.currency = ImpactFigure::isMoney(indicator) ? u"USD"_s : QString();
                f.asOf = asOf;
                d.impact << f;
            };
            for (const auto &[stage, status] :
                 {std::pair{4, u"planned"_s}, std::pair{5, u"announced"_s}, std::pair{7, u"realised"_s}}) {
                if (!lost && reached >= stage) {
                    figure(u"capex"_s, status, capex, days[stage]);
                    figure(u"direct_jobs"_s, status, jobs, days[stage]);
                    figure(u"jobs_women"_s, status, jobs * m_random.between(20, 70) / 100, days[stage]);
                    m_impactFigures += 3;
                }
            }
            repository.create(d);
        }
    }

    void notes()
    {
        static const QStringList headings{u"Call with %1"_s, u"Notes on the %1 file"_s, u"%1との面談メモ"_s,
                                          u"Compte rendu : %1"_s};
        NoteRepository repository(m_db);
        for (int i = 0; i < kNotes; ++i) {
            Note n;
            n.body = m_random.pick(headings).arg(m_random.pick(products())) + u"\n\n"_s +
                     sentences(m_random.betweenInt(3, 6));
            n.authorId = m_officerId;
            n.writtenAt = tokyoTime(dayBetween(kFirstDay, kLastDay));
            n.linkedKind = u"delegate"_s;
            n.linkedId = m_delegateId;
            repository.create(n);
        }
    }

    void followUps()
    {
        static const QStringList titles{u"Send the labour cost survey"_s, u"Confirm the site visit"_s,
                                        u"Ask the agency for the incentive figures"_s, u"Book the interpreter"_s};
        FollowUpRepository repository(m_db);
        for (int i = 0; i < kFollowUps; ++i) {
            FollowUp f;
            f.title = m_random.pick(titles);
            f.ownerId = m_officerId;
            const QDate due = dayBetween(kFirstDay, kLastDay);
            f.due = due;
            f.done = m_random.percent(kFollowUpsDonePercent);
            if (f.done) {
                f.doneAt = QDateTime(due.addDays(-m_random.below(10)), QTime(10, 0), Qt::UTC);
            }
            f.linkedKind = u"delegate"_s;
            f.linkedId = m_delegateId;
            repository.create(f);
        }
    }

    Database &m_db;
    gen::Random m_random;
    QString m_officerId;
    QString m_delegateId;
    QList<Company> m_companies;
    QList<Trip> m_trips;
    qint64 m_stageChanges = 0;
    qint64 m_impactFigures = 0;
};

QJsonObject readFacts(const QString &dir)
{
    QFile file(factsFile(dir));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool reusable(const QString &dir, const QJsonObject &facts)
{
    return QFileInfo::exists(databaseFile(dir)) && facts.value(u"dataset_version"_s).toInt() == kDatasetVersion &&
           facts.value(u"schema_version"_s).toInt() == SqliteDatabase::latestSchemaVersion() &&
           !facts.value(u"delegate_id"_s).toString().isEmpty();
}

// Builds into a scratch file and renames it at the end, so that an interrupted build is never reused.
QJsonObject build(const QString &dir, QTextStream &log)
{
    const QString target = databaseFile(dir);
    const QString scratch = target + u".building"_s;
    removeDatabase(scratch);
    removeDatabase(target);
    QFile::remove(factsFile(dir));

    QJsonObject facts;
    QElapsedTimer timer;
    timer.start();
    {
        const std::unique_ptr<Database> db = SqliteDatabase::open(scratch);
        // The generator stamps its own fixed clock; his history gets one too, a day later.
        log << "  background: generateDataset scale " << kBackgroundScale << ", seed " << kSeed << Qt::endl;
        qint64 reported = 0;
        const GeneratorStats stats = generateDataset(*db, {kBackgroundScale, kSeed}, [&](qint64 done, qint64 total) {
            if (done - reported >= total / 4 || done == total) {
                log << "    " << done << " / " << total << " records, " << timer.elapsed() / 1000 << " s" << Qt::endl;
                reported = done;
            }
            return true;
        });
        const double background = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        facts.insert(u"background"_s, QJsonObject{{u"scale"_s, kBackgroundScale},
                                                  {u"seed"_s, static_cast<qint64>(kSeed)},
                                                  {u"delegates"_s, stats.delegates},
                                                  {u"investors"_s, stats.investors},
                                                  {u"contacts"_s, stats.contacts},
                                                  {u"missions"_s, stats.missions},
                                                  {u"meetings"_s, stats.meetings},
                                                  {u"deals"_s, stats.deals},
                                                  {u"follow_ups"_s, stats.followUps},
                                                  {u"notes"_s, stats.notes},
                                                  {u"seconds"_s, background}});

        log << "  his history: one transaction through the repositories" << Qt::endl;
        QElapsedTimer history;
        history.start();
        FixedClock clock(QDateTime(QDate(2026, 10, 2), QTime(9, 0), Qt::UTC));
        db->setClock(&clock);
        HistoryWriter writer(*db);
        QJsonObject records = writer.write();
        db->setClock(nullptr);
        records.insert(u"seconds"_s, static_cast<double>(history.nsecsElapsed()) / 1e9);
        facts.insert(u"delegate"_s, records);
        facts.insert(u"delegate_id"_s, writer.delegateId());
    }
    if (QFileInfo::exists(scratch + u"-wal"_s)) {
        throw std::runtime_error("the database was not closed cleanly: a -wal file is left");
    }
    removeDatabase(scratch + u"-shm"_s);
    if (!QFile::rename(scratch, target)) {
        throw std::runtime_error("cannot rename the built dataset to " + target.toStdString());
    }
    facts.insert(u"dataset_version"_s, kDatasetVersion);
    facts.insert(u"schema_version"_s, SqliteDatabase::latestSchemaVersion());
    facts.insert(u"build_seconds"_s, static_cast<double>(timer.nsecsElapsed()) / 1e9);

    QFile file(factsFile(dir));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(facts).toJson()) < 0) {
        throw std::runtime_error("cannot write " + factsFile(dir).toStdString());
    }
    return facts;
}

} // namespace

TimelineDataset prepareTimelineDataset(const QString &dir, QTextStream &log)
{
    if (!QDir().mkpath(dir)) {
        throw std::runtime_error("cannot create " + dir.toStdString());
    }
    TimelineDataset dataset;
    dataset.path = databaseFile(dir);
    QJsonObject facts = readFacts(dir);
    dataset.reused = reusable(dir, facts);
    if (dataset.reused) {
        log << "timeline dataset: reusing " << dataset.path << " (built in "
            << QString::number(facts.value(u"build_seconds"_s).toDouble(), 'f', 1) << " s)" << Qt::endl;
    } else {
        log << "timeline dataset: building " << dataset.path << Qt::endl;
        facts = build(dir, log);
        dataset.buildSeconds = facts.value(u"build_seconds"_s).toDouble();
        log << "  built in " << QString::number(dataset.buildSeconds, 'f', 1) << " s" << Qt::endl;
    }
    dataset.delegateId = facts.value(u"delegate_id"_s).toString();

    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Database> db = SqliteDatabase::open(dataset.path, Database::OpenMode::MustExist);
    const qint64 openMs = timer.restart();
    const QList<TimelineEvent> events = Timeline(*db).forDelegate(dataset.delegateId);
    const qint64 firstMs = timer.elapsed();
    dataset.events = events.size();
    QJsonObject byKind;
    for (const TimelineEvent &e : events) {
        const QString kind = timelineKindName(e.kind);
        byKind.insert(kind, byKind.value(kind).toInteger() + 1);
    }
    const qint64 bytes = QFileInfo(dataset.path).size();
    log << "  " << dataset.events << " timeline events for delegate " << dataset.delegateId << ", file "
        << QString::number(static_cast<double>(bytes) / 1e6, 'f', 1) << " MB (opened in " << openMs
        << " ms, first timeline, cold, in " << firstMs << " ms)" << Qt::endl;
    log << "  " << QJsonDocument(byKind).toJson(QJsonDocument::Compact) << Qt::endl;
    if (dataset.events < kMinEvents || dataset.events > kMaxEvents) {
        throw std::runtime_error("the timeline has " + std::to_string(dataset.events) + " events, expected " +
                                 std::to_string(kMinEvents) + " to " + std::to_string(kMaxEvents));
    }
    facts.insert(u"path"_s, dataset.path);
    facts.insert(u"file_bytes"_s, bytes);
    facts.insert(u"timeline_events"_s, dataset.events);
    facts.insert(u"timeline_events_by_kind"_s, byKind);
    facts.insert(u"reused"_s, dataset.reused);
    dataset.facts = facts;
    return dataset;
}

} // namespace crm::bench
