#include "columnmapping.h"

#include "domain/catalogue/catalogue.h"
#include "domain/error.h"
#include "domain/textfold.h"
#include "headersynonyms.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::interchange {
namespace {

Error invalid(const QString &message)
{
    return Error(Error::Kind::Invalid, message);
}

bool fillableType(catalogue::Type type)
{
    // Child lists and kind links have no one-cell form in a spreadsheet.
    return type != catalogue::Type::Children && type != catalogue::Type::KindLink && type != catalogue::Type::Amount;
}

// The labels a header is compared with: as written in English and as shown in the language loaded.
QStringList labelsOf(const catalogue::FieldSpec &f)
{
    QStringList labels;
    for (const catalogue::Text &text : {f.label, f.listLabel}) {
        if (!text.isEmpty()) {
            labels << QString::fromUtf8(text.source) << text.tr();
        }
    }
    return labels;
}

// The field a folded header names, by the given source; empty when none.
QString match(RecordKind kind, const QString &folded, MatchSource source)
{
    const catalogue::KindSpec &spec = catalogue::Catalogue::builtin().kind(kind);
    if (source == MatchSource::Synonym) {
        for (const HeaderSynonyms &entry : headerSynonyms()) {
            if (entry.kind != kind) {
                continue;
            }
            for (const QString &header : entry.headers) {
                if (ColumnMapping::foldHeader(header) == folded) {
                    return entry.field;
                }
            }
        }
        return {};
    }
    if (source == MatchSource::JsonName && takesFullName(kind) &&
        (folded == ColumnMapping::foldHeader(kFullNameField) ||
         folded == ColumnMapping::foldHeader(kFullReadingField))) {
        return folded == ColumnMapping::foldHeader(kFullNameField) ? kFullNameField : kFullReadingField;
    }
    for (const catalogue::FieldSpec &f : spec.fields) {
        if (!fillableType(f.type)) {
            continue;
        }
        const QStringList candidates = source == MatchSource::JsonName ? QStringList{f.name} : labelsOf(f);
        for (const QString &candidate : candidates) {
            if (ColumnMapping::foldHeader(candidate) == folded) {
                return f.name;
            }
        }
    }
    return {};
}

} // namespace

ColumnMapping::ColumnMapping(RecordKind kind, QList<ColumnMatch> columns) : m_kind(kind), m_columns(std::move(columns))
{}

QString ColumnMapping::foldHeader(const QString &header)
{
    static const QRegularExpression ignored(u"[\\s&\\-_.:*()/'’]+"_s);
    return foldText(header).remove(ignored);
}

bool ColumnMapping::fillable(RecordKind kind, const QString &field)
{
    if (field == kFullNameField || field == kFullReadingField) {
        return takesFullName(kind);
    }
    const catalogue::FieldSpec *f = catalogue::Catalogue::builtin().field(kind, field);
    return f && fillableType(f->type);
}

ColumnMapping ColumnMapping::guess(RecordKind kind, const QStringList &header)
{
    ColumnMapping mapping(kind, {});
    for (const QString &h : header) {
        ColumnMatch column{h, {}, MatchSource::None, {}};
        const QString folded = foldHeader(h);
        for (MatchSource source : {MatchSource::JsonName, MatchSource::Label, MatchSource::Synonym}) {
            if (folded.isEmpty()) {
                break;
            }
            const QString field = match(kind, folded, source);
            if (field.isEmpty()) {
                continue;
            }
            if (const qsizetype first = mapping.columnOf(field); first >= 0) {
                column.note = tr("\"%1\" is already filled by column %2 (\"%3\")")
                                  .arg(field)
                                  .arg(first + 1)
                                  .arg(mapping.m_columns.at(first).header);
            } else {
                column.field = field;
                column.source = source;
            }
            break;
        }
        mapping.m_columns.append(column);
    }
    return mapping;
}

qsizetype ColumnMapping::columnOf(const QString &field) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).field == field) {
            return i;
        }
    }
    return -1;
}

