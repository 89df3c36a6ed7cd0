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

// The full-text index behind search: one row per live record of a searchable kind in
// search_doc, its names in the FTS5 table search_names and its other text in search_body, both
// with the trigram tokenizer so that any three characters find a record, in any script and
// without word boundaries. Folding happens before the text reaches SQLite, so SQLite never
// needs to know about kana or legal forms.
//
// Each kind owns a band of row numbers (doc), so that a query for one kind is a rowid range of
// the FTS tables, which FTS5 walks without looking at other kinds' rows.
//
// Writers call put() and remove() inside the transaction of the change they index.
class SearchIndex
{
public:
    virtual ~SearchIndex() = default;

    // Indexes a live record from its storage form with its lists, replacing what was there.
    virtual void put(RecordKind kind, const QString &id, const QVariantMap &stored) = 0;
    // Re-indexes a live record the index holds as before (storage form, lists included): nothing
    // when no searched text changed (most edits: a date, a stage, a level), else only the half
    // (names, other text) that changed.
    virtual void replace(RecordKind kind, const QString &id, const QVariantMap &before, const QVariantMap &after) = 0;
    // The same for records known not to be in the index yet (the migration filling it): no look
    // for an entry to replace, and doc numbers counted here rather than asked for each record.
    virtual void append(RecordKind kind, const QString &id, const QVariantMap &stored) = 0;
    // Takes a record out of the index (to the Trash, purged); nothing happens when it is not there.
    virtual void remove(RecordKind kind, const QString &id) = 0;
    // Merges the index into one segment per table after writing many records at once (a
    // migration, a generated dataset): a term is then found with one lookup instead of one per
    // segment, measured ten times faster at scale 100,000 (0.3 ms instead of 2.7 ms a query).
    virtual void optimize() = 0;

    // Live records of the kind with every word in their names, newest first, at most cap. A word
    // of one or two characters matches the start of a word of a name (trigrams need three).
    virtual QList<SearchCandidate> matchNames(RecordKind kind, const QStringList &words, int cap) const = 0;
    // The same over the records' other text. Words of three characters and more are looked up in
    // the index; shorter ones must also appear. With only short words, the text of the newest
    // recentWindow records of the kind is scanned instead, since no index serves them.
    virtual QList<SearchCandidate> matchText(RecordKind kind, const QStringList &words, int cap,
                                             int recentWindow) const = 0;

protected:
    SearchIndex() = default;
};

} // namespace crm::storage
