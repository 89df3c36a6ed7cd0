#pragma once

#include "changeevent.h"
#include "domain/recordkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>
#include <utility>

namespace crm {
struct SearchField;
}

namespace crm::storage {

// A record that matched, as the index holds it: its texts folded (foldForSearch() for names,
// foldText() for the rest), in the order of searchFields().
struct SearchCandidate
{
    qint64 doc = 0; // the index's row; larger is more recently indexed
    QString recordId;
    QStringList texts;
};

// The full-text index behind search (schema 9): one row per live record of a searchable kind in
// search_doc, its names in the FTS5 table search_names and its other text in search_body, both
// with the trigram tokenizer so that any three characters find a record, in any script and
// without word boundaries. Folding happens before the text reaches SQLite, so SQLite never
// needs to know about kana or legal forms.
//
// Each kind owns a band of row numbers (doc), so that a query for one kind is a rowid range of
// the FTS tables, which FTS5 walks without looking at other kinds' rows.
//
// Writers call put() and remove() inside the transaction of the change they index.
class SearchIndex final
{
public:
    explicit SearchIndex(QString connectionName);

    // Indexes a live record from its storage form with its lists, replacing what was there.
    void put(RecordKind kind, const QString &id, const QVariantMap &stored);
    // Re-indexes a live record the index holds as before (storage form, lists included): nothing
    // when no searched text changed (most edits: a date, a stage, a level), else only the half
    // (names, other text) that changed.
    void replace(RecordKind kind, const QString &id, const QVariantMap &before, const QVariantMap &after);
    // The same for records known not to be in the index yet (the migration filling it): no look
    // for an entry to replace, and doc numbers counted here rather than asked for each record.
    void append(RecordKind kind, const QString &id, const QVariantMap &stored);
    // Takes a record out of the index (to the Trash, purged); nothing happens when it is not there.
    void remove(RecordKind kind, const QString &id);
    // Merges the index into one segment per table after writing many records at once (a
    // migration, a generated dataset): a term is then found with one lookup instead of one per
    // segment, measured ten times faster at scale 100,000 (0.3 ms instead of 2.7 ms a query).
    void optimize();

    // Live records of the kind with every word in their names, newest first, at most cap. A word
    // of one or two characters matches the start of a word of a name (trigrams need three).
    QList<SearchCandidate> matchNames(RecordKind kind, const QStringList &words, int cap) const;
    // The same over the records' other text. Words of three characters and more are looked up in
    // the index; shorter ones must also appear. With only short words, the text of the newest
    // recentWindow records of the kind is scanned instead, since no index serves them.
    QList<SearchCandidate> matchText(RecordKind kind, const QStringList &words, int cap, int recentWindow) const;

    // The index rows (doc numbers) a kind owns, first and last: each kind has its own band, part of
    // the file format. Empty (0, -1) for a kind search does not cover.
    static std::pair<qint64, qint64> docRange(RecordKind kind);

    // For a list's quick filter: the SQL condition, on a record table aliased t, that holds for the
    // live records of the kind with word in their names or other text, looked up in the index, and
    // the values to bind to it. word is one word as typed. nullopt when the index cannot serve it,
    // and the caller scans instead: a kind search does not cover, a word under three characters
    // (trigrams need three), a word that is all legal form (株式会社, which names are indexed without).
    static std::optional<std::pair<QString, QList<QVariant>>> filterCondition(RecordKind kind, const QString &word);

private:
    // A record's texts as the FTS tables hold them.
    struct Entry
    {
        QString names;
        QString body;
    };
    static Entry encode(RecordKind kind, const QVariantMap &stored);
    // Only the halves asked for; the other is left empty.
    static Entry encode(const QList<SearchField> &fields, bool withNames, bool withBody);
    qint64 docOf(RecordKind kind, const QString &id) const;
    void add(RecordKind kind, const QString &id, qint64 doc, const Entry &entry);
    void write(qint64 doc, const Entry &entry);
    // Replaces the text of doc in search_<column> (names or body); empty text: no row.
    void rewrite(const QString &column, qint64 doc, const QString &text);

    QString m_connection;
    RecordKind m_appendKind = RecordKind::Officer; // never searchable: the first append() starts a band
    qint64 m_nextDoc = 0;
};

// Keeps the index in step with every change (Database subscribes it after the audit log): live
// records in, records in the Trash and purged ones out.
class SearchIndexSubscriber final : public ChangeSubscriber
{
public:
    explicit SearchIndexSubscriber(QString connectionName) : m_index(std::move(connectionName)) {}
    void onChange(const ChangeEvent &event) override;

private:
    SearchIndex m_index;
};

} // namespace crm::storage
