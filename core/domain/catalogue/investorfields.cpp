#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
void investorRules(const QVariantMap &stored, const QString &id, Validator &v)
{
    const QString parent = storedText(stored, u"parent_id"_s);
    if (!parent.isEmpty() && parent == id) {
        v.fail(u"parent_id"_s, QCoreApplication::translate("crm::Investor", "a company cannot be its own parent"));
    }
}

QString investorTitle(const QVariantMap &stored)
{
    const QString name = storedText(stored, u"name"_s);
    const QString latin = storedText(stored, u"name_latin"_s);
    return latin.isEmpty() || latin == name ? name : name + u" (" + latin + u')';
}

QString investorSortKey(const QVariantMap &stored)
{
    const QString reading = storedText(stored, u"name_reading"_s);
    return reading.isEmpty() ? storedText(stored, u"name"_s) : reading;
}
} // namespace

KindSpec investorKind()
{
    const Text names = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Names"));
    const Text company = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Company"));
    const auto name = [&](const QString &key, Type type, const Text &label, bool required = false) {
        return searched(field(key, type, label, names, required), Search::Name);
    };
    KindSpec spec{
        RecordKind::Investor,
        u"investor"_s,
        {tip(longest(name(u"name"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Name")), true), 300),
             form(QT_TRANSLATE_NOOP("crm::ui::FormFields",
                                    "The name officers use, often the Japanese legal name (矢崎総業株式会社)"))),
         name(u"name_latin"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Name in &Latin script"))),
         listed(name(u"name_reading"_s, Type::Text,
                     form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Name &reading (kana)"))),
                1, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Reading"))),
         tip(name(u"aliases"_s, Type::TextList, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Aliases"))),
             form(QT_TRANSLATE_NOOP("crm::ui::FormFields",
                                    "One per line: other names that should find this investor (Yazaki, 矢崎)"))),
         listed(field(u"sector"_s, Type::Sector, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Sector")), company), 2,
                list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Sector"))),
         listed(searched(field(u"hq_city"_s, Type::Text,
                               form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Head office &city")), company),
                         Search::Text),
                3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Head office"))),
         field(u"hq_country"_s, Type::Country, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Head office c&ountry")),
               company),
         link(u"parent_id"_s, RecordKind::Investor, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Parent company")),
              company),
         listed(ruled(field(u"employees"_s, Type::Integer, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Employees")),
                            company),
                      FieldSpec::NonNegative),
                4, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Employees"))),
         searched(hint(ruled(field(u"website"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Website")),
                                   company),
                             FieldSpec::Website),
                       Text{nullptr, "https://"}),
                  Search::Text),
         confidentialField(company), notesField()},
        list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Company")),
        0};
    spec.crossRules = &investorRules;
    spec.title = &investorTitle;
    spec.sortKey = &investorSortKey;
    return spec;
}

} // namespace crm::catalogue
