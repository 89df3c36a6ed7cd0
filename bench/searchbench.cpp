#include "searchbench.h"

#include "domain/searchfields.h"
#include "domain/textfold.h"
#include "services/search.h"
#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitesearchindex.h"
#include "sqlite/tablespec.h"
#include "storage/database.h"
#include "storage/searchindex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

const QString kTyped = u"search: names as typed %1"_s;
const QString kNotes = u"search: notes %1"_s;

const Target kTypedTarget{Target::Statistic::P95, 16};
const Target kNotesTarget{Target::Statistic::P95, 50};

// A surname thousands of contacts share at M, and a company name built from common stems, typed
// a character at a time.
const QStringList kNames{u"Yamamoto"_s, u"日進太陽光発電"_s};
constexpr int kLongestPrefix = 6;
// Words from the generated notes' sentences: two Latin words, one rarer word, a Japanese phrase.
const QStringList kNoteQueries{u"budget approval"_s, u"seminar"_s, u"通関の所要日数"_s};

// Mirrors of storage/searchindex.cpp that the baseline needs to ask the same questions (the doc
// bands come from SearchIndex::docRange()); they change with search.cpp and searchindex.cpp, and
// must be kept in step with them.
constexpr int kNameCandidates = 200;
constexpr int kTextExtra = 20;
constexpr int kRecentTextWindow = 2000;
constexpr int kLimitPerKind = 10; // SearchQuery's default

// The lists a hit's record is read with (the matched field may be in one of them).
QList<QByteArray> childSql(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Delegate:
        return {"SELECT * FROM delegate_stay WHERE delegate_id = ?1 ORDER BY position",
                "SELECT * FROM delegate_position WHERE delegate_id = ?1 ORDER BY position"};
    case RecordKind::Mission:
        return {"SELECT * FROM mission_agenda_item WHERE mission_id = ?1 ORDER BY position"};
    case RecordKind::Meeting:
        return {"SELECT * FROM meeting_attendee WHERE meeting_id = ?1 ORDER BY position"};
    case RecordKind::Deal:
        return {"SELECT * FROM deal_stage_change WHERE deal_id = ?1 ORDER BY position"};
    default:
        return {};
    }
}

// A note's or a follow-up's row with the title columns of the record it is about.
QByteArray aboutSql(const QByteArray &table)
{
    return "SELECT t.*, i.name, i.name_latin, dl.family_name, dl.given_name, dl.latin_family_name, "
           "dl.latin_given_name, m.starts_at, m.time_zone, m.place, d.title, c.family_name, c.given_name, ms.title, "
           "a.name, a.acronym FROM " +
           table +
           " t LEFT JOIN investor i ON t.linked_kind = 'investor' AND i.id = t.linked_id "
           "LEFT JOIN delegate dl ON t.linked_kind = 'delegate' AND dl.id = t.linked_id "
           "LEFT JOIN meeting m ON t.linked_kind = 'meeting' AND m.id = t.linked_id "
           "LEFT JOIN deal d ON t.linked_kind = 'deal' AND d.id = t.linked_id "
           "LEFT JOIN contact c ON t.linked_kind = 'contact' AND c.id = t.linked_id "
           "LEFT JOIN mission ms ON t.linked_kind = 'mission' AND ms.id = t.linked_id "
           "LEFT JOIN agency a ON t.linked_kind = 'agency' AND a.id = t.linked_id WHERE t.id = ?1";
}

// One kind's statements of the baseline, made once.
struct RawKind
{
    QByteArray names; // ?1: the names MATCH expression
    QByteArray text;  // ?1: the text MATCH expression
    QByteArray newestDoc;
    QByteArray recentText; // ?1: a short word, in the newest records' text from doc ?2 on
    qint64 first = 0;      // the kind's first doc
    QByteArray record;     // ?1: a record id
    QList<QByteArray> children;
};

RawKind rawKind(RecordKind kind)
{
    const auto [firstDoc, lastDoc] = storage::SqliteSearchIndex::docRange(kind);
    const QByteArray first = QByteArray::number(firstDoc);
    const QByteArray last = QByteArray::number(lastDoc);
    const QByteArray table = storage::tableSpec(kind).table.toUtf8();
    const QByteArray textLimit = QByteArray::number(kLimitPerKind + kTextExtra);
    RawKind raw;
    raw.names = "SELECT d.record_id, f.rowid, f.names FROM search_names f JOIN search_doc d ON d.doc = f.rowid WHERE "
                "search_names MATCH ?1 AND f.rowid BETWEEN " +
                first + " AND " + last + " ORDER BY f.rowid DESC LIMIT " + QByteArray::number(kNameCandidates);
    raw.text = "SELECT d.record_id, f.rowid, f.body FROM search_body f JOIN search_doc d ON d.doc = f.rowid WHERE "
               "f.rowid BETWEEN " +
               first + " AND " + last + " AND search_body MATCH ?1 ORDER BY f.rowid DESC LIMIT " + textLimit;
    // As matchText(): the newest doc first, then the window below it as a number.
    raw.newestDoc = "SELECT max(doc) FROM search_doc WHERE doc BETWEEN " + first + " AND " + last;
    raw.recentText = "SELECT d.record_id, f.rowid, f.body FROM search_body f JOIN search_doc d ON d.doc = f.rowid "
                     "WHERE f.rowid BETWEEN CAST(?2 AS INTEGER) AND " +
                     last + " AND instr(f.body, ?1) > 0 ORDER BY f.rowid DESC LIMIT " + textLimit;
    raw.first = firstDoc;
    raw.record = kind == RecordKind::Note || kind == RecordKind::FollowUp ? aboutSql(table)
                                                                          : "SELECT * FROM " + table + " WHERE id = ?1";
    raw.children = childSql(kind);
    return raw;
}

