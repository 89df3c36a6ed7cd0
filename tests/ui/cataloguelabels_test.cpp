#include "domain/catalogue/catalogue.h"
#include "forms/formfields.h"
#include "models/listcolumns.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::catalogue;

// Issue 17, stage A: the catalogue holds what the forms and the lists spell out by hand today,
// labels and translation contexts included. The mappings below are the ones a later stage moves
// into ui/forms/formfields.cpp and ui/models/listcolumns.cpp.
namespace {
using ui::FieldType;
using ui::ListValue;

ListValue listValue(Type type)
{
    switch (type) {
    case Type::Date:
    case Type::PartialDate:
        return ListValue::Date;
    case Type::Instant:
    case Type::ZonedInstant:
        return ListValue::Instant;
    case Type::Link:
        return ListValue::Link;
    case Type::Country:
        return ListValue::Country;
    case Type::Sector:
        return ListValue::Sector;
    case Type::Code:
    case Type::KindLink:
        return ListValue::Enum;
    case Type::Integer:
    case Type::IntegerCode:
        return ListValue::Integer;
    case Type::Bool:
        return ListValue::Bool;
    default:
        return ListValue::Text;
    }
}

FieldType fieldType(Type type)
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
    case Type::PartialDate: // the date column of a child list takes 1995, 1995-03 or 1995-03-14
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

QString listColumnText(const QString &field, const QString &header, ListValue value, std::optional<RecordKind> link)
{
    return u"%1 '%2' %3 %4"_s.arg(field, header).arg(int(value)).arg(link ? kindName(*link) : QString());
}

QStringList derivedListColumns(const KindSpec &spec)
{
    QList<std::pair<int, QString>> columns;
    if (spec.titleListOrder >= 0) {
        columns.append(
            {spec.titleListOrder, listColumnText(u"@title"_s, spec.titleLabel.tr(), ListValue::Title, std::nullopt)});
    }
    for (const FieldSpec &f : spec.fields) {
        if (f.listed()) {
            columns.append({f.listOrder, listColumnText(f.name, f.listLabel.tr(), listValue(f.type), f.linkKind)});
        }
    }
    std::sort(columns.begin(), columns.end());
    QStringList out;
    for (const auto &column : columns) {
        out << column.second;
    }
    return out;
}

std::string text(const QStringList &list)
{
    return list.join(u", "_s).toStdString();
}

QStringList codesOf(const ui::Choices &choices)
{
    QStringList codes;
    for (const ui::Choice &c : choices) {
        codes << c.value.toString();
    }
    return codes;
}

QString value(const QVariant &v)
{
    return v.isValid() ? v.toString() + u" ("_s + QString::fromLatin1(v.typeName()) + u')' : u"none"_s;
}

// What the form shows in an empty editor: a link's placeholder says how to find a record.
QString placeholder(const FieldSpec &f)
{
    if (!f.placeholder.isEmpty()) {
        const QString text = f.placeholder.tr();
        return f.placeholderArg.isEmpty() ? text : text.arg(f.placeholderArg);
    }
    return f.type == Type::Link ? QCoreApplication::translate("crm::ui::FormFields", "Type part of a name to search")
                                : QString();
}

std::string formRow(const FieldSpec &f, const QString &section)
{
    return u"%1 '%2' type %3 section '%4'%5 link %6 companion %7 '%8' default %9"_s.arg(f.name, f.label.tr())
               .arg(int(fieldType(f.type)))
               .arg(section, f.required ? u" required"_s : QString(), f.linkKind ? kindName(*f.linkKind) : QString(),
                    f.companion, f.companionLabel.tr(), value(f.defaultValue))
               .toStdString() +
           u" officer %1 placeholder '%2' tip '%3'"_s.arg(f.defaultsToOfficer)
               .arg(placeholder(f), f.toolTip.tr())
               .toStdString();
}

std::string formRow(const ui::FieldSpec &f)
{
    return u"%1 '%2' type %3 section '%4'%5 link %6 companion %7 '%8' default %9"_s.arg(f.name, f.label)
               .arg(int(f.type))
               .arg(f.section, f.required ? u" required"_s : QString(), f.linkKind ? kindName(*f.linkKind) : QString(),
                    f.companion, f.companionLabel, value(f.defaultValue))
               .toStdString() +
           u" officer %1 placeholder '%2' tip '%3'"_s.arg(f.defaultsToOfficer)
               .arg(f.placeholder, f.toolTip)
               .toStdString();
}

std::string formColumn(const FieldSpec &c)
{
    return u"%1 '%2' type %3 link %4 kindField %5 default %6 today %7 stretch %8"_s.arg(c.name, c.label.tr())
        .arg(int(fieldType(c.type)))
        .arg(c.linkKind ? kindName(*c.linkKind) : QString(), c.kindField, value(c.defaultValue))
        .arg(c.defaultToday)
        .arg(c.stretch)
        .toStdString();
}

std::string formColumn(const ui::ColumnSpec &c)
{
    return u"%1 '%2' type %3 link %4 kindField %5 default %6 today %7 stretch %8"_s.arg(c.name, c.label)
        .arg(int(c.type))
        .arg(c.linkKind ? kindName(*c.linkKind) : QString(), c.kindField, value(c.defaultValue))
        .arg(c.defaultToday)
        .arg(c.stretch)
        .toStdString();
}
} // namespace

TEST_CASE("the list columns derived from the catalogue are the lists' columns, headers included", "[catalogue]")
{
    for (RecordKind kind : allRecordKinds()) {
        INFO(kindName(kind).toStdString());
        QStringList today;
        for (const ui::ListColumn &c : ui::listColumns(kind)) {
            today << listColumnText(c.field, c.header, c.value, c.linkKind);
        }
        CHECK(derivedListColumns(Catalogue::builtin().kind(kind)).join(u" | "_s).toStdString() ==
              today.join(u" | "_s).toStdString());
    }
}

TEST_CASE("the form rows derived from the catalogue are the forms' rows, labels, hints and defaults included",
          "[catalogue]")
{
    for (RecordKind kind : allRecordKinds()) {
        INFO(kindName(kind).toStdString());
        const QList<FieldSpec> &fields = Catalogue::builtin().kind(kind).fields;
        const QList<ui::FieldSpec> rows = ui::formFields(kind);
        REQUIRE(fields.size() == rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const FieldSpec &f = fields[i];
            // A list's group is titled with its label, without the mnemonic.
            const QString section = f.type == Type::Children ? ui::plainLabel(f.label.tr()) : f.section.tr();
            CHECK(formRow(f, section) == formRow(rows[i]));
            if (f.codes) {
                CHECK(text(codesOf(rows[i].choices)) == text(f.codes()));
            }
            REQUIRE(f.children.size() == rows[i].columns.size());
            for (qsizetype c = 0; c < f.children.size(); ++c) {
                CHECK(formColumn(f.children[c]) == formColumn(rows[i].columns[c]));
                if (f.children[c].codes) {
                    CHECK(text(codesOf(rows[i].columns[c].choices)) == text(f.children[c].codes()));
                }
            }
        }
    }
}
