#include "migrations.h"

#include "domain/recordcodec.h"
#include "domain/recordid.h"
#include "domain/referencedata.h"
#include "domain/searchfields.h"
#include "rowcodec.h"
#include "sqlitesearchindex.h"
#include "sqlstatement.h"
#include "tablespec.h"

#include <QFile>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace crm::storage {
namespace {

void runResourceScript(const QSqlDatabase &db, const QString &name)
{
    QFile file(u":/crm/migrations/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("Migration %s is missing from the build", qPrintable(name));
    }
    execScript(db, QString::fromUtf8(file.readAll()));
}

void initialSchema(const QSqlDatabase &db)
{
    runResourceScript(db, u"0001_initial.sql"_s);
    execScript(db, u"PRAGMA application_id = "_s + QString::number(kApplicationId));
    SqlStatement(db, u"INSERT INTO database_info(key, value) VALUES ('replica_id', ?)"_s).bind(newRecordId()).exec();
}

void referenceData(const QSqlDatabase &db)
{
    SqlStatement country(db, u"INSERT INTO country(code, name) VALUES (?, ?)"_s);
    for (const Country &c : reference::countries()) {
        country.bind({c.code, c.name}).exec();
    }
    SqlStatement currency(db, u"INSERT INTO currency(code, name, minor_units) VALUES (?, ?, ?)"_s);
    for (const Currency &c : reference::currencies()) {
        currency.bind({c.code, c.name, c.minorUnits}).exec();
    }
    SqlStatement sector(db, u"INSERT INTO sector(code, name) VALUES (?, ?)"_s);
    for (const Sector &s : reference::sectors()) {
        sector.bind({s.code, s.name}).exec();
    }
}

void indexes(const QSqlDatabase &db)
{
    runResourceScript(db, u"0003_indexes.sql"_s);
}

// The kind's table spec without the columns a later migration adds: a step reading rows while
// upgrading an old file must not select columns its schema does not have yet.
TableSpec specAsFoundIn(const QSqlDatabase &db, RecordKind kind)
{
    TableSpec spec = tableSpec(kind);
    SqlStatement info(db, u"SELECT name FROM pragma_table_info(?)"_s);
    info.bind(spec.table).exec();
    QStringList present;
    while (info.next()) {
        present << info.value(0).toString();
    }
    spec.columns.removeIf([&present](const Column &c) { return !present.contains(c.name); });
    for (ChildTable &child : spec.children) {
        info.bind(child.table).exec();
        QStringList childPresent;
        while (info.next()) {
            childPresent << info.value(0).toString();
        }
        child.columns.removeIf([&childPresent](const Column &c) { return !childPresent.contains(c.name); });
    }
    return spec;
}

// Folds every record's sort key and list filter text again from its row, as the file has it at
// this step (later columns are still empty then anyway).
void refoldListKeys(const QSqlDatabase &db, RecordKind kind, const TableSpec &spec)
{
    SqlStatement rows(db, u"SELECT "_s + selectList(spec) + u" FROM "_s + spec.table);
    rows.exec();
    SqlStatement update(db, u"UPDATE "_s + spec.table + u" SET sort_key = ?, search_text = ? WHERE id = ?"_s);
    while (rows.next()) {
        const QVariantMap stored = readRecordRow(rows, spec);
        update.bind({codecFor(kind).sortKey(stored), codecFor(kind).searchText(stored), stored.value(u"id"_s)}).exec();
    }
}

// Schema 4: folded sort keys and a folded search text per record, so lists sort by kana reading
// and filter "ヤザキ" / "yazaki" / "ＹＡＺＡＫＩ" alike in SQL. Existing rows are filled in here,
// read with the columns the file has at this step (later columns are still empty then anyway).
void foldedListKeys(const QSqlDatabase &db)
{
    for (RecordKind kind : allRecordKinds()) {
        const TableSpec spec = specAsFoundIn(db, kind);
        execScript(db, u"ALTER TABLE "_s + spec.table + u" ADD COLUMN search_text TEXT"_s);
        refoldListKeys(db, kind, spec);
    }
}

void personIndexes(const QSqlDatabase &db)
{
    runResourceScript(db, u"0005_person_indexes.sql"_s);
}

void exchangeRates(const QSqlDatabase &db)
{
    runResourceScript(db, u"0006_exchange_rate.sql"_s);
}

void meetingHeldIndex(const QSqlDatabase &db)
{
    runResourceScript(db, u"0007_meeting_held_index.sql"_s);
}

void briefingFields(const QSqlDatabase &db)
{
    runResourceScript(db, u"0008_briefing_fields.sql"_s);
}

// One list of every record of a kind (a meeting's attendees), read in (record, position) order
// alongside the records read in id order: one pass over the list's table instead of one query
// per record, which at scale 100,000 is a million queries for the meetings alone. Ids are
// canonical UUIDs (ASCII), so SQLite's order and QString's agree.
class ChildCursor final
{
public:
    ChildCursor(const QSqlDatabase &db, const ChildTable &child) : m_child(child), m_rows(db, selectAll(child))
    {
        m_rows.exec();
        m_more = m_rows.next();
    }

