#include "duplicatesbench.h"

#include "rawsqlite.h"
#include "services/duplicates/duplicatefinder.h"
#include "services/records/records.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

const QString kScanInvestors = u"duplicates: scan investors"_s;
const QString kScanContacts = u"duplicates: scan contacts"_s;
const QString kTyping = u"duplicates: similar records while typing"_s;
// The issue: at most 5 s for the whole scan at dataset M. The warning runs on every keystroke.
const Target kScanTarget{Target::Statistic::P50, 5000, 0};
const Target kTypingTarget{Target::Statistic::P95, 50, 0};
constexpr int kTypedInputs = 200;

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
    }
}

QString katakana(const QString &hiragana)
{
    QString text = hiragana;
    for (QChar &c : text) {
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096) {
            c = QChar(char16_t(c.unicode() + 0x60));
        }
    }
    return text;
}

// "+81 3 1234 5678" as a Japanese office writes it at home: "03-1234-5678".
QString national(const QString &phone)
{
    QString text = phone;
    if (text.startsWith(u"+81 "_s)) {
        text = u'0' + text.mid(4);
    }
    return text.replace(u' ', u'-');
}

// Every 100/percent-th record of the kind again, as an officer or an import would type it a second
// time: an investor by its reading in katakana, its Latin name in capitals and its website without
// www and with a path; a contact with the e-mail in capitals and the phone in national form.
QVariantMap nearDuplicate(RecordKind kind, const QVariantMap &stored)
{
    QVariantMap copy;
    if (kind == RecordKind::Investor) {
        QString website = stored.value(u"website"_s).toString();
        website.replace(u"://www."_s, u"://"_s);
        copy.insert(u"name"_s, katakana(stored.value(u"name_reading"_s).toString()));
        copy.insert(u"name_latin"_s, stored.value(u"name_latin"_s).toString().toUpper());
        copy.insert(u"website"_s, QString(website + u"/ja/"_s));
        copy.insert(u"hq_country"_s, u"JP"_s);
    } else {
        QVariantList phones;
        for (const QVariant &phone : stored.value(u"phones"_s).toList()) {
            phones << national(phone.toString());
        }
        for (const QString &field : {u"family_name"_s, u"given_name"_s, u"investor_id"_s, u"name_order"_s}) {
            copy.insert(field, stored.value(field));
        }
        copy.insert(u"email"_s, stored.value(u"email"_s).toString().toUpper());
        copy.insert(u"phones"_s, phones);
    }
    return copy;
}

qint64 addNearDuplicates(Database &db, RecordKind kind)
{
    QList<QVariantMap> copies;
    qint64 index = 0;
    const qint64 every = 100 / DuplicatesBench::kNearDuplicatePercent;
    db.records().forEach(kind, ListQuery{}, [&](const QVariantMap &stored) {
        if (index++ % every == 0) {
            copies << nearDuplicate(kind, stored);
        }
        return true;
    });
    EditOptions options;
    options.readBack = false;
    options.origin = ChangeOrigin::Generated;
    Records(db).createMany(kind, copies, options);
    return copies.size();
}

} // namespace

DuplicatesBench::DuplicatesBench(const ScaleDataset &dataset, const QString &dataDir, QTextStream &log)
    : m_dataset(dataset), m_path(dataDir + u"/"_s + dataset.name + u"-near-duplicates.sqlite"_s), m_log(log)
{
    if (QFileInfo::exists(m_path)) {
        return;
    }
    const QString building = m_path + u".building"_s;
    removeDatabase(building);
    if (!QFile::copy(m_dataset.path, building)) {
        throw std::runtime_error("cannot copy " + m_dataset.path.toStdString());
    }
    {
        const std::unique_ptr<Database> db = SqliteDatabase::open(building, Database::OpenMode::MustExist);
        const qint64 investors = addNearDuplicates(*db, RecordKind::Investor);
        const qint64 contacts = addNearDuplicates(*db, RecordKind::Contact);
        m_log << "duplicates: " << building << ": " << investors << " investors and " << contacts
              << " contacts added again as near-duplicates" << Qt::endl;
    }
    if (!QFile::rename(building, m_path)) {
        throw std::runtime_error("cannot rename " + building.toStdString());
    }
}

