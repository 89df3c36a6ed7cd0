#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {

KindSpec officerKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Officer"));
    FieldSpec initials = listed(
        field(u"initials"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Initials")), general, true), 1,
        list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Initials")));
    initials.unique = true;
    initials.placeholder = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "1-5 letters, e.g. HS"));
    return {RecordKind::Officer,
            u"officer"_s,
            {field(u"name"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Name")), general, true),
             initials,
             listed(field(u"email"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "E-&mail")), general),
                    2, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "E-mail"))),
             listed(byDefault(field(u"active"_s, Type::Bool, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Active")),
                                    general),
                              true),
                    3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Active")))},
            list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Name")),
            0};
}

} // namespace crm::catalogue
