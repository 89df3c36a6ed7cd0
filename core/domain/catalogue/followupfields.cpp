#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
// Done says when: the time it was first saved as done, cleared when reopened.
void stampDone(QVariantMap &stored, const Clock &clock)
{
    const bool done = stored.value(u"done"_s).toBool();
    if (done && storedText(stored, u"done_at"_s).isEmpty()) {
        stored.insert(u"done_at"_s, mapvalue::isoInstant(clock.nowUtc()));
    } else if (!done) {
        stored.insert(u"done_at"_s, QVariant());
    }
}

QString followUpTitle(const QVariantMap &stored)
{
    return storedText(stored, u"title"_s);
}

QString followUpSortKey(const QVariantMap &stored)
{
    const std::optional<QDate> due = storedDate(stored, u"due_date"_s);
    return due ? due->toString(Qt::ISODate) : QString();
}
} // namespace

KindSpec followUpKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Follow-up"));
    KindSpec spec{
        RecordKind::FollowUp,
        u"followup"_s,
        {listed(searched(longest(field(u"title"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Title")),
                                       general, true),
                                 300),
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
    spec.applyDefaults = &stampDone;
    spec.title = &followUpTitle;
    spec.sortKey = &followUpSortKey;
    return spec;
}

} // namespace crm::catalogue
