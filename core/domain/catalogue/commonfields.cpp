#include "domain/personname.h"
#include "domain/searchfields.h"
#include "kinds.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::catalogue {

Text form(const char *source)
{
    return {"crm::ui::FormFields", source};
}

Text list(const char *source)
{
    return {"crm::ui::ListColumns", source};
}

FieldSpec field(const QString &name, Type type, const Text &label, const Text &section, bool required)
{
    FieldSpec f;
    f.name = name;
    f.type = type;
    f.label = label;
    f.section = section;
    f.required = required;
    return f;
}

FieldSpec listed(FieldSpec f, int order, const Text &header)
{
    f.listOrder = order;
    f.listLabel = header;
    return f;
}

FieldSpec searched(FieldSpec f, Search search, int rank)
{
    f.search = search;
    f.searchRank = rank;
    return f;
}

FieldSpec &named(QList<FieldSpec> &fields, QStringView name)
{
    for (FieldSpec &f : fields) {
        if (f.name == name) {
            return f;
        }
    }
    throw std::logic_error("the catalogue has no such field");
}

FieldSpec tip(FieldSpec f, const Text &toolTip)
{
    f.toolTip = toolTip;
    return f;
}

FieldSpec hint(FieldSpec f, const Text &placeholder)
{
    f.placeholder = placeholder;
    return f;
}

FieldSpec byDefault(FieldSpec f, const QVariant &value)
{
    f.defaultValue = value;
    return f;
}

FieldSpec stretched(FieldSpec f)
{
    f.stretch = true;
    return f;
}

FieldSpec link(const QString &name, RecordKind kind, const Text &label, const Text &section, bool required)
{
    FieldSpec f = field(name, Type::Link, label, section, required);
    f.linkKind = kind;
    return f;
}

FieldSpec code(const QString &name, const QStringList &(*codes)(), const Text &label, const Text &section,
               bool required)
{
    FieldSpec f = field(name, Type::Code, label, section, required);
    f.codes = codes;
    return f;
}

FieldSpec children(const QString &name, const Text &label, const QString &table, const QString &parentColumn,
                   QList<FieldSpec> columns)
{
    FieldSpec f = field(name, Type::Children, label, {});
    f.childTable = table;
    f.parentColumn = parentColumn;
    f.children = std::move(columns);
    return f;
}

FieldSpec column(const QString &name, Type type, const Text &label)
{
    return field(name, type, label, {});
}

FieldSpec confidentialField(const Text &section)
{
    FieldSpec f =
        field(u"confidential"_s, Type::Bool, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Confi&dential")), section);
    f.toolTip = form(QT_TRANSLATE_NOOP("crm::ui::FormFields",
                                       "Printed documents about this record carry a confidentiality marking"));
    f.defaultValue = false;
    return f;
}

FieldSpec notesField()
{
    return searched(field(u"notes"_s, Type::MultiLineText, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "N&otes")),
                          form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Notes"))),
                    Search::Text);
}

namespace {
const QStringList &nameOrders()
{
    static const QStringList codes{u"family_first"_s, u"given_first"_s};
    return codes;
}
} // namespace

QList<FieldSpec> personNameFields()
{
    const Text name = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Name"));
    const auto nameField = [&](const QString &key, const Text &label) {
        return searched(field(key, Type::Text, label, name), Search::Name);
    };
    QList<FieldSpec> f{
        nameField(u"family_name"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Family name"))),
        nameField(u"given_name"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Given name(s)"))),
        nameField(u"family_name_reading"_s,
                  form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Family name &reading (kana)"))),
        nameField(u"given_name_reading"_s,
                  form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Given name r&eading (kana)"))),
        nameField(u"latin_family_name"_s,
                  form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Family name in &Latin script"))),
        nameField(u"latin_given_name"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Given name in Lat&in script"))),
        code(u"name_order"_s, &nameOrders, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Name &order")), name, true),
    };
    f[0].toolTip = form(
        QT_TRANSLATE_NOOP("crm::ui::FormFields",
                          "In the name's own script: 山田, Hassani, حساني. A family or a given name is required."));
    f[2].placeholder = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "e.g. %1"));
    f[2].placeholderArg = u"やまだ"_s;
    f[3].placeholder = f[2].placeholder;
    f[3].placeholderArg = u"たろう"_s;
    f[6].toolTip = form(QT_TRANSLATE_NOOP(
        "crm::ui::FormFields", "Follows the name's culture; set automatically from the script until you choose."));
    f[6].defaultValue = u"given_first"_s;
    return f;
}

// A Japanese name is also searched written together (山田太郎, やまだたろう): people type it
// without the space.
void personExtraNames(const QVariantMap &stored, QList<SearchField> &fields)
{
    const QString family = stored.value(u"family_name"_s).toString();
    const QString given = stored.value(u"given_name"_s).toString();
    if (!PersonName::looksEastAsian(family + given) || family.isEmpty() || given.isEmpty()) {
        return;
    }
    const QString reading =
        stored.value(u"family_name_reading"_s).toString() + stored.value(u"given_name_reading"_s).toString();
    fields.append({u"family_name"_s, family + given, true});
    if (!reading.trimmed().isEmpty()) {
        fields.append({u"family_name_reading"_s, reading, true});
    }
}

FieldSpec linkedRecordField(bool required)
{
    FieldSpec f = field(u"linked_kind"_s, Type::KindLink, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "A&bout")),
                        form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Linked record")), required);
    f.companion = u"linked_id"_s;
    f.companionLabel = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Linked record"));
    return f;
}

} // namespace crm::catalogue