QStringList DuplicatesBench::operationNames()
{
    return {kScanInvestors, kScanContacts, kTyping};
}

QList<Operation> DuplicatesBench::operations()
{
    return {scan(RecordKind::Investor, kScanInvestors), scan(RecordKind::Contact, kScanContacts), typing()};
}

Operation DuplicatesBench::scan(RecordKind kind, const QString &name)
{
    auto db = std::make_shared<std::unique_ptr<Database>>(SqliteDatabase::open(m_path, Database::OpenMode::ReadOnly));
    auto reported = std::make_shared<bool>(false);
    QTextStream *log = &m_log;
    const QString path = m_path;
    const QByteArray kindText = kindName(kind).toUtf8();
    const int maxShared = DuplicateFinder::kMaxShared;
    Operation op{
        .name = name,
        .app =
            [db, kind, reported, log] {
                const QList<DuplicateGroup> groups = DuplicateFinder(**db).scan(kind);
                if (!*reported) {
                    // What the scan finds, once: a scan that finds nothing would time nothing.
                    qint64 records = 0;
                    qsizetype largest = 0;
                    QMap<DuplicateReason, qint64> reasons;
                    for (const DuplicateGroup &group : groups) {
                        records += group.ids.size();
                        largest = std::max(largest, group.ids.size());
                        ++reasons[group.reasons.constFirst()];
                    }
                    *log << "duplicates: " << kindName(kind) << ": " << groups.size() << " groups, " << records
                         << " records in them, the largest " << largest << "; by strongest reason:";
                    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
                        *log << ' ' << duplicateReasonCode(it.key()) << ' ' << it.value();
                    }
                    *log << Qt::endl;
                    *reported = true;
                }
                return qint64(groups.size());
            },
        .raw =
            [path, kindText, maxShared] {
                RawSqlite raw(path);
                quint64 checksum = 0;
                return raw.readAll("SELECT m.record_id, m.what, m.key, m.value FROM match_key m WHERE m.kind = ?1 AND "
                                   "m.key IN (SELECT key FROM match_key WHERE kind = ?1 GROUP BY key "
                                   "HAVING count(*) BETWEEN 2 AND ?2) ORDER BY m.key",
                                   {kindText, QByteArray::number(maxShared)}, checksum);
            },
        .rawName = u"the scan's SQL alone"_s,
        .dataset = m_dataset.name,
        .target = kScanTarget,
        .runs = 5,
        .warmups = 1,
    };
    op.details = QJsonObject{{u"near_duplicate_percent"_s, kNearDuplicatePercent}};
    return op;
}

Operation DuplicatesBench::typing()
{
    auto db = std::make_shared<std::unique_ptr<Database>>(SqliteDatabase::open(m_path, Database::OpenMode::ReadOnly));
    // What an officer types: the names of investors of the dataset, in katakana or in Latin capitals.
    auto inputs = std::make_shared<QList<QVariantMap>>();
    ListQuery query;
    query.limit = kTypedInputs / 2;
    (*db)->records().forEach(RecordKind::Investor, query, [&inputs](const QVariantMap &stored) {
        *inputs << QVariantMap{{u"name"_s, katakana(stored.value(u"name_reading"_s).toString())}}
                << QVariantMap{{u"name"_s, stored.value(u"name_latin"_s).toString().toUpper()}};
        return inputs->size() < kTypedInputs;
    });
    if (inputs->isEmpty()) {
        throw std::runtime_error("duplicates: no investors to type");
    }
    auto next = std::make_shared<qsizetype>(0);
    return Operation{
        .name = kTyping,
        .app =
            [db, inputs, next] {
                const QVariantMap &input = inputs->at((*next)++ % inputs->size());
                return qint64(DuplicateFinder(**db).similarTo(RecordKind::Investor, input).size());
            },
        .dataset = m_dataset.name,
        .target = kTypingTarget,
        .warmups = int(inputs->size()),
    };
}

} // namespace crm::bench
