#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {

KindSpec followUpKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Follow-up"));
    KindSpec spec{
        RecordKind::FollowUp,
        u"followup"_s,
        {listed(searched(field(u"title"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Title")),
                               general, true),
                         Search::Name),
                1, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Follow-up"))),
         listed(link(u"owner_id"_s, RecordKind::Officer, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "O&wner")),
                     general, true),
                2, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Owner"))),
         listed(field(u"due_date"_s, Type::Date, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "D&ue date")), general,
                      true),
                0, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Due"))),
         listed(field(u"done"_s, Type::Bool, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Done")), general), 3,
                list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Done"))),
         field(u"done_at"_s, Type::Instant, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Done &at")), general),
         linkedRecordField(false), notesField()},
        {},
        -1};
    named(spec.fields, u"owner_id").defaultsToOfficer = true;
    named(spec.fields, u"done_at").placeholder =
        form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Set when saved as done"));
    return spec;
}

} // namespace crm::catalogue
