#include "formfields.h"

#include "domain/deal.h"
#include "domain/mission.h"
#include "domain/referencedata.h"
#include "models/recordkindlabel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
struct FormFieldsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::FormFields)
};

FieldSpec field(const QString &name, const QString &label, FieldType type, const QString &section,
                bool required = false)
{
    FieldSpec f;
    f.name = name;
    f.label = label;
    f.type = type;
    f.section = section;
    f.required = required;
    return f;
}

FieldSpec choice(const QString &name, const QString &label, const QString &section, const Choices &choices,
                 bool required, const QVariant &defaultValue = {})
{
    FieldSpec f = field(name, label, FieldType::Choice, section, required);
    f.choices = choices;
    f.defaultValue = defaultValue;
    return f;
}

FieldSpec link(const QString &name, const QString &label, const QString &section, RecordKind kind,
               bool required = false)
{
    FieldSpec f = field(name, label, FieldType::RecordLink, section, required);
    f.linkKind = kind;
    f.placeholder = FormFieldsTr::tr("Type part of a name to search");
    return f;
}

FieldSpec children(const QString &name, const QString &label, QList<ColumnSpec> columns)
{
    FieldSpec f = field(name, label, FieldType::ChildList, plainLabel(label));
    f.columns = std::move(columns);
    return f;
}

ColumnSpec column(const QString &name, const QString &label, FieldType type = FieldType::Text, bool stretch = false)
{
    ColumnSpec c;
    c.name = name;
    c.label = label;
    c.type = type;
    c.stretch = stretch;
    return c;
}

ColumnSpec choiceColumn(const QString &name, const QString &label, const QStringList &codes, const QVariant &def = {})
{
    ColumnSpec c = column(name, label, FieldType::Choice);
    c.choices = codeChoices(codes);
    c.defaultValue = def;
    return c;
}

ColumnSpec linkColumn(const QString &name, const QString &label, const QString &kindField)
{
    ColumnSpec c = column(name, label, FieldType::RecordLink, true);
    c.kindField = kindField;
    return c;
}

ColumnSpec dateColumn(const QString &name, const QString &label, bool today = false)
{
    ColumnSpec c = column(name, label, FieldType::Date);
    c.defaultToday = today;
    return c;
}

// One label and tip for every kind that can be marked confidential.
FieldSpec confidentialField(const QString &section)
{
    FieldSpec f = field(u"confidential"_s, FormFieldsTr::tr("Confi&dential"), FieldType::Bool, section);
    f.toolTip = FormFieldsTr::tr("Printed documents about this record carry a confidentiality marking");
    f.defaultValue = false;
    return f;
}

Choices sectorChoices()
{
    QStringList codes;
    for (const Sector &s : reference::sectors()) {
        codes << s.code;
    }
    return codeChoices(codes);
}

// Person-name kinds group the name in its own script, its kana reading and its romanised form.
QList<FieldSpec> personNameFields()
{
    const QString name = FormFieldsTr::tr("Name");
    QList<FieldSpec> f{
        field(u"family_name"_s, FormFieldsTr::tr("&Family name"), FieldType::Text, name),
        field(u"given_name"_s, FormFieldsTr::tr("&Given name(s)"), FieldType::Text, name),
        field(u"family_name_reading"_s, FormFieldsTr::tr("Family name &reading (kana)"), FieldType::Text, name),
        field(u"given_name_reading"_s, FormFieldsTr::tr("Given name r&eading (kana)"), FieldType::Text, name),
        field(u"latin_family_name"_s, FormFieldsTr::tr("Family name in &Latin script"), FieldType::Text, name),
        field(u"latin_given_name"_s, FormFieldsTr::tr("Given name in Lat&in script"), FieldType::Text, name),
        choice(u"name_order"_s, FormFieldsTr::tr("Name &order"), name,
               codeChoices({u"family_first"_s, u"given_first"_s}), true),
    };
    f[0].toolTip =
        FormFieldsTr::tr("In the name's own script: 山田, Hassani, حساني. A family or a given name is required.");
    f[2].placeholder = FormFieldsTr::tr("e.g. %1").arg(u"やまだ"_s);
    f[3].placeholder = FormFieldsTr::tr("e.g. %1").arg(u"たろう"_s);
    f[6].toolTip = FormFieldsTr::tr("Follows the name's culture; set automatically from the script until you choose.");
    f[6].defaultValue = u"given_first"_s;
    return f;
}

