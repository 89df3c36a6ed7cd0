#pragma once

#include "domain/recordkind.h"

#include <QList>
#include <QString>
#include <optional>

namespace crm {

class Database;

// What someone typed into the search box, and where to look.
struct SearchQuery
{
    QString text;
    QList<RecordKind> kinds; // empty: every kind search covers (searchableKinds())
    int limitPerKind = 10;
};

// One record found.
struct SearchHit
{
    RecordKind kind = RecordKind::Investor;
    QString id;
    QString title;   // the record's title as lists show it
    QString field;   // the record's field that matched ("name_latin", "body", "attendees")
    QString matched; // that field's text as written, shortened around the match when it is long
    double rank = 0; // lower is better: the whole part is the tier (see Search), the rest orders within it
    // Notes and follow-ups: the record they are about, which the UI opens with them.
    std::optional<RecordKind> ownerKind;
    QString ownerId;
    QString ownerTitle;
};

// Instant search across every kind of record (issue 7), over the index of storage/searchindex.h:
// case, accents, full and half width, hiragana and katakana and company legal forms do not
// matter, and any part of a name or text of three characters or more finds it, Japanese and
// Arabic included. Every word typed must match; words without a letter or digit are ignored.
// Words of one or two characters (too short for the index's trigrams) match names where a word
// starts with them; two characters also match the text of the newest 2,000 records of each kind.
// A search of single characters looks at names only.
//
// Hits come grouped by kind, at most limitPerKind each, the group with the best hit first. Within
// a kind, names before other text, in tiers: 0 a name is the query, 1 a name starts with it,
// 2 each word starts a word of a name, 3 the words are elsewhere in the names, 4 the text holds
// the query as typed, 5 the text holds the words. Shorter names rank first within a tier, newer
// records first within text tiers. Records in the Trash, and notes and follow-ups about them,
// are never found.
class Search final
{
public:
    explicit Search(Database &db) : m_db(db) {}

    QList<SearchHit> search(const SearchQuery &query) const;

private:
    Database &m_db;
};

} // namespace crm
