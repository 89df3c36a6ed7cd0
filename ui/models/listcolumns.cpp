#include "listcolumns.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::ui::ListColumns", text);
}
} // namespace

QList<ListColumn> listColumns(RecordKind kind)
{
    using V = ListValue;
    switch (kind) {
    case RecordKind::Officer:
        return {{u"@title"_s, tr("Name"), V::Title},
                {u"initials"_s, tr("Initials")},
                {u"email"_s, tr("E-mail")},
                {u"active"_s, tr("Active"), V::Bool}};
    case RecordKind::Agency:
        return {{u"@title"_s, tr("Agency"), V::Title},
                {u"name_native"_s, tr("Name in its language")},
                {u"country"_s, tr("Country"), V::Country},
                {u"website"_s, tr("Website")}};
    case RecordKind::Delegate:
        return {{u"@title"_s, tr("Name"), V::Title},
                {u"agency_id"_s, tr("Agency"), V::Link, RecordKind::Agency},
                {u"country"_s, tr("Country"), V::Country},
                {u"title"_s, tr("Position")},
                {u"status"_s, tr("Status"), V::Enum}};
    case RecordKind::Investor:
        return {{u"@title"_s, tr("Company"), V::Title},
                {u"name_reading"_s, tr("Reading")},
                {u"sector"_s, tr("Sector"), V::Sector},
                {u"hq_city"_s, tr("Head office")},
                {u"employees"_s, tr("Employees"), V::Integer}};
    case RecordKind::Contact:
        return {{u"@title"_s, tr("Name"), V::Title},
                {u"investor_id"_s, tr("Company"), V::Link, RecordKind::Investor},
                {u"title"_s, tr("Position")},
                {u"department"_s, tr("Department")},
                {u"email"_s, tr("E-mail")}};
    case RecordKind::Mission:
        return {{u"start_date"_s, tr("Start"), V::Date},
                {u"title"_s, tr("Mission"), V::Text},
                {u"kind"_s, tr("Kind"), V::Enum},
                {u"end_date"_s, tr("End"), V::Date}};
    case RecordKind::Meeting:
        return {{u"starts_at"_s, tr("When"), V::Instant},
                {u"investor_id"_s, tr("Investor"), V::Link, RecordKind::Investor},
                {u"place"_s, tr("Place")},
                {u"mission_id"_s, tr("Mission"), V::Link, RecordKind::Mission},
                {u"interest_level"_s, tr("Interest"), V::Integer}};
    case RecordKind::Deal:
        return {{u"@title"_s, tr("Deal"), V::Title},
                {u"investor_id"_s, tr("Investor"), V::Link, RecordKind::Investor},
                {u"host_country"_s, tr("Host country"), V::Country},
                {u"sector"_s, tr("Sector"), V::Sector},
                {u"stage"_s, tr("Stage"), V::Enum}};
    case RecordKind::FollowUp:
        return {{u"due_date"_s, tr("Due"), V::Date},
                {u"title"_s, tr("Follow-up"), V::Text},
                {u"owner_id"_s, tr("Owner"), V::Link, RecordKind::Officer},
                {u"done"_s, tr("Done"), V::Bool}};
    case RecordKind::Note:
        return {{u"written_at"_s, tr("Written"), V::Instant},
                {u"@title"_s, tr("Note"), V::Title},
                {u"author_id"_s, tr("Author"), V::Link, RecordKind::Officer},
                {u"linked_kind"_s, tr("About"), V::Enum}};
    }
    return {};
}

} // namespace crm::ui
