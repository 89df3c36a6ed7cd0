#include "kinds.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
const QStringList &sides()
{
    static const QStringList codes{u"delegate"_s, u"investor"_s, u"itpo"_s};
    return codes;
}

const QStringList &attendeeKinds()
{
    static const QStringList codes{u"delegate"_s, u"contact"_s, u"officer"_s, u"other"_s};
    return codes;
}

QList<FieldSpec> attendees()
{
    FieldSpec side = column(u"side"_s, Type::Code, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Side")));
    side.codes = &sides;
    side.required = true;
    side.defaultValue = u"delegate"_s;
    FieldSpec kind = column(u"person_kind"_s, Type::Code, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Kind")));
    kind.codes = &attendeeKinds;
    kind.required = true;
    kind.defaultValue = u"delegate"_s;
    FieldSpec person = column(u"person_id"_s, Type::Link, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Person")));
    person.kindField = u"person_kind"_s;
    person.stretch = true;
    return {
        side, kind, person,
        searched(column(u"name"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Name (kind other)"))),
                 Search::Text),
        searched(column(u"role"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Role"))), Search::Text)};
}

// Free text searched in the order summaries were added to the index, not the form's.
FieldSpec outcomeText(const QString &name, const Text &label, const Text &section, int searchRank)
{
    return searched(field(name, Type::MultiLineText, label, section), Search::Text, searchRank);
}
// Someone outside the records ("other": an interpreter, a ministry official) is named; anyone else
// is linked.
void meetingRules(const QVariantMap &stored, const QString &, Validator &v)
{
    eachElement(v, stored, u"attendees"_s, [](Validator &ev, const QVariantMap &attendee, qsizetype) {
        if (storedText(attendee, u"person_kind"_s) == u"other"_s) {
            ev.required(u"name"_s, storedText(attendee, u"name"_s));
        } else if (storedText(attendee, u"person_id"_s).isEmpty()) {
            ev.required(u"person_id"_s, {});
        }
    });
}

QString meetingTitle(const QVariantMap &stored)
{
    const std::optional<QDateTime> startsAt = storedInstant(stored, u"starts_at"_s);
    QString zone = storedText(stored, u"time_zone"_s);
    if (zone.isEmpty()) {
        zone = u"Asia/Tokyo"_s;
    }
    const QString when =
        startsAt ? startsAt->toTimeZone(QTimeZone(zone.toUtf8())).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
    const QString place = storedText(stored, u"place"_s);
    return place.isEmpty() ? when : when + u" \u2013 "_s + place;
}

QString meetingSortKey(const QVariantMap &stored)
{
    const std::optional<QDateTime> startsAt = storedInstant(stored, u"starts_at"_s);
    return startsAt ? mapvalue::isoInstant(*startsAt) : QString();
}
} // namespace

KindSpec meetingKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Meeting"));
    const Text outcome = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Outcome"));
    FieldSpec starts = listed(field(u"starts_at"_s, Type::ZonedInstant,
                                    form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Starts at")), general, true),
                              0, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "When")));
    starts.companion = u"time_zone"_s;
    starts.companionLabel = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Time zone"));
    starts.defaultValue = u"Asia/Tokyo"_s;
    FieldSpec interest = listed(field(u"interest_level"_s, Type::IntegerCode,
                                      form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Interest &level")), outcome),
                                4, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Interest")));
    interest.minimum = 1;
    interest.maximum = 5;
    KindSpec spec{
        RecordKind::Meeting,
        u"meeting"_s,
        {starts,
         listed(
             searched(field(u"place"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Place")), general),
                      Search::Name),
             2, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Place"))),
         listed(link(u"mission_id"_s, RecordKind::Mission, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Mission")),
                     general),
                3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Mission"))),
         listed(link(u"investor_id"_s, RecordKind::Investor,
                     form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "In&vestor")), general, true),
                1, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Investor"))),
         searched(field(u"interpreter"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Inte&rpreter")),
                        general),
                  Search::Text, 4),
         field(u"language"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Language")), general),
         confidentialField(general),
         outcomeText(u"talking_points"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Talking points")),
                     form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Briefing")), 3),
         interest,
         outcomeText(u"information_requested"_s,
                     form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Information requested")), outcome, 1),
         outcomeText(u"next_step"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Ne&xt step")), outcome, 2),
         outcomeText(u"summary"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "S&ummary")), outcome, 0),
         searched(children(u"attendees"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Attendees")),
                           u"meeting_attendee"_s, u"meeting_id"_s, attendees()),
                  Search::Text)},
        {},
        -1};
    named(spec.fields, u"talking_points").toolTip =
        form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "What you want to raise; printed on the meeting briefing"));
    named(spec.fields, u"language").placeholder = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "French / Japanese"));
    spec.crossRules = &meetingRules;
    spec.title = &meetingTitle;
    spec.sortKey = &meetingSortKey;
    return spec;
}

} // namespace crm::catalogue
