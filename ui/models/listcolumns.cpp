#include "listcolumns.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
struct ListColumnsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::ListColumns)
};
} // namespace

QList<ListColumn> listColumns(RecordKind kind)
{
    using V = ListValue;
    switch (kind) {
    case RecordKind::Officer:
        return {{u"@title"_s, ListColumnsTr::tr("Name"), V::Title},
                {u"initials"_s, ListColumnsTr::tr("Initials")},
                {u"email"_s, ListColumnsTr::tr("E-mail")},
                {u"active"_s, ListColumnsTr::tr("Active"), V::Bool}};
    case RecordKind::Agency:
        return {{u"@title"_s, ListColumnsTr::tr("Agency"), V::Title},
                {u"name_native"_s, ListColumnsTr::tr("Name in its language")},
                {u"country"_s, ListColumnsTr::tr("Country"), V::Country},
                {u"website"_s, ListColumnsTr::tr("Website")}};
    case RecordKind::Delegate:
        return {{u"@title"_s, ListColumnsTr::tr("Name"), V::Title},
                {u"agency_id"_s, ListColumnsTr::tr("Agency"), V::Link, RecordKind::Agency},
                {u"country"_s, ListColumnsTr::tr("Country"), V::Country},
                {u"title"_s, ListColumnsTr::tr("Position")},
                {u"status"_s, ListColumnsTr::tr("Status"), V::Enum}};
    case RecordKind::Investor:
        return {{u"@title"_s, ListColumnsTr::tr("Company"), V::Title},
                {u"name_reading"_s, ListColumnsTr::tr("Reading")},
                {u"sector"_s, ListColumnsTr::tr("Sector"), V::Sector},
                {u"hq_city"_s, ListColumnsTr::tr("Head office")},
                {u"employees"_s, ListColumnsTr::tr("Employees"), V::Integer}};
    case RecordKind::Contact:
        return {{u"@title"_s, ListColumnsTr::tr("Name"), V::Title},
                {u"investor_id"_s, ListColumnsTr::tr("Company"), V::Link, RecordKind::Investor},
                {u"title"_s, ListColumnsTr::tr("Position")},
                {u"department"_s, ListColumnsTr::tr("Department")},
                {u"email"_s, ListColumnsTr::tr("E-mail")}};
    case RecordKind::Mission:
        return {{u"start_date"_s, ListColumnsTr::tr("Start"), V::Date},
                {u"title"_s, ListColumnsTr::tr("Mission"), V::Text},
                {u"kind"_s, ListColumnsTr::tr("Kind"), V::Enum},
                {u"end_date"_s, ListColumnsTr::tr("End"), V::Date}};
    case RecordKind::Meeting:
        return {{u"starts_at"_s, ListColumnsTr::tr("When"), V::Instant},
                {u"investor_id"_s, ListColumnsTr::tr("Investor"), V::Link, RecordKind::Investor},
                {u"place"_s, ListColumnsTr::tr("Place")},
                {u"mission_id"_s, ListColumnsTr::tr("Mission"), V::Link, RecordKind::Mission},
                {u"interest_level"_s, ListColumnsTr::tr("Interest"), V::Integer}};
    case RecordKind::Deal:
        return {{u"@title"_s, ListColumnsTr::tr("Deal"), V::Title},
                {u"investor_id"_s, ListColumnsTr::tr("Investor"), V::Link, RecordKind::Investor},
                {u"host_country"_s, ListColumnsTr::tr("Host country"), V::Country},
                {u"sector"_s, ListColumnsTr::tr("Sector"), V::Sector},
                {u"stage"_s, ListColumnsTr::tr("Stage"), V::Enum}};
    case RecordKind::FollowUp:
        return {{u"due_date"_s, ListColumnsTr::tr("Due"), V::Date},
                {u"title"_s, ListColumnsTr::tr("Follow-up"), V::Text},
                {u"owner_id"_s, ListColumnsTr::tr("Owner"), V::Link, RecordKind::Officer},
                {u"done"_s, ListColumnsTr::tr("Done"), V::Bool}};
    case RecordKind::Note:
        return {{u"written_at"_s, ListColumnsTr::tr("Written"), V::Instant},
                {u"@title"_s, ListColumnsTr::tr("Note"), V::Title},
                {u"author_id"_s, ListColumnsTr::tr("Author"), V::Link, RecordKind::Officer},
                {u"linked_kind"_s, ListColumnsTr::tr("About"), V::Enum}};
    }
    return {};
}

} // namespace crm::ui
