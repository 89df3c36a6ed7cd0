#pragma once

#include "storage/searchindex.h"

namespace crm::storage {

// SearchIndex on SQLite's FTS5 (trigram tokenizer): search_doc, search_names and search_body.
class SqliteSearchIndex final : public SearchIndex
{
public:
    explicit SqliteSearchIndex(QString connectionName);

    void put(RecordKind kind, const QString &id, const QVariantMap &stored) override;
    void replace(RecordKind kind, const QString &id, const QVariantMap &before, const QVariantMap &after) override;
    void append(RecordKind kind, const QString &id, const QVariantMap &stored) override;
    void remove(RecordKind kind, const QString &id) override;
    void optimize() override;

    QList<SearchCandidate> matchNames(RecordKind kind, const QStringList &words, int cap) const override;
    QList<SearchCandidate> matchText(RecordKind kind, const QStringList &words, int cap,
                                     int recentWindow) const override;

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
    SqliteSearchIndex m_index;
};

} // namespace crm::storage