QList<FieldSpec> officerFields()
{
    const QString general = FormFieldsTr::tr("Officer");
    QList<FieldSpec> f{
        field(u"name"_s, FormFieldsTr::tr("&Name"), FieldType::Text, general, true),
        field(u"initials"_s, FormFieldsTr::tr("&Initials"), FieldType::Text, general, true),
        field(u"email"_s, FormFieldsTr::tr("E-&mail"), FieldType::Text, general),
        field(u"active"_s, FormFieldsTr::tr("&Active"), FieldType::Bool, general),
    };
    f[1].placeholder = FormFieldsTr::tr("1-5 letters, e.g. HS");
    f[3].defaultValue = true;
    return f;
}

QList<FieldSpec> agencyFields()
{
    const QString general = FormFieldsTr::tr("Agency");
    QList<FieldSpec> f{
        field(u"name"_s, FormFieldsTr::tr("&Name"), FieldType::Text, general, true),
        field(u"name_native"_s, FormFieldsTr::tr("Name in its own &language"), FieldType::Text, general),
        field(u"acronym"_s, FormFieldsTr::tr("&Acronym"), FieldType::Text, general),
        field(u"country"_s, FormFieldsTr::tr("&Country"), FieldType::Country, general, true),
        field(u"website"_s, FormFieldsTr::tr("&Website"), FieldType::Text, general),
        field(u"notes"_s, FormFieldsTr::tr("N&otes"), FieldType::MultiLineText, FormFieldsTr::tr("Notes")),
    };
    f[4].placeholder = u"https://"_s;
    return f;
}

QList<FieldSpec> delegateFields()
{
    const QString work = FormFieldsTr::tr("Agency and work");
    const QString reach = FormFieldsTr::tr("Contact details");
    FieldSpec sectors = field(u"sectors"_s, FormFieldsTr::tr("&Sectors"), FieldType::ChoiceList, work);
    sectors.choices = sectorChoices();
    QList<FieldSpec> f = personNameFields();
    f << link(u"agency_id"_s, FormFieldsTr::tr("Agenc&y"), work, RecordKind::Agency)
      << field(u"country"_s, FormFieldsTr::tr("&Country"), FieldType::Country, work)
      << field(u"title"_s, FormFieldsTr::tr("&Title"), FieldType::Text, work)
      << choice(u"status"_s, FormFieldsTr::tr("St&atus"), work, codeChoices({u"active"_s, u"alumnus"_s}), true,
                u"active"_s)
      << confidentialField(work) << sectors << field(u"email"_s, FormFieldsTr::tr("E-&mail"), FieldType::Text, reach)
      << field(u"phones"_s, FormFieldsTr::tr("&Phones"), FieldType::StringList, reach)
      << field(u"languages"_s, FormFieldsTr::tr("La&nguages"), FieldType::StringList, reach)
      << field(u"notes"_s, FormFieldsTr::tr("N&otes"), FieldType::MultiLineText, FormFieldsTr::tr("Notes"));
    f.last().toolTip = FormFieldsTr::tr("Free text; the career is better kept in the positions below.");
    f[f.size() - 2].toolTip = FormFieldsTr::tr("One per line: ISO 639-1 codes (ar, fr, en) or names");
    f[f.size() - 3].toolTip = FormFieldsTr::tr("One per line, with the country code: +212 600 000 001");
    ColumnSpec host = column(u"host_office"_s, FormFieldsTr::tr("Host office"));
    host.defaultValue = u"ITPO Tokyo"_s;
    f << children(u"stays"_s, FormFieldsTr::tr("Programme sta&ys"),
                  {dateColumn(u"start_date"_s, FormFieldsTr::tr("Start date")),
                   dateColumn(u"end_date"_s, FormFieldsTr::tr("End date")), host,
                   column(u"notes"_s, FormFieldsTr::tr("Notes"), FieldType::Text, true)})
      << children(u"positions"_s, FormFieldsTr::tr("Career &positions"),
                  {column(u"organisation"_s, FormFieldsTr::tr("Organisation"), FieldType::Text, true),
                   column(u"title"_s, FormFieldsTr::tr("Title"), FieldType::Text, true),
                   dateColumn(u"from_date"_s, FormFieldsTr::tr("From")),
                   dateColumn(u"to_date"_s, FormFieldsTr::tr("To (empty: current)"))});
    return f;
}

