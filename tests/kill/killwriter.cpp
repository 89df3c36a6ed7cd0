#include "killwriter.h"

#include "domain/error.h"
#include "domain/recordid.h"
#include "domain/recordkind.h"
#include "killop.h"
#include "services/backups.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "sync/synchronizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <cstdio>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;

namespace crm::kill {
namespace {

// A writer the driver forgot (it crashed) stops by itself after this long.
constexpr qint64 kLifetimeMs = 60'000;

// Names in the scripts officers type: Japanese, Arabic and Latin.
const QStringList kFamilyNames{u"山田"_s,  u"佐藤"_s,    u"髙橋"_s,   u"حساني"_s, u"العلوي"_s,
                               u"بنعلي"_s, u"Hassani"_s, u"Okafor"_s, u"Dubois"_s};
const QStringList kGivenNames{u"太郎"_s, u"花子"_s, u"محمد"_s, u"فاطمة"_s, u"Amina"_s, u"Jean"_s};
const QStringList kCompanies{u"矢崎総業株式会社"_s, u"トヨタ紡織株式会社"_s, u"شركة المغرب للطاقة"_s,
                             u"Renault Tanger Méditerranée"_s};
const QStringList kWords{u"横浜"_s,  u"名古屋"_s,         u"الدار البيضاء"_s, u"طنجة"_s,
                         u"Lagos"_s, u"follow-up call"_s, u"工場見学"_s,      u"زيارة المصنع"_s};

void emitLine(const QString &tag, const Op &op)
{
    const QByteArray line = (tag + u'\t' + op.text() + u'\n').toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout); // the driver reads only what reached the pipe before the kill
}

class Writer final
{
public:
    explicit Writer(const WriterOptions &options) : m_options(options), m_rng(options.seed) {}

    void open()
    {
        m_db = Session::open(m_options.databasePath, Database::OpenMode::MustExist, Clock::system());
        m_store = &m_db->db().records();
        if (!m_options.laptopPath.isEmpty()) {
            m_laptop = Session::open(m_options.laptopPath, Database::OpenMode::MustExist, Clock::system());
            m_laptopStore = &m_laptop->db().records();
        }
        load(RecordKind::Delegate, m_liveDelegates, m_trashedDelegates);
        load(RecordKind::Meeting, m_liveMeetings, m_trashedMeetings);
        QStringList trashedInvestors; // investors are never trashed here
        load(RecordKind::Investor, m_investors, trashedInvestors);
        emitLine(u"open"_s, Op{u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s});
    }

