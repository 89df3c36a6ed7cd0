#include "forms/formfields.h"
#include "goldenfile.h"
#include "models/listcolumns.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace crm;

// Issue 17 gate: the forms and lists derived from the field catalogue show what the hand-written
// rows showed (tests/ui/data/formrows-snapshot.txt was written once from those rows, before they
// were deleted): per kind each form row's key, label, editor, section, required mark, placeholder,
// tooltip, default, choices and child-list columns, and each list column's key, header and value.
// To rewrite it after a deliberate change, run
//     CRM_REGENERATE_GOLDEN=1 ./build/bin/crm_ui_tests "[snapshot]"
// and review the diff; without the variable the test only compares.
namespace {
const QString snapshotPath = QStringLiteral(CRM_SOURCE_DIR "/tests/ui/data/formrows-snapshot.txt");

QString editorName(ui::FieldType type)
{
    using T = ui::FieldType;
    switch (type) {
    case T::Text:
        return u"Text"_s;
    case T::MultiLineText:
        return u"MultiLineText"_s;
    case T::Date:
        return u"Date"_s;
    case T::Instant:
        return u"Instant"_s;
    case T::ZonedDateTime:
        return u"ZonedDateTime"_s;
    case T::Choice:
        return u"Choice"_s;
    case T::Country:
        return u"Country"_s;
    case T::Currency:
        return u"Currency"_s;
    case T::Integer:
        return u"Integer"_s;
    case T::Bool:
        return u"Bool"_s;
    case T::StringList:
        return u"StringList"_s;
    case T::ChoiceList:
        return u"ChoiceList"_s;
    case T::RecordLink:
        return u"RecordLink"_s;
    case T::RecordKindLink:
        return u"RecordKindLink"_s;
    case T::ChildList:
        return u"ChildList"_s;
    case T::Amount:
        return u"Amount"_s;
    }
    return u"?"_s;
}

QString listValueName(ui::ListValue value)
{
    static const QStringList names{u"Text"_s,    u"Title"_s,  u"Date"_s, u"Instant"_s, u"Link"_s,
                                   u"Country"_s, u"Sector"_s, u"Enum"_s, u"Integer"_s, u"Bool"_s};
    return names.value(int(value), u"?"_s);
}

QString valueText(const QVariant &v)
{
    return v.isValid() ? v.toString() + u" ("_s + QString::fromLatin1(v.typeName()) + u')' : u"none"_s;
}

// Long lists (every currency) by their size and ends, short ones in full.
QString choicesText(const ui::Choices &choices)
{
    const auto one = [](const ui::Choice &c) -> QString { return c.value.toString() + u'=' + c.label; };
    if (choices.size() > 40) {
        return u"%1 from %2 to %3"_s.arg(choices.size()).arg(one(choices.first()), one(choices.last()));
    }
    QStringList parts;
    for (const ui::Choice &c : choices) {
        parts << one(c);
    }
    return parts.join(u"; "_s);
}

QString kindText(std::optional<RecordKind> kind)
{
    return kind ? kindName(*kind) : u"-"_s;
}

QStringList snapshotLines()
{
    QStringList lines;
    for (RecordKind kind : allRecordKinds()) {
        lines << u"kind "_s + kindName(kind);
        for (const ui::FormRow &row : ui::formFields(kind)) {
            lines << u"  row "_s + row.name;
            lines << u"    label '%1' editor %2 section '%3'%4"_s.arg(row.label, editorName(row.type), row.section,
                                                                      row.required ? u" required"_s : QString());
            lines << u"    placeholder '%1' tip '%2'"_s.arg(row.placeholder, row.toolTip);
            lines << u"    default %1 officer %2 link %3 companion '%4' '%5'"_s.arg(valueText(row.defaultValue))
                         .arg(row.defaultsToOfficer)
                         .arg(kindText(row.linkKind), row.companion, row.companionLabel);
            if (!row.choices.isEmpty()) {
                lines << u"    choices "_s + choicesText(row.choices);
            }
            for (const ui::ColumnSpec &c : row.columns) {
                lines << u"    column %1 '%2' editor %3 link %4 kindField '%5' default %6 today %7 stretch %8"_s
                             .arg(c.name, c.label, editorName(c.type), kindText(c.linkKind), c.kindField,
                                  valueText(c.defaultValue))
                             .arg(c.defaultToday)
                             .arg(c.stretch);
                if (!c.choices.isEmpty()) {
                    lines << u"      choices "_s + choicesText(c.choices);
                }
            }
        }
        for (const ui::ListColumn &c : ui::listColumns(kind)) {
            lines << u"  list %1 '%2' %3 link %4"_s.arg(c.field, c.header, listValueName(c.value),
                                                        kindText(c.linkKind));
        }
    }
    return lines;
}
} // namespace

TEST_CASE("the forms and lists show the rows and columns of the snapshot, labels and hints included", "[snapshot]")
{
    const QStringList lines = snapshotLines();
    test::compareWithGoldenFile(snapshotPath, (lines.join(u'\n') + u'\n').toUtf8());
}