QList<FieldSpec> investorFields()
{
    const QString names = FormFieldsTr::tr("Names");
    const QString company = FormFieldsTr::tr("Company");
    QList<FieldSpec> f{
        field(u"name"_s, FormFieldsTr::tr("&Name"), FieldType::Text, names, true),
        field(u"name_latin"_s, FormFieldsTr::tr("Name in &Latin script"), FieldType::Text, names),
        field(u"name_reading"_s, FormFieldsTr::tr("Name &reading (kana)"), FieldType::Text, names),
        field(u"aliases"_s, FormFieldsTr::tr("&Aliases"), FieldType::StringList, names),
        choice(u"sector"_s, FormFieldsTr::tr("&Sector"), company, sectorChoices(), false),
        field(u"hq_city"_s, FormFieldsTr::tr("Head office &city"), FieldType::Text, company),
        field(u"hq_country"_s, FormFieldsTr::tr("Head office c&ountry"), FieldType::Country, company),
        link(u"parent_id"_s, FormFieldsTr::tr("&Parent company"), company, RecordKind::Investor),
        field(u"employees"_s, FormFieldsTr::tr("&Employees"), FieldType::Integer, company),
        field(u"website"_s, FormFieldsTr::tr("&Website"), FieldType::Text, company),
        confidentialField(company),
        field(u"notes"_s, FormFieldsTr::tr("N&otes"), FieldType::MultiLineText, FormFieldsTr::tr("Notes")),
    };
    f[0].toolTip = FormFieldsTr::tr("The name officers use, often the Japanese legal name (矢崎総業株式会社)");
    f[3].toolTip = FormFieldsTr::tr("One per line: other names that should find this investor (Yazaki, 矢崎)");
    f[9].placeholder = u"https://"_s;
    return f;
}

QList<FieldSpec> contactFields()
{
    const QString work = FormFieldsTr::tr("Company and post");
    const QString reach = FormFieldsTr::tr("Contact details");
    QList<FieldSpec> f = personNameFields();
    f << link(u"investor_id"_s, FormFieldsTr::tr("In&vestor"), work, RecordKind::Investor, true)
      << field(u"title"_s, FormFieldsTr::tr("&Title"), FieldType::Text, work)
      << field(u"department"_s, FormFieldsTr::tr("&Department"), FieldType::Text, work)
      << field(u"active_from"_s, FormFieldsTr::tr("Active &from"), FieldType::Date, work)
      << field(u"active_to"_s, FormFieldsTr::tr("Active &until"), FieldType::Date, work)
      << field(u"email"_s, FormFieldsTr::tr("E-&mail"), FieldType::Text, reach)
      << field(u"phones"_s, FormFieldsTr::tr("&Phones"), FieldType::StringList, reach)
      << field(u"notes"_s, FormFieldsTr::tr("N&otes"), FieldType::MultiLineText, FormFieldsTr::tr("Notes"));
    return f;
}

QList<FieldSpec> missionFields()
{
    const QString general = FormFieldsTr::tr("Mission");
    ColumnSpec participantKind = choiceColumn(u"person_kind"_s, FormFieldsTr::tr("Kind"),
                                              {u"delegate"_s, u"contact"_s, u"officer"_s}, u"delegate"_s);
    ColumnSpec meeting = column(u"meeting_id"_s, FormFieldsTr::tr("Meeting"), FieldType::RecordLink);
    meeting.linkKind = RecordKind::Meeting;
    QList<FieldSpec> f{
        choice(u"kind"_s, FormFieldsTr::tr("&Kind"), general, codeChoices(Mission::kinds()), true),
        field(u"title"_s, FormFieldsTr::tr("&Title"), FieldType::Text, general, true),
        field(u"start_date"_s, FormFieldsTr::tr("&Start date"), FieldType::Date, general, true),
        field(u"end_date"_s, FormFieldsTr::tr("&End date"), FieldType::Date, general, true),
        field(u"places"_s, FormFieldsTr::tr("&Places"), FieldType::StringList, general),
        confidentialField(general),
        field(u"notes"_s, FormFieldsTr::tr("N&otes"), FieldType::MultiLineText, FormFieldsTr::tr("Notes")),
        children(u"participants"_s, FormFieldsTr::tr("P&articipants"),
                 {participantKind, linkColumn(u"person_id"_s, FormFieldsTr::tr("Person"), u"person_kind"_s),
                  column(u"role"_s, FormFieldsTr::tr("Role"))}),
        children(u"agenda"_s, FormFieldsTr::tr("A&genda"),
                 {column(u"starts_at"_s, FormFieldsTr::tr("Starts at (local time)"), FieldType::Instant),
                  column(u"place"_s, FormFieldsTr::tr("Place")),
                  column(u"description"_s, FormFieldsTr::tr("Description"), FieldType::Text, true), meeting}),
    };
    f[4].toolTip = FormFieldsTr::tr("One per line: cities, sites, venues");
    return f;
}

