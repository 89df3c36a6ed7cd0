#include "formfields.h"

#include "domain/referencedata.h"
#include "models/recordkindlabel.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
struct FormFieldsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::FormFields)
};

using catalogue::Type;

Choices sectorChoices()
{
    QStringList codes;
    for (const Sector &s : reference::sectors()) {
        codes << s.code;
    }
    return codeChoices(codes);
}

Choices kindChoices()
{
    Choices choices;
    for (RecordKind kind : allRecordKinds()) {
        choices.append({kindName(kind), recordKindLabel(kind)});
    }
    return choices;
}

// The fixed list a field of that type picks from; countries are offered by their editor.
Choices choicesOf(const catalogue::FieldSpec &f)
{
    if (f.codes) {
        return codeChoices(f.codes());
    }
    switch (f.type) {
    case Type::Sector:
    case Type::SectorList:
        return sectorChoices();
    case Type::IntegerCode: // the one integer scale, a meeting's interest level (catalogue.h)
        return interestLevelChoices();
    case Type::KindLink:
        return kindChoices();
    case Type::Currency:
        return currencyChoices();
    default:
        return {};
    }
}

// What an empty editor shows: %1 filled with an example in the script it is about; a link says how
// to find a record.
QString placeholderOf(const catalogue::FieldSpec &f)
{
    if (!f.placeholder.isEmpty()) {
        const QString text = f.placeholder.tr();
        return f.placeholderArg.isEmpty() ? text : text.arg(f.placeholderArg);
    }
    return f.type == Type::Link ? FormFieldsTr::tr("Type part of a name to search") : QString();
}

ColumnSpec columnOf(const catalogue::FieldSpec &f)
{
    ColumnSpec c;
    c.name = f.name;
    c.label = f.label.tr();
    c.type = editorType(f.type);
    c.choices = choicesOf(f);
    c.linkKind = f.linkKind;
    c.kindField = f.kindField;
    c.defaultValue = f.defaultValue;
    c.defaultToday = f.defaultToday;
    c.stretch = f.stretch;
    return c;
}

FormRow rowOf(const catalogue::FieldSpec &f)
{
    FormRow row;
    row.name = f.name;
    row.label = f.label.tr();
    row.type = editorType(f.type);
    // A list gets a group of its own, titled with its label.
    row.section = f.type == Type::Children ? plainLabel(row.label) : f.section.tr();
    row.required = f.required;
    row.choices = choicesOf(f);
    row.linkKind = f.linkKind;
    row.companion = f.companion;
    row.companionLabel = f.companionLabel.tr();
    for (const catalogue::FieldSpec &child : f.children) {
        row.columns << columnOf(child);
    }
    row.defaultValue = f.defaultValue;
    row.defaultsToOfficer = f.defaultsToOfficer;
    row.placeholder = placeholderOf(f);
    row.toolTip = f.toolTip.tr();
    row.link = (f.rules & catalogue::FieldSpec::Email)     ? FieldLink::Email
               : (f.rules & catalogue::FieldSpec::Website) ? FieldLink::Website
                                                           : FieldLink::None;
    return row;
}
} // namespace

FieldType editorType(catalogue::Type type)
{
    switch (type) {
    case Type::Text:
        return FieldType::Text;
    case Type::MultiLineText:
        return FieldType::MultiLineText;
    case Type::Integer:
        return FieldType::Integer;
    case Type::IntegerCode:
    case Type::Code:
    case Type::Sector:
        return FieldType::Choice;
    case Type::Bool:
        return FieldType::Bool;
    case Type::Date:
    case Type::PartialDate: // a stay's or a position's dates: the date column, read as far as known
        return FieldType::Date;
    case Type::Instant:
        return FieldType::Instant;
    case Type::ZonedInstant:
        return FieldType::ZonedDateTime;
    case Type::SectorList:
        return FieldType::ChoiceList;
    case Type::Country:
        return FieldType::Country;
    case Type::Currency:
        return FieldType::Currency;
    case Type::TextList:
        return FieldType::StringList;
    case Type::Link:
        return FieldType::RecordLink;
    case Type::KindLink:
        return FieldType::RecordKindLink;
    case Type::Amount:
        return FieldType::Amount;
    case Type::Children:
        return FieldType::ChildList;
    }
    return FieldType::Text;
}

QString plainLabel(const QString &label)
{
    // Japanese and Chinese catalogues mark the accelerator after the word: "名前(&N)".
    static const QRegularExpression trailingAccelerator(u"\\s*[(（]&[^)）][)）]"_s);
    const QString text = QString(label).remove(trailingAccelerator);
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size()) {
            ++i;
        }
        result += text[i];
    }
    return result;
}

QList<FormRow> formFields(RecordKind kind, const catalogue::Catalogue &catalogue)
{
    QList<FormRow> rows;
    for (const catalogue::FieldSpec &f : catalogue.kind(kind).fields) {
        rows << rowOf(f);
    }
    return rows;
}

} // namespace crm::ui
