#include "sqlitesearchindex.h"

#include "domain/searchfields.h"
#include "domain/textfold.h"
#include "sqlstatement.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::storage {
namespace {

// Each kind's band of doc numbers. The numbers are part of the file format: never renumber a kind.
qint64 bandOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Agency:
        return 1;
    case RecordKind::Delegate:
        return 2;
    case RecordKind::Investor:
        return 3;
    case RecordKind::Contact:
        return 4;
    case RecordKind::Mission:
        return 5;
    case RecordKind::Meeting:
        return 6;
    case RecordKind::Deal:
        return 7;
    case RecordKind::FollowUp:
        return 8;
    case RecordKind::Note:
        return 9;
    case RecordKind::Officer:
        break;
    }
    return 0;
}

constexpr qint64 kBandWidth = qint64(1) << 40;

std::pair<qint64, qint64> bandRange(RecordKind kind)
{
    const qint64 band = bandOf(kind);
    if (band == 0) {
        return {0, -1};
    }
    const qint64 first = band * kBandWidth;
    return {first, first + kBandWidth - 1};
}

// Two of these stand before every word of a name in search_names, so that the trigram "\2\2y"
// means "a word starting with y" and "\2ya" "a word starting with ya": one- and two-character
// searches are index lookups too. A control character never occurs in folded text (clean()).
const QChar kWordMark(u'\x02');
const QString kWordMarks = QString(2, kWordMark);
// Between the texts of one record. Never inside a folded text (foldText() simplifies whitespace).
const QChar kSeparator(u'\n');

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// The code points of text, with surrogate pairs taken together.
QList<char32_t> codePoints(const QString &text)
{
    const QList<uint> ucs4 = text.toUcs4();
    return {ucs4.cbegin(), ucs4.cend()};
}

// Folded text without control characters: they mean something in the index (kWordMark, kSeparator).
QString clean(const QString &folded)
{
    QString text;
    text.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.category() != QChar::Other_Control) {
            text.append(c);
        }
    }
    return text.trimmed();
}

// Puts kWordMarks before the words of text: before every word that follows a character that is
// not a letter, digit or mark, and before the first one too when markFirst.
QString markWords(const QString &text, bool markFirst)
{
    QString marked;
    marked.reserve(text.size() + 8);
    bool previousIsWord = !markFirst;
    for (const char32_t c : codePoints(text)) {
        const bool word = isWordChar(c);
        if (word && !previousIsWord) {
            marked.append(kWordMarks);
        }
        marked.append(QString::fromUcs4(&c, 1));
        previousIsWord = word;
    }
    return marked;
}