    QVariantList elementsOf(const QString &recordId)
    {
        QVariantList elements;
        for (; m_more; m_more = m_rows.next()) {
            const QString parent = m_rows.value(0).toString();
            if (parent > recordId) {
                break;
            }
            if (parent == recordId) {
                QVariantMap element{{u"id"_s, m_rows.value(1).toString()}};
                int index = 2;
                for (const Column &c : m_child.columns) {
                    element.insert(c.name, fromSql(c.type, m_rows.value(index++)));
                }
                elements << element;
            }
        }
        return elements;
    }

private:
    static QString selectAll(const ChildTable &child)
    {
        QStringList names{child.parentColumn, u"id"_s};
        for (const Column &c : child.columns) {
            names << c.name;
        }
        return u"SELECT "_s + names.join(u", "_s) + u" FROM "_s + child.table + u" ORDER BY "_s + child.parentColumn +
               u", position"_s;
    }

    const ChildTable &m_child;
    SqlStatement m_rows;
    bool m_more = false;
};

// Fills the empty search index with every live record with its lists, read with the columns the
// file has at this step.
void fillSearchIndex(const QSqlDatabase &db)
{
    SqliteSearchIndex index(db.connectionName());
    for (RecordKind kind : searchableKinds()) {
        const TableSpec spec = specAsFoundIn(db, kind);
        std::vector<std::unique_ptr<ChildCursor>> children;
        for (const ChildTable &child : spec.children) {
            children.push_back(std::make_unique<ChildCursor>(db, child));
        }
        SqlStatement rows(db, u"SELECT "_s + selectList(spec) + u" FROM "_s + spec.table +
                                  u" WHERE deleted_at IS NULL ORDER BY id"_s);
        rows.exec();
        while (rows.next()) {
            QVariantMap stored = readRecordRow(rows, spec);
            const QString id = stored.value(u"id"_s).toString();
            for (qsizetype i = 0; i < spec.children.size(); ++i) {
                stored.insert(spec.children[i].field, children[i]->elementsOf(id));
            }
            index.append(kind, id, stored);
        }
    }
    index.optimize();
}

// Schema 9: the full-text search index (0009_search_index.sql), filled with every live record. A
// later change to what is indexed or how it is folded needs a step that empties the three tables
// and fills them again (schema 11).
void searchIndex(const QSqlDatabase &db)
{
    runResourceScript(db, u"0009_search_index.sql"_s);
    fillSearchIndex(db);
}

// Schema 10: offline sync (0010_sync.sql). Every file gets the id its replicas will share and a
// name for this replica; sync starts when the first mission laptop is prepared from it.
void syncTables(const QSqlDatabase &db)
{
    runResourceScript(db, u"0010_sync.sql"_s);
    SqlStatement info(db, u"INSERT INTO database_info(key, value) VALUES (?, ?)"_s);
    info.bind({u"database_id"_s, newRecordId()}).exec();
    info.bind({u"replica_name"_s, u"Office"_s}).exec();
}

// Schema 11: foldText() folds variant kanji (山﨑 髙志 as 山崎 高志). What earlier versions folded
// and stored is folded again: every record's sort key and list filter text (the Trash's too), and
// the search index, emptied and filled anew. These are derived columns: sync does not carry them.
void refoldVariantKanji(const QSqlDatabase &db)
{
    for (RecordKind kind : allRecordKinds()) {
        refoldListKeys(db, kind, specAsFoundIn(db, kind));
    }
    execScript(db, u"DELETE FROM search_names; DELETE FROM search_body; DELETE FROM search_doc"_s);
    fillSearchIndex(db);
}
// Schema 12: signed sync packages (issue 16). Each peer's Ed25519 public key, base64; this replica's
// own key pair is made when it first prepares a laptop or exports, and kept in database_info. Peers
// prepared before this step have no key until they are prepared again or their key is entered
// (`sync trust`): their packages are refused until then, with that advice.
void syncPeerKeys(const QSqlDatabase &db)
{
    execScript(db, u"ALTER TABLE sync_peer ADD COLUMN public_key TEXT"_s);
}

// Schema 13: import batches (0013_import_batch.sql), so that an import can be listed and reverted.
void importBatches(const QSqlDatabase &db)
{
    runResourceScript(db, u"0013_import_batch.sql"_s);
}

// Schema 14: where merged-away records went (0014_record_merge.sql), for a survivor's history and
// the undo of a merge; and the indexes that find an officer's follow-ups and notes.
void recordMerges(const QSqlDatabase &db)
{
    runResourceScript(db, u"0014_record_merge.sql"_s);
}
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list{{1, &initialSchema},    {2, &referenceData},       {3, &indexes},
                                       {4, &foldedListKeys},   {5, &personIndexes},       {6, &exchangeRates},
                                       {7, &meetingHeldIndex}, {8, &briefingFields},      {9, &searchIndex},
                                       {10, &syncTables},      {11, &refoldVariantKanji}, {12, &syncPeerKeys},
                                       {13, &importBatches},   {14, &recordMerges}};
    return list;
}

} // namespace crm::storage
