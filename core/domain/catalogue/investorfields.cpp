#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {

KindSpec investorKind()
{
    const Text names = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Names"));
    const Text company = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Company"));
    const auto name = [&](const QString &key, Type type, const Text &label, bool required = false) {
        return searched(field(key, type, label, names, required), Search::Name);
    };
    return {
        RecordKind::Investor,
        u"investor"_s,
        {tip(name(u"name"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Name")), true),
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
         listed(field(u"employees"_s, Type::Integer, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Employees")),
                      company),
                4, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Employees"))),
         searched(
             hint(field(u"website"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Website")), company),
                  Text{nullptr, "https://"}),
             Search::Text),
         confidentialField(company), notesField()},
        list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Company")),
        0};
}

} // namespace crm::catalogue