// An FTS5 string: whatever it holds (quotes, *, AND, NEAR, parentheses, ^, :) is text to find.
QString quoted(const QString &text)
{
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

QStringList splitTexts(const QString &joined)
{
    QStringList texts = joined.split(kSeparator, Qt::SkipEmptyParts);
    for (QString &text : texts) {
        text.remove(kWordMark);
    }
    return texts;
}

QList<SearchCandidate> readCandidates(SqlStatement &q)
{
    QList<SearchCandidate> candidates;
    while (q.next()) {
        candidates.append({q.value(0).toLongLong(), q.value(1).toString(), splitTexts(q.value(2).toString())});
    }
    return candidates;
}

QSqlDatabase connection(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

} // namespace

SqliteSearchIndex::Entry SqliteSearchIndex::encode(RecordKind kind, const QVariantMap &stored)
{
    return encode(searchFields(kind, stored), true, true);
}

SqliteSearchIndex::Entry SqliteSearchIndex::encode(const QList<SearchField> &fields, bool withNames, bool withBody)
{
    QStringList names;
    QStringList texts;
    for (const SearchField &field : fields) {
        if (field.name ? !withNames : !withBody) {
            continue;
        }
        const QString folded = clean(field.name ? foldForSearch(field.text) : foldText(field.text));
        if (folded.isEmpty()) {
            continue;
        }
        if (field.name) {
            names << markWords(folded, true);
        } else {
            texts << folded;
        }
    }
    return {names.join(kSeparator), texts.join(kSeparator)};
}

SqliteSearchIndex::SqliteSearchIndex(QString connectionName) : m_connection(std::move(connectionName)) {}

qint64 SqliteSearchIndex::docOf(RecordKind kind, const QString &id) const
{
    SqlStatement &q = cachedStatement(m_connection, u"SELECT doc FROM search_doc WHERE record_id = ? AND kind = ?"_s);
    q.bind({id, kindName(kind)}).exec();
    const qint64 doc = q.next() ? q.value(0).toLongLong() : 0;
    q.query().finish();
    return doc;
}

void SqliteSearchIndex::put(RecordKind kind, const QString &id, const QVariantMap &stored)
{
    if (!isSearchable(kind)) {
        return;
    }
    const Entry entry = encode(kind, stored);
    qint64 doc = docOf(kind, id);
    if (doc != 0) {
        SqlStatement &old = cachedStatement(m_connection, u"SELECT (SELECT names FROM search_names WHERE rowid = ?), "
                                                          u"(SELECT body FROM search_body WHERE rowid = ?)"_s);
        old.bind({doc, doc}).exec();
        const bool unchanged =
            old.next() && old.value(0).toString() == entry.names && old.value(1).toString() == entry.body;
        old.query().finish();
        if (unchanged) {
            return; // most edits (a date, a stage, a level) change nothing that is searched
        }
        cachedStatement(m_connection, u"DELETE FROM search_names WHERE rowid = ?"_s).bind(doc).exec();
        cachedStatement(m_connection, u"DELETE FROM search_body WHERE rowid = ?"_s).bind(doc).exec();
        write(doc, entry);
        return;
    }
    const auto [first, last] = bandRange(kind);
    SqlStatement &newest =
        cachedStatement(m_connection, u"SELECT max(doc) FROM search_doc WHERE doc BETWEEN ? AND ?"_s);
    newest.bind({first, last}).exec();
    doc = newest.next() && !newest.value(0).isNull() ? newest.value(0).toLongLong() + 1 : first;
    newest.query().finish();
    add(kind, id, doc, entry);
}

void SqliteSearchIndex::replace(RecordKind kind, const QString &id, const QVariantMap &before, const QVariantMap &after)
{
    if (!isSearchable(kind)) {
        return;
    }
    // The texts as written are compared, so that nothing is folded for the many edits that change
    // no searched field, and only the half that changed is folded and written for the others.
    const QList<SearchField> old = searchFields(kind, before);
    const QList<SearchField> now = searchFields(kind, after);
    const auto texts = [](const QList<SearchField> &fields, bool names) {
        QStringList list;
        for (const SearchField &field : fields) {
            if (field.name == names) {
                list << field.text;
            }
        }
        return list;
    };
    const bool namesChanged = texts(old, true) != texts(now, true);
    const bool bodyChanged = texts(old, false) != texts(now, false);
    if (!namesChanged && !bodyChanged) {
        return;
    }
    const Entry entry = encode(now, namesChanged, bodyChanged);
    // The common case, a record whose changed half has a row already, is one UPDATE that finds
    // the row through search_doc itself, without asking for the doc number first.
    if (namesChanged != bodyChanged) {
        const QString column = namesChanged ? u"names"_s : u"body"_s;
        const QString &text = namesChanged ? entry.names : entry.body;
        if (!text.isEmpty()) {
            SqlStatement &update = cachedStatement(
                m_connection,
                u"UPDATE search_"_s + column + u" SET "_s + column +
                    u" = ? WHERE rowid = (SELECT doc FROM search_doc WHERE record_id = ? AND kind = ?)"_s);
            update.bind({text, id, kindName(kind)}).exec();
            if (update.numRowsAffected() > 0) {
                return;
            }
        }
    }
    const qint64 doc = docOf(kind, id);
    if (doc == 0) {
        put(kind, id, after); // not indexed after all: index it as new
        return;
    }
    if (namesChanged) {
        rewrite(u"names"_s, doc, entry.names);
    }
    if (bodyChanged) {
        rewrite(u"body"_s, doc, entry.body);
    }
}

void SqliteSearchIndex::rewrite(const QString &column, qint64 doc, const QString &text)
{
    // column is names or body (ours, never the user's); the table is search_<column>. A record
    // without such text has no row there.
    const QString table = u"search_"_s + column;
    if (text.isEmpty()) {
        cachedStatement(m_connection, u"DELETE FROM "_s + table + u" WHERE rowid = ?"_s).bind(doc).exec();
        return;
    }
    SqlStatement &update =
        cachedStatement(m_connection, u"UPDATE "_s + table + u" SET "_s + column + u" = ? WHERE rowid = ?"_s);
    update.bind({text, doc}).exec();
    if (update.numRowsAffected() == 0) {
        cachedStatement(m_connection, u"INSERT INTO "_s + table + u" (rowid, "_s + column + u") VALUES (?, ?)"_s)
            .bind({doc, text})
            .exec();
    }
}

void SqliteSearchIndex::append(RecordKind kind, const QString &id, const QVariantMap &stored)
{
    if (!isSearchable(kind)) {
        return;
    }
    if (m_appendKind != kind) {
        const auto [first, last] = bandRange(kind);
        SqlStatement newest(connection(m_connection), u"SELECT max(doc) FROM search_doc WHERE doc BETWEEN ? AND ?"_s);
        newest.bind({first, last}).exec();
        m_nextDoc = newest.next() && !newest.value(0).isNull() ? newest.value(0).toLongLong() + 1 : first;
        m_appendKind = kind;
    }
    add(kind, id, m_nextDoc++, encode(kind, stored));
}

void SqliteSearchIndex::add(RecordKind kind, const QString &id, qint64 doc, const Entry &entry)
{
    cachedStatement(m_connection, u"INSERT INTO search_doc (doc, kind, record_id) VALUES (?, ?, ?)"_s)
        .bind({doc, kindName(kind), id})
        .exec();
    write(doc, entry);
}

void SqliteSearchIndex::write(qint64 doc, const Entry &entry)
{
    if (!entry.names.isEmpty()) {
        cachedStatement(m_connection, u"INSERT INTO search_names (rowid, names) VALUES (?, ?)"_s)
            .bind({doc, entry.names})
            .exec();
    }
    if (!entry.body.isEmpty()) {
        cachedStatement(m_connection, u"INSERT INTO search_body (rowid, body) VALUES (?, ?)"_s)
            .bind({doc, entry.body})
            .exec();
    }
}

void SqliteSearchIndex::remove(RecordKind kind, const QString &id)
{
    const qint64 doc = docOf(kind, id);
    if (doc == 0) {
        return;
    }
    cachedStatement(m_connection, u"DELETE FROM search_names WHERE rowid = ?"_s).bind(doc).exec();
    cachedStatement(m_connection, u"DELETE FROM search_body WHERE rowid = ?"_s).bind(doc).exec();
    cachedStatement(m_connection, u"DELETE FROM search_doc WHERE doc = ?"_s).bind(doc).exec();
}

void SqliteSearchIndex::optimize()
{
    execScript(connection(m_connection), u"INSERT INTO search_names (search_names) VALUES ('optimize'); "
                                         u"INSERT INTO search_body (search_body) VALUES ('optimize')"_s);
}

QList<SearchCandidate> SqliteSearchIndex::matchNames(RecordKind kind, const QStringList &words, int cap) const
{
    QStringList phrases;
    for (const QString &word : words) {
        const QString text = clean(word);
        const QList<char32_t> points = codePoints(text);
        if (points.isEmpty()) {
            continue;
        }
        if (points.size() >= 3) {
            phrases << quoted(markWords(text, false));
        } else if (isWordChar(points.constFirst())) {
            phrases << quoted(markWords(text, true)); // "\2\2y" or "\2\2ya": the start of a word
        }
        // A short word of punctuation ("-", "(") finds nothing in names: it starts no word.
    }
    if (phrases.isEmpty() || !isSearchable(kind)) {
        return {};
    }
    const auto [first, last] = bandRange(kind);
    SqlStatement q(connection(m_connection),
                   u"SELECT f.rowid, d.record_id, f.names FROM search_names f JOIN search_doc d ON d.doc = f.rowid "
                   u"WHERE search_names MATCH ? AND f.rowid BETWEEN ? AND ? ORDER BY f.rowid DESC LIMIT ?"_s);
    q.bind({phrases.join(u" AND "_s), first, last, cap}).exec();
    return readCandidates(q);
}

QList<SearchCandidate> SqliteSearchIndex::matchText(RecordKind kind, const QStringList &words, int cap,
                                                    int recentWindow) const
{
    QStringList phrases;
    QList<QVariant> shortWords;
    for (const QString &word : words) {
        const QString text = clean(word);
        if (text.isEmpty()) {
            continue;
        }
        if (codePoints(text).size() >= 3) {
            phrases << quoted(text);
        } else {
            shortWords << text;
        }
    }
    if ((phrases.isEmpty() && shortWords.isEmpty()) || !isSearchable(kind)) {
        return {};
    }
    auto [first, last] = bandRange(kind);
    QString sql = u"SELECT f.rowid, d.record_id, f.body FROM search_body f JOIN search_doc d ON d.doc = f.rowid "
                  u"WHERE f.rowid BETWEEN ? AND ?"_s;
    QList<QVariant> values{first, last};
    if (!phrases.isEmpty()) {
        sql += u" AND search_body MATCH ?"_s;
        values << phrases.join(u" AND "_s);
    } else {
        // No word long enough for a trigram: read the newest records' text, never the whole kind.
        SqlStatement newest(connection(m_connection), u"SELECT max(doc) FROM search_doc WHERE doc BETWEEN ? AND ?"_s);
        newest.bind({first, last}).exec();
        if (!newest.next() || newest.value(0).isNull()) {
            return {};
        }
        values[0] = std::max(first, newest.value(0).toLongLong() - recentWindow + 1);
    }
    for (qsizetype i = 0; i < shortWords.size(); ++i) {
        sql += u" AND instr(f.body, ?) > 0"_s; // one placeholder per word; the words are bound
    }
    sql += u" ORDER BY f.rowid DESC LIMIT ?"_s;
    SqlStatement q(connection(m_connection), sql);
    q.bind(values).bind(shortWords).bind(cap).exec();
    return readCandidates(q);
}

std::pair<qint64, qint64> SqliteSearchIndex::docRange(RecordKind kind)
{
    return bandRange(kind);
}

std::optional<std::pair<QString, QList<QVariant>>> SqliteSearchIndex::filterCondition(RecordKind kind,
                                                                                      const QString &word)
{
    const QString text = clean(foldText(word));
    const QString name = clean(foldForSearch(word));
    // Names are indexed without their legal forms: "corp" or "株式" typed as a word of its own
    // (a legal form or the start of one) would find no name, so those are scanned for.
    const bool legalForm = std::any_of(companyLegalForms().cbegin(), companyLegalForms().cend(),
                                       [&text](const QString &form) { return form.startsWith(text); });
    if (!isSearchable(kind) || legalForm || name != text || codePoints(text).size() < 3) {
        return std::nullopt;
    }
    const auto [first, last] = bandRange(kind);
    return std::pair{u"t.id IN (SELECT d.record_id FROM search_doc d WHERE d.doc IN (SELECT rowid FROM search_names "
                     u"WHERE search_names MATCH ? AND rowid BETWEEN ? AND ?) OR d.doc IN (SELECT rowid FROM "
                     u"search_body WHERE search_body MATCH ? AND rowid BETWEEN ? AND ?))"_s,
                     QList<QVariant>{quoted(markWords(name, false)), first, last, quoted(text), first, last}};
}

void SearchIndexSubscriber::onChange(const ChangeEvent &event)
{
    const auto index = [this](RecordKind kind, const QString &id, const QVariantMap &before, const QVariantMap &after) {
        if (after.contains(u"deleted_at"_s)) {
            m_index.remove(kind, id); // search shows live records only
        } else if (!before.isEmpty() && !before.contains(u"deleted_at"_s)) {
            m_index.replace(kind, id, before, after);
        } else {
            m_index.put(kind, id, after);
        }
    };
    switch (event.action) {
    case ChangeAction::Create:
    case ChangeAction::Update:
    case ChangeAction::Restore:
        index(event.kind, event.id, event.before, event.after);
        return;
    case ChangeAction::Trash:
        m_index.remove(event.kind, event.id);
        return;
    case ChangeAction::Purge:
        for (const CascadeEffect &effect : event.cascade) {
            if (effect.what == CascadeEffect::What::ElementUnlinked) {
                index(effect.kind, effect.id, {}, effect.after);
            } else if (effect.what == CascadeEffect::What::Purged) {
                m_index.remove(effect.kind, effect.id);
            }
        }
        m_index.remove(event.kind, event.id); // normally out since the move to the Trash
        return;
    case ChangeAction::Merge:
        m_index.remove(event.kind, event.id); // found through the survivor from now on
        return;
    case ChangeAction::Unmerge:
        index(event.kind, event.id, {}, event.after);
        return;
    }
}

} // namespace crm::storage
