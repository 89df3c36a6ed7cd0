#include "search.h"

#include "domain/recordcodec.h"
#include "domain/searchfields.h"
#include "domain/textfold.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/searchindex.h"

#include <QSet>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace crm {
namespace {

// How many of a kind's name matches are ranked (the newest; more only for a larger limit), and
// how many records' text a search of one- or two-character words reads per kind.
constexpr int kNameCandidates = 200;
constexpr int kRecentTextWindow = 2000;
// Snippets of long text: this many characters around the match.
constexpr qsizetype kSnippetBefore = 30;
constexpr qsizetype kSnippetLength = 90;

enum Tier
{
    NameIsQuery = 0,
    NameStartsWithQuery = 1,
    WordsStartNameWords = 2,
    WordsInNames = 3,
    TextHasQuery = 4,
    TextHasWords = 5,
    NoMatch = 100
};

// What was typed, folded the two ways the index holds text.
struct Terms
{
    QString query;     // foldForSearch(): names
    QStringList words; // its words; each must match
    QString phrase;    // foldText(): the query as typed, in text
    bool searchText = true;
};

bool startsWord(const QString &text, qsizetype at)
{
    return at == 0 || !text[at - 1].isLetterOrNumber();
}

bool containsAtWordStart(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (startsWord(text, at)) {
            return true;
        }
    }
    return false;
}

// Short words match names only at a word start (see SearchIndex::matchNames).
bool nameHasWord(const QString &name, const QString &word)
{
    return word.toUcs4().size() < 3 ? containsAtWordStart(name, word) : name.contains(word);
}

int nameTier(const QString &name, const Terms &terms)
{
    if (name == terms.query) {
        return NameIsQuery;
    }
    if (name.startsWith(terms.query)) {
        return NameStartsWithQuery;
    }
    if (std::all_of(terms.words.cbegin(), terms.words.cend(),
                    [&name](const QString &w) { return containsAtWordStart(name, w); })) {
        return WordsStartNameWords;
    }
    return WordsInNames;
}

// Rank of a record found by its names: the best tier among its names, shorter names first.
double namesRank(const QStringList &names, const Terms &terms)
{
    double best = NoMatch;
    for (const QString &name : names) {
        const bool hasAll = std::all_of(terms.words.cbegin(), terms.words.cend(),
                                        [&name](const QString &w) { return nameHasWord(name, w); });
        const int tier = hasAll ? nameTier(name, terms) : WordsInNames;
        best = std::min(best, tier + double(name.size()) / double(name.size() + 40));
    }
    return best;
}

int textTier(const QStringList &texts, const Terms &terms)
{
    const bool whole = std::any_of(texts.cbegin(), texts.cend(),
                                   [&terms](const QString &text) { return text.contains(terms.phrase); });
    return whole ? TextHasQuery : TextHasWords;
}

struct Ranked
{
    qint64 doc;
    QString recordId;
    double rank;
};

// The field a hit shows: the one holding most words, a name for a name match, the query as typed.
QString shown(const QString &text, const QStringList &words)
{
    const QString line = text.simplified();
    if (line.size() <= kSnippetLength) {
        return line;
    }
    qsizetype at = 0;
    for (const QString &word : words) {
        if (const auto found = findFolded(line, word)) {
            at = found->first;
            break;
        }
    }
    qsizetype start = std::max<qsizetype>(0, at - kSnippetBefore);
    while (start > 0 && start < at && !line[start - 1].isSpace() && at - start < kSnippetBefore + 10) {
        --start; // back to the start of a word when one is near
    }
    const qsizetype end = std::min(line.size(), start + kSnippetLength);
    return (start > 0 ? u"\u2026"_s : QString()) + line.mid(start, end - start).trimmed() +
           (end < line.size() ? u"\u2026"_s : QString());
}

std::pair<QString, QString> matchedField(RecordKind kind, const QVariantMap &stored, const Terms &terms, bool byName)
{
    int bestScore = std::numeric_limits<int>::max();
    const SearchField *best = nullptr;
    const QList<SearchField> fields = searchFields(kind, stored);
    for (const SearchField &field : fields) {
        const QString folded = field.name ? foldForSearch(field.text) : foldText(field.text);
        const auto found = std::count_if(terms.words.cbegin(), terms.words.cend(), [&](const QString &w) {
            return field.name ? nameHasWord(folded, w) : folded.contains(w);
        });
        if (found == 0) {
            continue;
        }
        const int tier = field.name ? nameTier(folded, terms) : (folded.contains(terms.phrase) ? 0 : 1);
        const int score = int(terms.words.size() - found) * 10 + (field.name == byName ? 0 : 100) + tier;
        if (score < bestScore) {
            bestScore = score;
            best = &field;
        }
    }
    if (!best) {
        return {};
    }
    return {best->field, shown(best->text, terms.words)};
}

