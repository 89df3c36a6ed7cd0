#include "recordbench.h"

#include "databasesession.h"
#include "storage/recordquery.h"
#include "storage/recordstore.h"

#include <QDateTime>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

const QString kOpenInvestor = u"record: open investor with related lists"_s;
const QString kOpenDelegate = u"record: open delegate with related lists"_s;
const QString kOpenOfficer = u"record: open officer with related lists"_s;
const QString kSave = u"record: save an edit (investor notes)"_s;

const Target kOpenTarget{Target::Statistic::P95, 30};
const Target kSaveTarget{Target::Statistic::P99, 50};
constexpr int kSaveRuns = 200; // a p99 wants a few hundred

const QString kTexts[2] = {u"Asked for the labour cost survey of the free zone; send it before the board meeting."_s,
                           u"Board meeting moved to the spring; they will call once the budget is approved."_s};

// The record as the form shows it, then each group of related records with the columns their
// titles are made of, in the app's order. A group the schema allows but the data never fills
// (an investor as a meeting attendee) is one index lookup, here as in the app.
constexpr const char *kInvestorSql[] = {
    "SELECT * FROM investor WHERE id = ?1",
    "SELECT p.id, p.name, p.name_latin FROM investor p JOIN investor i ON i.parent_id = p.id WHERE i.id = ?1 AND "
    "p.deleted_at IS NULL",
    "SELECT id, name, name_latin FROM investor WHERE parent_id = ?1 AND deleted_at IS NULL ORDER BY sort_key",
    "SELECT id, family_name, given_name, latin_family_name, latin_given_name, name_order FROM contact WHERE "
    "investor_id = ?1 AND deleted_at IS NULL ORDER BY sort_key",
    "SELECT id, title FROM mission WHERE deleted_at IS NULL AND id IN (SELECT mission_id FROM mission_participant "
    "WHERE person_kind = 'investor' AND person_id = ?1) ORDER BY sort_key",
    "SELECT id, starts_at, time_zone, place FROM meeting WHERE investor_id = ?1 AND deleted_at IS NULL ORDER BY "
    "sort_key",
    "SELECT id, starts_at, time_zone, place FROM meeting WHERE deleted_at IS NULL AND id IN (SELECT meeting_id FROM "
    "meeting_attendee WHERE person_kind = 'investor' AND person_id = ?1) ORDER BY sort_key",
    "SELECT id, title FROM deal WHERE investor_id = ?1 AND deleted_at IS NULL ORDER BY sort_key",
    "SELECT id, title FROM deal WHERE deleted_at IS NULL AND id IN (SELECT deal_id FROM deal_credit WHERE "
    "credited_kind = 'investor' AND credited_id = ?1) ORDER BY sort_key",
    "SELECT id, title FROM followup WHERE linked_kind = 'investor' AND linked_id = ?1 AND deleted_at IS NULL ORDER "
    "BY sort_key",
    "SELECT id, substr(body, 1, 80) FROM note WHERE linked_kind = 'investor' AND linked_id = ?1 AND deleted_at IS "
    "NULL ORDER BY sort_key",
};

// The delegate's own lists (stays, career) are part of the record, not related records.
constexpr const char *kDelegateListsSql[] = {
    "SELECT * FROM delegate_stay WHERE delegate_id = ?1 ORDER BY position",
    "SELECT * FROM delegate_position WHERE delegate_id = ?1 ORDER BY position",
};
constexpr const char *kDelegateSql[] = {
    "SELECT * FROM delegate WHERE id = ?1",
    "SELECT a.id, a.name, a.acronym FROM agency a JOIN delegate d ON d.agency_id = a.id WHERE d.id = ?1 AND "
    "a.deleted_at IS NULL",
    "SELECT id, title FROM mission WHERE deleted_at IS NULL AND id IN (SELECT mission_id FROM mission_participant "
    "WHERE person_kind = 'delegate' AND person_id = ?1) ORDER BY sort_key",
    "SELECT id, starts_at, time_zone, place FROM meeting WHERE deleted_at IS NULL AND id IN (SELECT meeting_id FROM "
    "meeting_attendee WHERE person_kind = 'delegate' AND person_id = ?1) ORDER BY sort_key",
    "SELECT id, title FROM deal WHERE deleted_at IS NULL AND id IN (SELECT deal_id FROM deal_credit WHERE "
    "credited_kind = 'delegate' AND credited_id = ?1) ORDER BY sort_key",
    "SELECT id, title FROM followup WHERE linked_kind = 'delegate' AND linked_id = ?1 AND deleted_at IS NULL ORDER "
    "BY sort_key",
    "SELECT id, substr(body, 1, 80) FROM note WHERE linked_kind = 'delegate' AND linked_id = ?1 AND deleted_at IS "
    "NULL ORDER BY sort_key",
};

