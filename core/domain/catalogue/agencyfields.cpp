#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {

KindSpec agencyKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Agency"));
    return {
        RecordKind::Agency,
        u"agency"_s,
        {searched(field(u"name"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Name")), general, true),
                  Search::Name, 1),
         listed(searched(field(u"name_native"_s, Type::Text,
                               form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Name in its own &language")), general),
                         Search::Name, 2),
                1, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Name in its language"))),
         searched(field(u"acronym"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Acronym")), general),
                  Search::Name, 0),
         listed(field(u"country"_s, Type::Country, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Country")), general,
                      true),
                2, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Country"))),
         listed(searched(hint(field(u"website"_s, Type::Text,
                                    form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Website")), general),
                              Text{nullptr, "https://"}),
                         Search::Text),
                3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Website"))),
         notesField()},
        list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Agency")),
        0};
}

} // namespace crm::catalogue
