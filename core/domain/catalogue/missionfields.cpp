#include "domain/mission.h"
#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
const QStringList &participantKinds()
{
    static const QStringList codes{u"delegate"_s, u"contact"_s, u"officer"_s};
    return codes;
}

QList<FieldSpec> participants()
{
    FieldSpec kind = column(u"person_kind"_s, Type::Code, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Kind")));
    kind.required = true;
    kind.codes = &participantKinds;
    kind.defaultValue = u"delegate"_s;
    FieldSpec person = column(u"person_id"_s, Type::Link, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Person")));
    person.kindField = u"person_kind"_s;
    person.stretch = true;
    person.required = true;
    return {kind, person, column(u"role"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Role")))};
}

QList<FieldSpec> agenda()
{
    FieldSpec meeting = column(u"meeting_id"_s, Type::Link, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Meeting")));
    meeting.linkKind = RecordKind::Meeting;
    return {
        needed(column(u"starts_at"_s, Type::Instant,
                      form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Starts at (local time)")))),
        searched(column(u"place"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Place"))), Search::Text),
        searched(
            needed(column(u"description"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Description")))),
            Search::Text),
        meeting};
}
void missionRules(const QVariantMap &stored, const QString &, Validator &v)
{
    dateOrder(v, stored, u"start_date"_s, u"end_date"_s);
}

QString missionTitle(const QVariantMap &stored)
{
    return storedText(stored, u"title"_s);
}

QString missionSortKey(const QVariantMap &stored)
{
    const std::optional<QDate> start = storedDate(stored, u"start_date"_s);
    return start ? start->toString(Qt::ISODate) : QString();
}
} // namespace

KindSpec missionKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Mission"));
    KindSpec spec{
        RecordKind::Mission,
        u"mission"_s,
        {listed(
             code(u"kind"_s, &Mission::kinds, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Kind")), general, true),
             2, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Kind"))),
         listed(searched(longest(field(u"title"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Title")),
                                       general, true),
                                 300),
                         Search::Name),
                1, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Mission"))),
         listed(field(u"start_date"_s, Type::Date, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Start date")),
                      general, true),
                0, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Start"))),
         listed(field(u"end_date"_s, Type::Date, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&End date")), general,
                      true),
                3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "End"))),
         searched(
             field(u"places"_s, Type::TextList, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Places")), general),
             Search::Text),
         confidentialField(general), notesField(),
         children(u"participants"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "P&articipants")),
                  u"mission_participant"_s, u"mission_id"_s, participants()),
         searched(children(u"agenda"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "A&genda")),
                           u"mission_agenda_item"_s, u"mission_id"_s, agenda()),
                  Search::Text)},
        {},
        -1};
    named(spec.fields, u"places").toolTip =
        form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "One per line: cities, sites, venues"));
    named(named(spec.fields, u"agenda").children, u"description").stretch = true;
    spec.crossRules = &missionRules;
    spec.title = &missionTitle;
    spec.sortKey = &missionSortKey;
    return spec;
}

} // namespace crm::catalogue