QList<FieldSpec> meetingFields()
{
    const QString general = FormFieldsTr::tr("Meeting");
    const QString outcome = FormFieldsTr::tr("Outcome");
    FieldSpec starts = field(u"starts_at"_s, FormFieldsTr::tr("&Starts at"), FieldType::ZonedDateTime, general, true);
    starts.companion = u"time_zone"_s;
    starts.companionLabel = FormFieldsTr::tr("Time zone");
    starts.defaultValue = u"Asia/Tokyo"_s;
    FieldSpec talkingPoints = field(u"talking_points"_s, FormFieldsTr::tr("&Talking points"), FieldType::MultiLineText,
                                    FormFieldsTr::tr("Briefing"));
    talkingPoints.toolTip = FormFieldsTr::tr("What you want to raise; printed on the meeting briefing");
    QList<FieldSpec> f{
        starts,
        field(u"place"_s, FormFieldsTr::tr("&Place"), FieldType::Text, general),
        link(u"mission_id"_s, FormFieldsTr::tr("&Mission"), general, RecordKind::Mission),
        link(u"investor_id"_s, FormFieldsTr::tr("In&vestor"), general, RecordKind::Investor, true),
        field(u"interpreter"_s, FormFieldsTr::tr("Inte&rpreter"), FieldType::Text, general),
        field(u"language"_s, FormFieldsTr::tr("&Language"), FieldType::Text, general),
        confidentialField(general),
        talkingPoints,
        choice(u"interest_level"_s, FormFieldsTr::tr("Interest &level"), outcome, interestLevelChoices(), false),
        field(u"information_requested"_s, FormFieldsTr::tr("&Information requested"), FieldType::MultiLineText,
              outcome),
        field(u"next_step"_s, FormFieldsTr::tr("Ne&xt step"), FieldType::MultiLineText, outcome),
        field(u"summary"_s, FormFieldsTr::tr("S&ummary"), FieldType::MultiLineText, outcome),
        children(u"attendees"_s, FormFieldsTr::tr("&Attendees"),
                 {choiceColumn(u"side"_s, FormFieldsTr::tr("Side"), {u"delegate"_s, u"investor"_s, u"itpo"_s},
                               u"delegate"_s),
                  choiceColumn(u"person_kind"_s, FormFieldsTr::tr("Kind"),
                               {u"delegate"_s, u"contact"_s, u"officer"_s, u"other"_s}, u"delegate"_s),
                  linkColumn(u"person_id"_s, FormFieldsTr::tr("Person"), u"person_kind"_s),
                  column(u"name"_s, FormFieldsTr::tr("Name (kind other)")),
                  column(u"role"_s, FormFieldsTr::tr("Role"))}),
    };
    f[5].placeholder = FormFieldsTr::tr("French / Japanese");
    return f;
}

QList<FieldSpec> dealFields()
{
    const QString general = FormFieldsTr::tr("Deal");
    ColumnSpec value = column(u"value"_s, FormFieldsTr::tr("Value"), FieldType::Amount);
    value.kindField = u"indicator"_s;
    ColumnSpec currency = column(u"currency"_s, FormFieldsTr::tr("Currency"), FieldType::Currency);
    currency.choices = currencyChoices();
    ColumnSpec stage = choiceColumn(u"stage"_s, FormFieldsTr::tr("Stage"), Deal::stages(), u"lead"_s);
    ColumnSpec indicator = choiceColumn(u"indicator"_s, FormFieldsTr::tr("Indicator"), Deal::indicators(), u"capex"_s);
    indicator.stretch = true;
    QList<FieldSpec> f{
        field(u"title"_s, FormFieldsTr::tr("&Title"), FieldType::Text, general, true),
        link(u"investor_id"_s, FormFieldsTr::tr("In&vestor"), general, RecordKind::Investor, true),
        field(u"host_country"_s, FormFieldsTr::tr("&Host country"), FieldType::Country, general, true),
        choice(u"sector"_s, FormFieldsTr::tr("&Sector"), general, sectorChoices(), true),
        choice(u"stage"_s, FormFieldsTr::tr("St&age"), general, codeChoices(Deal::stages()), true, u"lead"_s),
        field(u"lost_reason"_s, FormFieldsTr::tr("&Lost reason"), FieldType::Text, general),
        field(u"notes"_s, FormFieldsTr::tr("N&otes"), FieldType::MultiLineText, FormFieldsTr::tr("Notes")),
        children(u"stage_history"_s, FormFieldsTr::tr("Stage &history"),
                 {stage, dateColumn(u"date"_s, FormFieldsTr::tr("Date"), true),
                  column(u"note"_s, FormFieldsTr::tr("Note"), FieldType::Text, true)}),
        children(u"credits"_s, FormFieldsTr::tr("&Credits"),
                 {choiceColumn(u"credited_kind"_s, FormFieldsTr::tr("Credited"), {u"delegate"_s, u"mission"_s},
                               u"delegate"_s),
                  linkColumn(u"credited_id"_s, FormFieldsTr::tr("Delegate or mission"), u"credited_kind"_s),
                  choiceColumn(u"role"_s, FormFieldsTr::tr("Role"), Deal::creditRoles(), u"promotion"_s)}),
        children(u"impact"_s, FormFieldsTr::tr("&Impact"),
                 {indicator,
                  choiceColumn(u"status"_s, FormFieldsTr::tr("Status"), Deal::impactStatuses(), u"planned"_s), value,
                  currency, dateColumn(u"as_of"_s, FormFieldsTr::tr("As of"), true)}),
    };
    f[5].toolTip = FormFieldsTr::tr("Required when the stage is Lost");
    f[7].toolTip = FormFieldsTr::tr("A stage change without a matching entry gets one dated today when saved.");
    return f;
}