// An officer's related records: the meetings they attended (a fifth of all meetings, with five
// officers in a generated dataset), the missions they joined, the notes they wrote and the
// follow-ups they own (no index serves the last two links, here as in the app).
constexpr const char *kOfficerSql[] = {
    "SELECT * FROM officer WHERE id = ?1",
    "SELECT id, title FROM mission WHERE deleted_at IS NULL AND id IN (SELECT mission_id FROM mission_participant "
    "WHERE person_kind = 'officer' AND person_id = ?1) ORDER BY sort_key",
    "SELECT id, starts_at, time_zone, place FROM meeting WHERE deleted_at IS NULL AND id IN (SELECT meeting_id FROM "
    "meeting_attendee WHERE person_kind = 'officer' AND person_id = ?1) ORDER BY sort_key",
    "SELECT id, title FROM deal WHERE deleted_at IS NULL AND id IN (SELECT deal_id FROM deal_credit WHERE "
    "credited_kind = 'officer' AND credited_id = ?1) ORDER BY sort_key",
    "SELECT id, title FROM followup WHERE owner_id = ?1 AND deleted_at IS NULL ORDER BY sort_key",
    "SELECT id, title FROM followup WHERE linked_kind = 'officer' AND linked_id = ?1 AND deleted_at IS NULL ORDER "
    "BY sort_key",
    "SELECT id, substr(body, 1, 80) FROM note WHERE author_id = ?1 AND deleted_at IS NULL ORDER BY sort_key",
    "SELECT id, substr(body, 1, 80) FROM note WHERE linked_kind = 'officer' AND linked_id = ?1 AND deleted_at IS "
    "NULL ORDER BY sort_key",
};

// A related list as RecordQuery::related() reads it: at most kRelatedLimit records, and one more
// to tell that the group was cut (the app then also counts the group; the baseline does not).
QByteArray limited(const char *sql)
{
    QByteArray text(sql);
    if (text.contains("ORDER BY sort_key")) {
        text += " LIMIT " + QByteArray::number(kRelatedLimit + 1);
    }
    return text;
}

// The record and its related records, as the record pane asks for them.
qint64 openRecord(ui::DatabaseSession &session, RecordKind kind, const QString &id)
{
    qint64 records = session.store()->get(kind, id).isEmpty() ? 0 : 1;
    for (const RelatedGroup &group : session.query()->related(kind, id)) {
        records += group.records.size();
    }
    return records;
}

QByteArray nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
}

} // namespace

RecordBench::RecordBench(const ScaleDataset &dataset)
    : m_dataset(dataset), m_session(std::make_unique<ui::DatabaseSession>()), m_raw(dataset.path),
      m_rawWriter(dataset.path, RawSqlite::Mode::ReadWrite)
{
    if (const QString error = m_session->open(dataset.path, Database::OpenMode::MustExist); !error.isEmpty()) {
        throw std::runtime_error("cannot open " + dataset.path.toStdString() + ": " + error.toStdString());
    }
    if (dataset.investorIds.size() < 3) {
        throw std::runtime_error("dataset " + dataset.name.toStdString() + ": too few investors");
    }
    m_savedInvestor = dataset.investorIds[1];
    m_rawInvestor = dataset.investorIds[2].toUtf8();

    // Let the app write both texts once on the baseline's investor, and keep what it wrote.
    const bool indexed = !m_raw.column("SELECT name FROM sqlite_master WHERE name = 'search_doc'").isEmpty();
    if (indexed) {
        m_rawIndexDoc =
            m_raw.column("SELECT doc FROM search_doc WHERE record_id = ?1 AND kind = 'investor'", {m_rawInvestor})
                .value(0);
    }
    for (int i = 0; i < 2; ++i) {
        m_session->store()->update(RecordKind::Investor, QString::fromUtf8(m_rawInvestor), {{u"notes"_s, kTexts[i]}});
        m_values[i].notes = kTexts[i].toUtf8();
        m_values[i].searchText =
            m_raw.column("SELECT search_text FROM investor WHERE id = ?1", {m_rawInvestor}).value(0);
        if (!m_rawIndexDoc.isEmpty()) {
            m_values[i].indexBody =
                m_raw.column("SELECT body FROM search_body WHERE rowid = ?1", {m_rawIndexDoc}).value(0);
        }
    }
}

RecordBench::~RecordBench() = default;

QStringList RecordBench::operationNames()
{
    return {kOpenInvestor, kOpenDelegate, kOpenOfficer, kSave};
}

qint64 RecordBench::rawOpenInvestor(const QByteArray &id) const
{
    quint64 checksum = 0;
    qint64 rows = 0;
    for (const char *sql : kInvestorSql) {
        rows += m_raw.readAll(limited(sql).constData(), {id}, checksum);
    }
    return rows;
}

qint64 RecordBench::rawOpenOfficer(const QByteArray &id) const
{
    quint64 checksum = 0;
    qint64 rows = 0;
    for (const char *sql : kOfficerSql) {
        rows += m_raw.readAll(limited(sql).constData(), {id}, checksum);
    }
    return rows;
}

