#include "rowconversion.h"

#include "domain/catalogue/catalogue.h"
#include "domain/catalogue/fieldcodec.h"
#include "domain/error.h"
#include "headersynonyms.h"
#include "namesplit.h"

using namespace Qt::StringLiterals;

namespace crm::interchange {
namespace {
using catalogue::Type;

// A codec error names "phones" or "stays[1].end_date"; the column is the one filling its field.
QString topField(const QString &path)
{
    qsizetype end = path.size();
    for (QChar c : {u'[', u'.'}) {
        const qsizetype i = path.indexOf(c);
        if (i >= 0 && i < end) {
            end = i;
        }
    }
    return path.left(end);
}
} // namespace

RowConverter::RowConverter(ColumnMapping mapping, const Clock &clock, ConversionOptions options)
    : m_mapping(std::move(mapping)), m_clock(clock), m_options(options)
{}

RowConversion RowConverter::convert(const Table &table, qsizetype row) const
{
    RowConversion out;
    out.sourceRow = row < table.sourceRows.size() ? table.sourceRows.at(row) : int(row) + 2;
    const QList<ColumnMatch> &columns = m_mapping.columns();
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!columns.at(c).skipped()) {
            convertCell(table.cell(row, c), c, out);
        }
    }
    validate(out);
    return out;
}

void RowConverter::convertCell(const QVariant &cell, qsizetype column, RowConversion &out) const
{
    const QString &field = m_mapping.columns().at(column).field;
    const QString text = CellValues::text(cell);
    if (text.isEmpty()) {
        return; // empty: absent, so the codec applies the field's default
    }
    if (field == kFullNameField || field == kFullReadingField) {
        const SplitName name = splitPersonName(text);
        const bool reading = field == kFullReadingField;
        const QString family = reading ? u"family_name_reading"_s : u"family_name"_s;
        const QString given = reading ? u"given_name_reading"_s : u"given_name"_s;
        // A column of its own for the family or given name wins over the split whole name.
        if (m_mapping.columnOf(family) < 0 && !name.family.isEmpty()) {
            out.record.insert(family, name.family);
        }
        if (m_mapping.columnOf(given) < 0 && !name.given.isEmpty()) {
            out.record.insert(given, name.given);
        }
        return;
    }
    const catalogue::FieldSpec *spec = catalogue::Catalogue::builtin().field(m_mapping.kind(), field);
    if (!spec) {
        return; // fillable() was checked when the mapping was made
    }
    QString error;
    switch (spec->type) {
    case Type::Link:
        out.links.insert(field, text);
        return;
    case Type::Date:
        if (const auto date = CellValues::isoDate(cell, m_options.slashDates, error)) {
            out.record.insert(field, *date);
        }
        break;
    case Type::Integer:
    case Type::IntegerCode:
        if (const auto number = CellValues::integer(cell, error)) {
            out.record.insert(field, *number);
        }
        break;
    case Type::Bool:
        if (const auto value = CellValues::boolean(cell, error)) {
            out.record.insert(field, *value);
        }
        break;
    case Type::TextList:
    case Type::SectorList:
        out.record.insert(field, CellValues::list(text));
        break;
    default:
        // Text stays as written, a formula (=HYPERLINK(...)) included: it is never evaluated.
        out.record.insert(field, text);
        break;
    }
    if (!error.isEmpty()) {
        addError(out, field, error);
    }
}

void RowConverter::validate(RowConversion &out) const
{
    QSet<QString> unreadable;
    for (const CellError &e : out.errors) {
        unreadable.insert(e.field);
    }
    FieldErrors errors;
    try {
        catalogue::normalise(m_mapping.kind(), out.record, MapFormat::Json, m_clock);
    } catch (const Error &e) {
        errors = e.fieldErrors();
        if (errors.isEmpty()) {
            errors.append({QString(), e.message()});
        }
    }
    for (const FieldError &e : errors) {
        const QString field = topField(e.field);
        // A link is resolved later by name, and a value already refused here is not reported twice.
        if (out.links.contains(field) || unreadable.contains(field)) {
            continue;
        }
        addError(out, e.field, e.message);
    }
}

void RowConverter::addError(RowConversion &out, const QString &field, const QString &message) const
{
    const QString top = topField(field);
    qsizetype column = m_mapping.columnOf(top);
    if (column < 0) {
        const bool reading = top == u"family_name_reading"_s || top == u"given_name_reading"_s;
        const bool name = top == u"family_name"_s || top == u"given_name"_s;
        if (name || reading) {
            column = m_mapping.columnOf(QString(reading ? kFullReadingField : kFullNameField));
        }
    }
    const QString header = column >= 0 ? m_mapping.columns().at(column).header : QString();
    out.errors.append({out.sourceRow, column, header, field, message});
}

} // namespace crm::interchange
