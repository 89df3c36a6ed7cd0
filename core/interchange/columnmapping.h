#pragma once

#include "domain/recordkind.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Which field of a record kind each column of an imported table fills: guessed from the headers,
// changed by the officer, saved as JSON and reused (by the GUI, or given to the CLI as a file).
namespace crm::interchange {

// How a column came to fill its field, shown next to the match so the officer can judge it.
enum class MatchSource
{
    None,     // skipped
    JsonName, // the header is the field's JSON name (hq_city)
    Label,    // the catalogue's form or list label, in English or the language shown
    Synonym,  // a Japanese or French header from headersynonyms.cpp
    Saved,    // a saved mapping named it
    Chosen,   // the officer chose it
};

struct ColumnMatch
{
    QString header;
    QString field; // JSON name (or a whole-name pseudo-field, see headersynonyms.h); empty: skipped
    MatchSource source = MatchSource::None;
    QString note; // why a column that looked like a field is skipped
    bool skipped() const { return field.isEmpty(); }
};

class ColumnMapping final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::ColumnMapping)

public:
    ColumnMapping() = default;

    // One match per header: by JSON name, then label, then synonym (see MatchSource). A field is
    // filled by the first column that matches it; later ones are skipped with a note.
    static ColumnMapping guess(RecordKind kind, const QStringList &header);

    // A saved mapping (see toJson()). Throws crm::Error (Invalid) for a mapping of another kind than
    // expected, an unknown kind or field, a field named twice, or JSON of another shape.
    static ColumnMapping fromJson(const QJsonObject &json, RecordKind expected);
    // {"kind": "contact", "columns": [{"header": "会社名", "field": "investor_id"}, {"header": "Memo", "skip": true}]}
    QJsonObject toJson() const;

    // What a saved mapping makes of a table's header: columns matched by folded header text;
    // columns it does not name are skipped.
    struct Applied;
    Applied applyTo(const QStringList &header) const;

    RecordKind kind() const { return m_kind; }
    const QList<ColumnMatch> &columns() const { return m_columns; }
    // The column filling field, or -1.
    qsizetype columnOf(const QString &field) const;
    // The officer's choice for a column (empty field: skip). A column that filled the field before
    // is skipped with a note. Throws crm::Error (Invalid) for a field the kind does not have, and
    // std::out_of_range for a column the table does not have (a caller's mistake).
    void choose(qsizetype column, const QString &field);

    // Whether the kind has a field (or pseudo-field) of this JSON name that a column can fill.
    static bool fillable(RecordKind kind, const QString &field);
    // Headers folded for comparison: foldText() without spaces, "&" and -_.:*()/.
    static QString foldHeader(const QString &header);

private:
    ColumnMapping(RecordKind kind, QList<ColumnMatch> columns);

    RecordKind m_kind = RecordKind::Contact;
    QList<ColumnMatch> m_columns;
};

struct ColumnMapping::Applied
{
    ColumnMapping mapping;
    QStringList missingHeaders; // named by the saved mapping, absent from the file
    QStringList unnamedColumns; // in the file, not named by the saved mapping (skipped)
};

} // namespace crm::interchange