    void step()
    {
        const int roll = pick(100);
        if (roll < 18) {
            addDelegate(false);
        } else if (roll < 26) {
            addInvestor();
        } else if (roll < 34) {
            addMeeting();
        } else if (roll < 58) {
            updateOne();
        } else if (roll < 66) {
            trashOne();
        } else if (roll < 72) {
            restoreOne();
        } else if (roll < 82) {
            addStay();
        } else if (roll < 90 && m_laptop) {
            addDelegate(true);
        } else if (roll < 93 && m_laptop) {
            syncBothWays();
        } else if (roll < 95) {
            backUpNow();
        } else {
            updateOne();
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    const QString &pick(const QStringList &list) { return list.at(pick(static_cast<int>(list.size()))); }
    QString text() { return pick(kWords) + u' ' + QString::number(++m_counter); }

    void load(RecordKind kind, QStringList &live, QStringList &trashed)
    {
        for (bool trash : {false, true}) {
            ListQuery query;
            query.trash = trash;
            query.sortField = u"created_at"_s;
            query.ascending = false;
            query.limit = 200; // the newest are enough to pick from
            m_store->forEach(kind, query, [&](const QVariantMap &record) {
                (trash ? trashed : live) << record.value(u"id"_s).toString();
                return true;
            });
        }
    }

    void addDelegate(bool onLaptop)
    {
        const QString name = pick(kFamilyNames) + u' ' + QString::number(++m_counter);
        const Op op{onLaptop ? u"laptop"_s : u"add"_s, u"delegate"_s, newRecordId(), u"family_name"_s, name};
        emitLine(u"begin"_s, op);
        RecordStore &store = onLaptop ? *m_laptopStore : *m_store;
        store.create(RecordKind::Delegate,
                     {{u"id"_s, op.id}, {u"family_name"_s, name}, {u"given_name"_s, pick(kGivenNames)}});
        emitLine(u"ack"_s, op);
        if (!onLaptop) {
            m_liveDelegates << op.id;
        }
    }

    void addInvestor()
    {
        const Op op{u"add"_s, u"investor"_s, newRecordId(), u"name"_s,
                    pick(kCompanies) + u' ' + QString::number(++m_counter)};
        emitLine(u"begin"_s, op);
        m_store->create(RecordKind::Investor, {{u"id"_s, op.id}, {u"name"_s, op.value}, {u"hq_country"_s, u"JP"_s}});
        emitLine(u"ack"_s, op);
        m_investors << op.id;
    }

    void addMeeting()
    {
        if (m_investors.isEmpty()) {
            addInvestor();
            return;
        }
        const Op op{u"add"_s, u"meeting"_s, newRecordId(), u"summary"_s, text()};
        const QString startsAt =
            u"2026-%1-%2T10:00:00+09:00"_s.arg(1 + pick(12), 2, 10, QChar(u'0')).arg(1 + pick(28), 2, 10, QChar(u'0'));
        emitLine(u"begin"_s, op);
        m_store->create(RecordKind::Meeting, {{u"id"_s, op.id},
                                              {u"starts_at"_s, startsAt},
                                              {u"investor_id"_s, pick(m_investors)},
                                              {u"summary"_s, op.value}});
        emitLine(u"ack"_s, op);
        m_liveMeetings << op.id;
    }

    void updateOne()
    {
        const int which = pick(3);
        if (which == 0 && !m_liveDelegates.isEmpty()) {
            update(RecordKind::Delegate, pick(m_liveDelegates), u"title"_s);
        } else if (which == 1 && !m_liveMeetings.isEmpty()) {
            update(RecordKind::Meeting, pick(m_liveMeetings), u"next_step"_s);
        } else if (!m_investors.isEmpty()) {
            update(RecordKind::Investor, pick(m_investors), u"hq_city"_s);
        } else {
            addInvestor();
        }
    }

    void update(RecordKind kind, const QString &id, const QString &field)
    {
        const Op op{u"update"_s, kindName(kind), id, field, text()};
        emitLine(u"begin"_s, op);
        m_store->update(kind, id, {{field, op.value}});
        emitLine(u"ack"_s, op);
    }

    void trashOne()
    {
        const bool delegate = pick(2) == 0;
        move(delegate ? RecordKind::Delegate : RecordKind::Meeting, delegate ? m_liveDelegates : m_liveMeetings,
             delegate ? m_trashedDelegates : m_trashedMeetings, true);
    }

    void restoreOne()
    {
        const bool delegate = pick(2) == 0;
        move(delegate ? RecordKind::Delegate : RecordKind::Meeting, delegate ? m_trashedDelegates : m_trashedMeetings,
             delegate ? m_liveDelegates : m_liveMeetings, false);
    }

    void move(RecordKind kind, QStringList &from, QStringList &to, bool toTrash)
    {
        if (from.isEmpty()) {
            addDelegate(false);
            return;
        }
        const QString id = from.takeAt(pick(static_cast<int>(from.size())));
        const Op op{toTrash ? u"trash"_s : u"restore"_s, kindName(kind), id, u"-"_s, u"-"_s};
        emitLine(u"begin"_s, op);
        if (toTrash) {
            m_store->moveToTrash(kind, id);
        } else {
            m_store->restore(kind, id);
        }
        emitLine(u"ack"_s, op);
        to << id;
    }

    // A child row: one more programme stay in the delegate's list (the list is replaced whole).
    void addStay()
    {
        if (m_liveDelegates.isEmpty()) {
            addDelegate(false);
            return;
        }
        const QString id = pick(m_liveDelegates);
        const Op op{u"stay"_s, u"delegate"_s, id, u"host_office"_s, text()};
        QVariantList stays = m_store->get(RecordKind::Delegate, id).value(u"stays"_s).toList();
        stays << QVariantMap{
            {u"start_date"_s, u"2025-04-01"_s}, {u"end_date"_s, u"2025-09-30"_s}, {u"host_office"_s, op.value}};
        emitLine(u"begin"_s, op);
        m_store->update(RecordKind::Delegate, id, {{u"stays"_s, stays}});
        emitLine(u"ack"_s, op);
    }

    // The laptop's changes into the office file, then the office's into the laptop: each import is
    // one transaction on the receiving file.
    void syncBothWays()
    {
        const QString inbound = m_options.workDir + u"/to-office.crmsync"_s;
        const QString outbound = m_options.workDir + u"/to-laptop.crmsync"_s;
        const Op in{u"sync-in"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s};
        emitLine(u"begin"_s, in);
        Synchronizer(m_laptop->db()).exportTo(m_db->db().replicaId(), inbound);
        Synchronizer(m_db->db()).importFile(inbound);
        emitLine(u"ack"_s, in);
        const Op out{u"sync-out"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s};
        emitLine(u"begin"_s, out);
        Synchronizer(m_db->db()).exportTo(m_laptop->db().replicaId(), outbound);
        Synchronizer(m_laptop->db()).importFile(outbound);
        emitLine(u"ack"_s, out);
    }

    void backUpNow()
    {
        const QString file = m_options.workDir + u"/backup-"_s + QString::number(QCoreApplication::applicationPid()) +
                             u'-' + QString::number(++m_counter) + u".sqlite"_s;
        const Op op{u"backup"_s, u"-"_s, u"-"_s, u"path"_s, file};
        emitLine(u"begin"_s, op);
        backUp(m_db->db(), file, BackupReason::Manual);
        emitLine(u"ack"_s, op);
    }

    WriterOptions m_options;
    std::mt19937 m_rng;
    std::unique_ptr<Session> m_db; // the sync log follows: the office file syncs with the laptop
    RecordStore *m_store = nullptr;
    std::unique_ptr<Session> m_laptop;
    RecordStore *m_laptopStore = nullptr;
    QStringList m_liveDelegates;
    QStringList m_trashedDelegates;
    QStringList m_liveMeetings;
    QStringList m_trashedMeetings;
    QStringList m_investors;
    int m_counter = 0;
};

} // namespace

int runWriter(const WriterOptions &options)
{
    try {
        Writer writer(options);
        writer.open();
        QElapsedTimer alive;
        alive.start();
        while (alive.elapsed() < kLifetimeMs) {
            writer.step();
        }
        return 0;
    } catch (const Error &error) {
        std::fprintf(stderr, "writer: %s\n", qUtf8Printable(error.message()));
        return 3;
    }
}

} // namespace crm::kill
