#include "tablespec.h"

using namespace Qt::StringLiterals;

namespace crm::storage {
namespace {
using T = ColumnType;

Column text(const QString &name)
{
    return {name, T::Text};
}

QList<Column> personNameColumns()
{
    return {text(u"family_name"_s),        text(u"given_name"_s),        text(u"family_name_reading"_s),
            text(u"given_name_reading"_s), text(u"latin_family_name"_s), text(u"latin_given_name"_s),
            text(u"name_order"_s)};
}

QList<TableSpec> buildSpecs()
{
    QList<TableSpec> specs;
    specs.append({RecordKind::Officer,
                  u"officer"_s,
                  {text(u"name"_s), text(u"initials"_s), text(u"email"_s), {u"active"_s, T::Bool}},
                  {},
                  {},
                  {},
                  {u"initials"_s}});
    specs.append({RecordKind::Agency,
                  u"agency"_s,
                  {text(u"name"_s), text(u"name_native"_s), text(u"acronym"_s), text(u"country"_s), text(u"website"_s),
                   text(u"notes"_s)},
                  {},
                  {},
                  {},
                  {}});
    specs.append({RecordKind::Delegate,
                  u"delegate"_s,
                  personNameColumns() + QList<Column>{text(u"agency_id"_s),
                                                      text(u"country"_s),
                                                      text(u"title"_s),
                                                      text(u"email"_s),
                                                      {u"phones"_s, T::TextList},
                                                      {u"languages"_s, T::TextList},
                                                      {u"sectors"_s, T::TextList},
                                                      text(u"status"_s),
                                                      text(u"notes"_s),
                                                      {u"confidential"_s, T::Bool}},
                  {{u"stays"_s,
                    u"delegate_stay"_s,
                    u"delegate_id"_s,
                    {text(u"start_date"_s), text(u"end_date"_s), text(u"host_office"_s), text(u"notes"_s)},
                    {},
                    {}},
                   {u"positions"_s,
                    u"delegate_position"_s,
                    u"delegate_id"_s,
                    {text(u"organisation"_s), text(u"title"_s), text(u"from_date"_s), text(u"to_date"_s)},
                    {},
                    {}}},
                  {{u"agency_id"_s, RecordKind::Agency, false}},
                  {},
                  {}});
    specs.append({RecordKind::Investor,
                  u"investor"_s,
                  {text(u"name"_s),
                   text(u"name_latin"_s),
                   text(u"name_reading"_s),
                   {u"aliases"_s, T::TextList},
                   text(u"sector"_s),
                   text(u"hq_city"_s),
                   text(u"hq_country"_s),
                   text(u"parent_id"_s),
                   {u"employees"_s, T::Integer},
                   text(u"website"_s),
                   text(u"notes"_s),
                   {u"confidential"_s, T::Bool}},
                  {},
                  {{u"parent_id"_s, RecordKind::Investor, false}},
                  {},
                  {}});
    specs.append({RecordKind::Contact,
                  u"contact"_s,
                  personNameColumns() + QList<Column>{text(u"investor_id"_s),
                                                      text(u"title"_s),
                                                      text(u"department"_s),
                                                      text(u"email"_s),
                                                      {u"phones"_s, T::TextList},
                                                      text(u"active_from"_s),
                                                      text(u"active_to"_s),
                                                      text(u"notes"_s)},
                  {},
                  {{u"investor_id"_s, RecordKind::Investor, true}},
                  {},
                  {}});
    specs.append({RecordKind::Mission,
                  u"mission"_s,
                  {text(u"kind"_s),
                   text(u"title"_s),
                   text(u"start_date"_s),
                   text(u"end_date"_s),
                   {u"places"_s, T::TextList},
                   text(u"notes"_s),
                   {u"confidential"_s, T::Bool}},
                  {{u"participants"_s,
                    u"mission_participant"_s,
                    u"mission_id"_s,
                    {text(u"person_kind"_s), text(u"person_id"_s), text(u"role"_s)},
                    {},
                    {{u"person_kind"_s, u"person_id"_s}}},
                   {u"agenda"_s,
                    u"mission_agenda_item"_s,
                    u"mission_id"_s,
                    {text(u"starts_at"_s), text(u"place"_s), text(u"description"_s), text(u"meeting_id"_s)},
                    {{u"meeting_id"_s, RecordKind::Meeting, false}},
                    {}}},
                  {},
                  {},
                  {}});
    specs.append({RecordKind::Meeting,
                  u"meeting"_s,
                  {text(u"starts_at"_s),
                   text(u"time_zone"_s),
                   text(u"place"_s),
                   text(u"mission_id"_s),
                   text(u"investor_id"_s),
                   text(u"interpreter"_s),
                   text(u"language"_s),
                   {u"interest_level"_s, T::Integer},
                   text(u"information_requested"_s),
                   text(u"next_step"_s),
                   text(u"summary"_s),
                   text(u"talking_points"_s),
                   {u"confidential"_s, T::Bool}},
                  {{u"attendees"_s,
                    u"meeting_attendee"_s,
                    u"meeting_id"_s,
                    {text(u"side"_s), text(u"person_kind"_s), text(u"person_id"_s), text(u"name"_s), text(u"role"_s)},
                    {},
                    {{u"person_kind"_s, u"person_id"_s}}}},
                  {{u"mission_id"_s, RecordKind::Mission, false}, {u"investor_id"_s, RecordKind::Investor, true}},
                  {},
                  {}});
    specs.append(
        {RecordKind::Deal,
         u"deal"_s,
         {text(u"title"_s), text(u"investor_id"_s), text(u"host_country"_s), text(u"sector"_s), text(u"stage"_s),
          text(u"lost_reason"_s), text(u"notes"_s)},
         {{u"stage_history"_s,
           u"deal_stage_change"_s,
           u"deal_id"_s,
           {text(u"stage"_s), text(u"date"_s), text(u"note"_s)},
           {},
           {}},
          {u"credits"_s,
           u"deal_credit"_s,
           u"deal_id"_s,
           {text(u"credited_kind"_s), text(u"credited_id"_s), text(u"role"_s)},
           {},
           {{u"credited_kind"_s, u"credited_id"_s}}},
          {u"impact"_s,
           u"deal_impact"_s,
           u"deal_id"_s,
           {text(u"indicator"_s), text(u"status"_s), {u"value"_s, T::Integer}, text(u"currency"_s), text(u"as_of"_s)},
           {},
           {}}},
         {{u"investor_id"_s, RecordKind::Investor, true}},
         {},
         {}});
    specs.append({RecordKind::FollowUp,
                  u"followup"_s,
                  {text(u"title"_s),
                   text(u"owner_id"_s),
                   text(u"due_date"_s),
                   {u"done"_s, T::Bool},
                   text(u"done_at"_s),
                   text(u"linked_kind"_s),
                   text(u"linked_id"_s),
                   text(u"notes"_s)},
                  {},
                  {{u"owner_id"_s, RecordKind::Officer, true}},
                  {{u"linked_kind"_s, u"linked_id"_s}},
                  {}});
    specs.append(
        {RecordKind::Note,
         u"note"_s,
         {text(u"body"_s), text(u"author_id"_s), text(u"written_at"_s), text(u"linked_kind"_s), text(u"linked_id"_s)},
         {},
         {{u"author_id"_s, RecordKind::Officer, false}},
         {{u"linked_kind"_s, u"linked_id"_s}},
         {}});
    return specs;
}
} // namespace

const TableSpec &tableSpec(RecordKind kind)
{
    static const QList<TableSpec> specs = buildSpecs();
    for (const TableSpec &spec : specs) {
        if (spec.kind == kind) {
            return spec;
        }
    }
    Q_UNREACHABLE();
}

} // namespace crm::storage