// A kind's candidates, best first: name matches ranked by tier, then (when they are fewer than
// the limit) text matches.
QList<Ranked> rankedCandidates(const storage::SearchIndex &index, RecordKind kind, const Terms &terms, int limit,
                               qsizetype *byName)
{
    QList<Ranked> ranked;
    QSet<qint64> seen;
    for (const storage::SearchCandidate &c : index.matchNames(kind, terms.words, std::max(kNameCandidates, limit))) {
        ranked.append({c.doc, c.recordId, namesRank(c.texts, terms)});
        seen.insert(c.doc);
    }
    const auto better = [](const Ranked &a, const Ranked &b) { return a.rank < b.rank; };
    std::stable_sort(ranked.begin(), ranked.end(), better);
    *byName = ranked.size();
    if (ranked.size() >= limit || !terms.searchText) {
        return ranked;
    }
    const QList<storage::SearchCandidate> inText = index.matchText(kind, terms.words, limit + 20, kRecentTextWindow);
    QList<Ranked> textRanked;
    for (qsizetype i = 0; i < inText.size(); ++i) {
        if (!seen.contains(inText[i].doc)) {
            const double recency = double(i) / double(inText.size() + 1); // newest first
            textRanked.append({inText[i].doc, inText[i].recordId, textTier(inText[i].texts, terms) + recency});
        }
    }
    std::stable_sort(textRanked.begin(), textRanked.end(), better);
    return ranked + textRanked;
}

// The hit for a candidate, read from the record itself; none for a note or follow-up about a
// record in the Trash.
std::optional<SearchHit> hitFor(const RecordStore &store, RecordKind kind, const Ranked &candidate, const Terms &terms,
                                bool byName)
{
    const std::optional<QVariantMap> stored = store.find(kind, candidate.recordId, MapFormat::Storage);
    if (!stored || stored->contains(u"deleted_at"_s)) {
        return std::nullopt; // the index holds live records only; checked here all the same
    }
    SearchHit hit;
    hit.kind = kind;
    hit.id = candidate.recordId;
    hit.title = codecFor(kind).title(*stored);
    hit.rank = candidate.rank;
    std::tie(hit.field, hit.matched) = matchedField(kind, *stored, terms, byName);
    const std::optional<RecordKind> owner = kindFromName(stored->value(u"linked_kind"_s).toString());
    const QString ownerId = stored->value(u"linked_id"_s).toString();
    if (owner && !ownerId.isEmpty()) {
        const std::optional<QVariantMap> about = store.find(*owner, ownerId, MapFormat::Storage);
        if (!about || about->contains(u"deleted_at"_s)) {
            return std::nullopt; // goes to the Trash and comes back with the record it is about
        }
        hit.ownerKind = owner;
        hit.ownerId = ownerId;
        hit.ownerTitle = codecFor(*owner).title(*about);
    }
    return hit;
}

} // namespace

QList<SearchHit> Search::search(const SearchQuery &query) const
{
    Terms terms;
    terms.query = foldForSearch(query.text);
    // A word without a letter or digit ("-", a lone quote) would match punctuation anywhere.
    for (const QString &word : terms.query.split(u' ', Qt::SkipEmptyParts)) {
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
            terms.words << word;
        }
    }
    terms.phrase = foldText(query.text);
    // One letter is in most texts: such a search looks at names only.
    terms.searchText =
        std::any_of(terms.words.cbegin(), terms.words.cend(), [](const QString &w) { return w.toUcs4().size() > 1; });
    if (terms.words.isEmpty() || query.limitPerKind <= 0) {
        return {};
    }
    const storage::SearchIndex &index = m_db.search();
    const RecordStore &store = m_db.records();

    QList<QList<SearchHit>> groups;
    for (RecordKind kind : searchableKinds()) {
        if (!query.kinds.isEmpty() && !query.kinds.contains(kind)) {
            continue;
        }
        qsizetype byName = 0;
        const QList<Ranked> ranked = rankedCandidates(index, kind, terms, query.limitPerKind, &byName);
        QList<SearchHit> hits;
        for (qsizetype i = 0; i < ranked.size() && hits.size() < query.limitPerKind; ++i) {
            if (std::optional<SearchHit> hit = hitFor(store, kind, ranked[i], terms, i < byName)) {
                hits.append(std::move(*hit));
            }
        }
        if (!hits.isEmpty()) {
            groups.append(hits);
        }
    }
    std::stable_sort(groups.begin(), groups.end(), [](const QList<SearchHit> &a, const QList<SearchHit> &b) {
        return a.constFirst().rank < b.constFirst().rank;
    });
    QList<SearchHit> hits;
    for (const QList<SearchHit> &group : std::as_const(groups)) {
        hits += group;
    }
    return hits;
}

} // namespace crm