QList<FieldSpec> linkedRecordField(bool required)
{
    FieldSpec f = field(u"linked_kind"_s, FormFieldsTr::tr("A&bout"), FieldType::RecordKindLink,
                        FormFieldsTr::tr("Linked record"), required);
    f.companion = u"linked_id"_s;
    f.companionLabel = FormFieldsTr::tr("Linked record");
    for (RecordKind kind : allRecordKinds()) {
        f.choices.append({kindName(kind), recordKindLabel(kind)});
    }
    return {f};
}

QList<FieldSpec> followUpFields()
{
    const QString general = FormFieldsTr::tr("Follow-up");
    FieldSpec owner = link(u"owner_id"_s, FormFieldsTr::tr("O&wner"), general, RecordKind::Officer, true);
    owner.defaultsToOfficer = true;
    FieldSpec doneAt = field(u"done_at"_s, FormFieldsTr::tr("Done &at"), FieldType::Instant, general);
    doneAt.placeholder = FormFieldsTr::tr("Set when saved as done");
    QList<FieldSpec> f{
        field(u"title"_s, FormFieldsTr::tr("&Title"), FieldType::Text, general, true),
        owner,
        field(u"due_date"_s, FormFieldsTr::tr("D&ue date"), FieldType::Date, general, true),
        field(u"done"_s, FormFieldsTr::tr("&Done"), FieldType::Bool, general),
        doneAt,
    };
    f << linkedRecordField(false)
      << field(u"notes"_s, FormFieldsTr::tr("N&otes"), FieldType::MultiLineText, FormFieldsTr::tr("Notes"));
    return f;
}

QList<FieldSpec> noteFields()
{
    const QString general = FormFieldsTr::tr("Note");
    FieldSpec author = link(u"author_id"_s, FormFieldsTr::tr("&Author"), general, RecordKind::Officer);
    author.defaultsToOfficer = true;
    FieldSpec writtenAt = field(u"written_at"_s, FormFieldsTr::tr("&Written at"), FieldType::Instant, general);
    writtenAt.placeholder = FormFieldsTr::tr("Now, when saved");
    QList<FieldSpec> f{field(u"body"_s, FormFieldsTr::tr("&Text"), FieldType::MultiLineText, general, true), author,
                       writtenAt};
    f << linkedRecordField(true);
    return f;
}
} // namespace

QString plainLabel(const QString &label)
{
    QString result;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label[i] == u'&' && i + 1 < label.size()) {
            ++i;
        }
        result += label[i];
    }
    return result;
}

QList<FieldSpec> formFields(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Officer:
        return officerFields();
    case RecordKind::Agency:
        return agencyFields();
    case RecordKind::Delegate:
        return delegateFields();
    case RecordKind::Investor:
        return investorFields();
    case RecordKind::Contact:
        return contactFields();
    case RecordKind::Mission:
        return missionFields();
    case RecordKind::Meeting:
        return meetingFields();
    case RecordKind::Deal:
        return dealFields();
    case RecordKind::FollowUp:
        return followUpFields();
    case RecordKind::Note:
        return noteFields();
    }
    return {};
}

} // namespace crm::ui
