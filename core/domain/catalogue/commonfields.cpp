#include "domain/partialdate.h"
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
        longest(nameField(u"family_name"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Family name"))), 200),
        longest(nameField(u"given_name"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Given name(s)"))), 200),
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

FieldSpec ruled(FieldSpec f, quint32 rules)
{
    f.rules |= rules;
    return f;
}

FieldSpec longest(FieldSpec f, int maxLength)
{
    f.maxLength = maxLength;
    return f;
}

FieldSpec needed(FieldSpec f)
{
    f.required = true;
    return f;
}

void personNameOrder(QVariantMap &stored, FieldErrors &errors)
{
    const QString order = stored.value(u"name_order"_s).toString();
    if (order.isEmpty()) {
        const QString name = stored.value(u"family_name"_s).toString() + stored.value(u"given_name"_s).toString();
        stored.insert(u"name_order"_s, PersonName::looksEastAsian(name) ? u"family_first"_s : u"given_first"_s);
    } else if (order != u"family_first"_s && order != u"given_first"_s) {
        errors.append(
            {u"name_order"_s, QCoreApplication::translate("crm::PersonName", "must be family_first or given_first")});
    }
}

void personNameRules(const QVariantMap &stored, Validator &v)
{
    if (storedText(stored, u"family_name"_s).isEmpty() && storedText(stored, u"given_name"_s).isEmpty()) {
        v.fail(u"family_name"_s,
               QCoreApplication::translate("crm::PersonName", "is required (a family name or a given name)"));
    }
}

namespace {
PersonName personName(const QVariantMap &stored)
{
    FieldErrors ignored;
    MapReader reader(stored, ignored, {}, MapFormat::Storage);
    return PersonName::read(reader);
}
} // namespace

QString personTitle(const QVariantMap &stored)
{
    return personName(stored).displayName();
}

QString personSortKey(const QVariantMap &stored)
{
    return personName(stored).sortKey();
}

std::optional<QDate> storedDate(const QVariantMap &stored, const QString &key)
{
    FieldErrors ignored;
    return MapReader(stored, ignored, {}, MapFormat::Storage).date(key);
}

std::optional<QDateTime> storedInstant(const QVariantMap &stored, const QString &key)
{
    FieldErrors ignored;
    return MapReader(stored, ignored, {}, MapFormat::Storage).instant(key);
}

void dateOrder(Validator &v, const QVariantMap &row, const QString &start, const QString &end)
{
    v.dateOrder(end, storedDate(row, start), storedDate(row, end));
}

void partialDateOrder(Validator &v, const QVariantMap &row, const QString &start, const QString &end)
{
    FieldErrors ignored;
    MapReader reader(row, ignored, {}, MapFormat::Storage);
    const std::optional<PartialDate> from = reader.partialDate(start);
    v.dateOrder(end, from, reader.partialDate(end));
}

void eachElement(Validator &v, const QVariantMap &stored, const QString &field,
                 const std::function<void(Validator &, const QVariantMap &, qsizetype)> &check)
{
    const QVariantList elements = stored.value(field).toList();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        Validator ev(u"%1[%2]"_s.arg(field).arg(i));
        check(ev, elements[i].toMap(), i);
        v.merge(ev.errors());
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