// What was typed, as the index is asked: the names and the text MATCH expressions of
// searchindex.cpp for one word without punctuation (what these operations type), or the word
// itself when it is too short for a trigram.
struct RawTerms
{
    QByteArray names;
    QByteArray text; // empty: only short words
    QByteArray shortWord;
};

RawTerms rawTerms(const QString &typed)
{
    RawTerms terms;
    QStringList names;
    QStringList texts;
    for (const QString &word : foldForSearch(typed).split(u' ', Qt::SkipEmptyParts)) {
        const bool longWord = word.toUcs4().size() >= 3;
        names << u'"' + (longWord ? word : u"\x02\x02"_s + word) + u'"';
        if (longWord) {
            texts << u'"' + word + u'"';
        } else {
            terms.shortWord = word.toUtf8();
        }
    }
    terms.names = names.join(u" AND "_s).toUtf8();
    terms.text = texts.join(u" AND "_s).toUtf8();
    return terms;
}

QString quotedName(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

SearchBench::SearchBench(const ScaleDataset &dataset)
    : m_dataset(dataset), m_db(SqliteDatabase::open(dataset.path, Database::OpenMode::MustExist)), m_raw(dataset.path)
{}

SearchBench::~SearchBench() = default;

bool SearchBench::available(const ScaleDataset &dataset)
{
    return !RawSqlite(dataset.path).column("SELECT name FROM sqlite_master WHERE name = 'search_doc'").isEmpty();
}

QStringList SearchBench::operationNames()
{
    QStringList names;
    for (const QString &name : kNames) {
        for (int length = 1; length <= kLongestPrefix; ++length) {
            names << kTyped.arg(quotedName(name.left(length)));
        }
    }
    for (const QString &query : kNoteQueries) {
        names << kNotes.arg(quotedName(query));
    }
    return names;
}

QList<Operation> SearchBench::operations()
{
    QList<std::pair<RecordKind, RawKind>> kinds;
    for (RecordKind kind : searchableKinds()) {
        kinds.append({kind, rawKind(kind)});
    }
    // The app's search per kind: up to 200 name candidates; the text only when fewer than the
    // limit; then the records of the best hits.
    const auto raw = [this, kinds](const RawTerms &terms, const QList<RecordKind> &only) {
        quint64 checksum = 0;
        qint64 hits = 0;
        for (const auto &[kind, sql] : kinds) {
            if (!only.isEmpty() && !only.contains(kind)) {
                continue;
            }
            QList<QByteArray> ids;
            m_raw.readAll(sql.names.constData(), {terms.names}, checksum, &ids);
            if (ids.size() < kLimitPerKind) {
                if (!terms.text.isEmpty()) {
                    m_raw.readAll(sql.text.constData(), {terms.text}, checksum, &ids);
                } else if (const QByteArray newest = m_raw.column(sql.newestDoc.constData()).value(0);
                           !newest.isEmpty()) {
                    const qint64 from = std::max(sql.first, newest.toLongLong() - kRecentTextWindow + 1);
                    m_raw.readAll(sql.recentText.constData(), {terms.shortWord, QByteArray::number(from)}, checksum,
                                  &ids);
                }
            }
            for (qsizetype i = 0; i < ids.size() && i < kLimitPerKind; ++i) {
                hits += m_raw.readAll(sql.record.constData(), {ids[i]}, checksum);
                for (const QByteArray &child : sql.children) {
                    m_raw.readAll(child.constData(), {ids[i]}, checksum);
                }
            }
        }
        return hits;
    };

    QList<Operation> operations;
    for (const QString &name : kNames) {
        for (int length = 1; length <= kLongestPrefix; ++length) {
            const QString typed = name.left(length);
            const RawTerms terms = rawTerms(typed);
            operations << Operation{
                .name = kTyped.arg(quotedName(typed)),
                .app =
                    [this, typed] {
                        return qint64(Search(*m_db).search({typed, {}, kLimitPerKind}).size());
                    },
                .raw = [raw, terms] { return raw(terms, {}); },
                .rawName = u"search: searchindex.cpp's FTS5 queries per kind, then the records of up to 10 hits "
                           u"of each"_s,
                .details = {{u"typed"_s, typed}, {u"kinds"_s, u"all"_s}, {u"limit_per_kind"_s, kLimitPerKind}},
                .dataset = m_dataset.name,
                .target = kTypedTarget,
            };
        }
    }
    for (const QString &query : kNoteQueries) {
        const RawTerms terms = rawTerms(query);
        operations << Operation{
            .name = kNotes.arg(quotedName(query)),
            .app =
                [this, query] {
                    return qint64(Search(*m_db).search({query, {RecordKind::Note}, kLimitPerKind}).size());
                },
            .raw = [raw, terms] { return raw(terms, {RecordKind::Note}); },
            .rawName = u"search: searchindex.cpp's FTS5 queries per kind, then the records of up to 10 hits "
                       u"of each"_s,
            .details = {{u"query"_s, query}, {u"kinds"_s, u"note"_s}, {u"limit_per_kind"_s, kLimitPerKind}},
            .dataset = m_dataset.name,
            .target = kNotesTarget,
        };
    }
    return operations;
}

} // namespace crm::bench
