#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
QString agencyTitle(const QVariantMap &stored)
{
    const QString name = storedText(stored, u"name"_s);
    const QString acronym = storedText(stored, u"acronym"_s);
    return acronym.isEmpty() ? name : acronym + u" \u2013 "_s + name;
}

QString agencyName(const QVariantMap &stored)
{
    return storedText(stored, u"name"_s);
}
} // namespace

KindSpec agencyKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Agency"));
    KindSpec spec{
        RecordKind::Agency,
        u"agency"_s,
        {searched(longest(field(u"name"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Name")), general,
                                true),
                          300),
                  Search::Name, 1),
         listed(searched(field(u"name_native"_s, Type::Text,
                               form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Name in its own &language")), general),
                         Search::Name, 2),
                1, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Name in its language"))),
         searched(longest(field(u"acronym"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Acronym")),
                                general),
                          30),
                  Search::Name, 0),
         listed(field(u"country"_s, Type::Country, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Country")), general,
                      true),
                2, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Country"))),
         listed(searched(hint(ruled(field(u"website"_s, Type::Text,
                                          form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Website")), general),
                                    FieldSpec::Website),
                              Text{nullptr, "https://"}),
                         Search::Text),
                3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Website"))),
         notesField()},
        list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Agency")),
        0};
    spec.title = &agencyTitle;
    spec.sortKey = &agencyName;
    return spec;
}

} // namespace crm::catalogue