qint64 RecordBench::rawOpenDelegate(const QByteArray &id) const
{
    quint64 checksum = 0;
    qint64 rows = 0;
    for (const char *sql : kDelegateListsSql) {
        m_raw.readAll(sql, {id}, checksum);
    }
    for (const char *sql : kDelegateSql) {
        rows += m_raw.readAll(limited(sql).constData(), {id}, checksum);
    }
    return rows;
}

qint64 RecordBench::rawSave(const SaveValues &values, const QByteArray &previousNotes) const
{
    const QByteArray now = nowIso();
    m_rawWriter.exec("BEGIN IMMEDIATE");
    qint64 changed = m_rawWriter.exec(
        "UPDATE investor SET notes = ?1, modified_at = ?2, modified_by = NULL, search_text = ?3 WHERE id = ?4",
        {values.notes, now, values.searchText, m_rawInvestor});
    m_rawWriter.exec("INSERT INTO audit_log (at, officer_id, record_kind, record_id, action, field, old_value, "
                     "new_value) VALUES (?1, NULL, 'investor', ?2, 'update', 'notes', ?3, ?4)",
                     {now, m_rawInvestor, previousNotes, values.notes});
    if (!m_rawIndexDoc.isEmpty()) {
        m_rawWriter.exec("UPDATE search_body SET body = ?1 WHERE rowid = ?2", {values.indexBody, m_rawIndexDoc});
    }
    m_rawWriter.exec("COMMIT");
    return changed;
}

QList<Operation> RecordBench::operations()
{
    QList<Operation> operations;
    const auto pick = [this](const QStringList &ids) { return ids.at(m_next % ids.size()); };

    operations << Operation{
        .name = kOpenInvestor,
        .app = [this, pick] { return openRecord(*m_session, RecordKind::Investor, pick(m_dataset.investorIds)); },
        .raw = [this, pick] { return rawOpenInvestor(pick(m_dataset.investorIds).toUtf8()); },
        .rawName = u"record: SELECT * of the record, then each related group's ids and title columns"_s,
        .details = {{u"investors"_s, m_dataset.investorIds.size()},
                    {u"first"_s, u"the investor with the most meetings"_s}},
        .sameItems = true,
        .setUp = [this] { ++m_next; },
        .dataset = m_dataset.name,
        .target = kOpenTarget,
        .warmups = static_cast<int>(m_dataset.investorIds.size()),
    };
    operations << Operation{
        .name = kOpenDelegate,
        .app = [this, pick] { return openRecord(*m_session, RecordKind::Delegate, pick(m_dataset.delegateIds)); },
        .raw = [this, pick] { return rawOpenDelegate(pick(m_dataset.delegateIds).toUtf8()); },
        .rawName = u"record: SELECT * of the record, then each related group's ids and title columns"_s,
        .details = {{u"delegates"_s, m_dataset.delegateIds.size()}},
        .sameItems = true,
        .setUp = [this] { ++m_next; },
        .dataset = m_dataset.name,
        .target = kOpenTarget,
        .warmups = static_cast<int>(m_dataset.delegateIds.size()),
    };
    // The officer who wrote the most notes: everything they wrote and own is listed.
    operations << Operation{
        .name = kOpenOfficer,
        .app = [this] { return openRecord(*m_session, RecordKind::Officer, m_dataset.officerId); },
        .raw = [this] { return rawOpenOfficer(m_dataset.officerId.toUtf8()); },
        .rawName = u"record: SELECT * of the record, then each related group's ids and title columns"_s,
        .details = {{u"officer"_s, m_dataset.officerId}},
        .sameItems = true,
        .dataset = m_dataset.name,
        .target = kOpenTarget,
    };

    // Each run changes the notes to the other text, so every save writes (an unchanged one would not).
    operations << Operation{
        .name = kSave,
        .app =
            [this] {
                const bool changed = m_session->store()->update(RecordKind::Investor, m_savedInvestor,
                                                                {{u"notes"_s, kTexts[m_next % 2]}});
                return qint64(changed ? 1 : 0);
            },
        .raw = [this] { return rawSave(m_values[m_next % 2], m_values[(m_next + 1) % 2].notes); },
        .rawName = u"save: BEGIN, UPDATE the row, INSERT the audit line, UPDATE the search index row, COMMIT "
                   u"(values the app computed, precomputed)"_s,
        .details = {{u"investor"_s, m_savedInvestor},
                    {u"field"_s, u"notes"_s},
                    {u"search_index"_s, !m_rawIndexDoc.isEmpty()}},
        .sameItems = true,
        .setUp = [this] { ++m_next; },
        .dataset = m_dataset.name,
        .target = kSaveTarget,
        .runs = kSaveRuns,
    };
    return operations;
}

} // namespace crm::bench