void ColumnMapping::choose(qsizetype column, const QString &field)
{
    if (column < 0 || column >= m_columns.size()) {
        throw std::out_of_range("ColumnMapping::choose: no such column");
    }
    if (!field.isEmpty() && !fillable(m_kind, field)) {
        throw invalid(tr("A %1 has no field \"%2\" that a column can fill.").arg(kindName(m_kind), field));
    }
    if (const qsizetype before = field.isEmpty() ? -1 : columnOf(field); before >= 0 && before != column) {
        ColumnMatch &other = m_columns[before];
        other.field.clear();
        other.source = MatchSource::None;
        other.note = tr("\"%1\" is now filled by column %2 (\"%3\")")
                         .arg(field)
                         .arg(column + 1)
                         .arg(m_columns.at(column).header);
    }
    ColumnMatch &chosen = m_columns[column];
    chosen.field = field;
    chosen.source = field.isEmpty() ? MatchSource::None : MatchSource::Chosen;
    chosen.note.clear();
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray columns;
    for (const ColumnMatch &c : m_columns) {
        QJsonObject column{{u"header"_s, c.header}};
        if (c.skipped()) {
            column.insert(u"skip"_s, true);
        } else {
            column.insert(u"field"_s, c.field);
        }
        columns.append(column);
    }
    return {{u"kind"_s, kindName(m_kind)}, {u"columns"_s, columns}};
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json, RecordKind expected)
{
    const QString kindText = json.value(u"kind"_s).toString();
    const std::optional<RecordKind> kind = kindFromName(kindText);
    if (!kind) {
        throw invalid(tr("The mapping names no known kind of record (\"kind\": \"%1\").").arg(kindText));
    }
    if (*kind != expected) {
        throw invalid(tr("The mapping is for %1 records, not for %2 records.").arg(kindText, kindName(expected)));
    }
    if (!json.value(u"columns"_s).isArray()) {
        throw invalid(tr("The mapping has no list of \"columns\"."));
    }
    ColumnMapping mapping(*kind, {});
    const QJsonArray columns = json.value(u"columns"_s).toArray();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonObject column = columns.at(i).toObject();
        const QString header = column.value(u"header"_s).toString();
        if (!columns.at(i).isObject() || header.isEmpty()) {
            throw invalid(tr("Column %1 of the mapping has no \"header\".").arg(i + 1));
        }
        const QString field = column.value(u"skip"_s).toBool() ? QString() : column.value(u"field"_s).toString();
        if (!column.value(u"skip"_s).toBool() && !fillable(*kind, field)) {
            throw invalid(tr("The mapping fills \"%1\" from column \"%2\", but a %3 has no such field.")
                              .arg(field, header, kindText));
        }
        if (!field.isEmpty() && mapping.columnOf(field) >= 0) {
            throw invalid(tr("The mapping fills \"%1\" from two columns (\"%2\" and \"%3\").")
                              .arg(field, mapping.m_columns.at(mapping.columnOf(field)).header, header));
        }
        mapping.m_columns.append({header, field, field.isEmpty() ? MatchSource::None : MatchSource::Saved, {}});
    }
    return mapping;
}

ColumnMapping::Applied ColumnMapping::applyTo(const QStringList &header) const
{
    Applied applied{ColumnMapping(m_kind, {}), {}, {}};
    QList<bool> used(m_columns.size(), false);
    for (const QString &h : header) {
        const QString folded = foldHeader(h);
        ColumnMatch column{h, {}, MatchSource::None, {}};
        bool named = false;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (!used[i] && foldHeader(m_columns.at(i).header) == folded) {
                used[i] = true;
                named = true;
                column.field = m_columns.at(i).field;
                column.source = column.field.isEmpty() ? MatchSource::None : MatchSource::Saved;
                break;
            }
        }
        if (!named) {
            column.note = tr("not in the saved mapping");
            applied.unnamedColumns << h;
        }
        applied.mapping.m_columns.append(column);
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (!used[i]) {
            applied.missingHeaders << m_columns.at(i).header;
        }
    }
    return applied;
}

} // namespace crm::interchange
