#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
const QStringList &statuses()
{
    static const QStringList codes{u"active"_s, u"alumnus"_s};
    return codes;
}

QList<FieldSpec> stays()
{
    return {
        needed(
            column(u"start_date"_s, Type::PartialDate, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Start date")))),
        column(u"end_date"_s, Type::PartialDate, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "End date"))),
        searched(column(u"host_office"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Host office"))),
                 Search::Text),
        searched(column(u"notes"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Notes"))),
                 Search::Text)};
}

QList<FieldSpec> positions()
{
    return {
        searched(column(u"organisation"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Organisation"))),
                 Search::Text),
        searched(column(u"title"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Title"))), Search::Text),
        column(u"from_date"_s, Type::PartialDate, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "From"))),
        column(u"to_date"_s, Type::PartialDate, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "To (empty: current)")))};
}

void delegateRules(const QVariantMap &stored, const QString &, Validator &v)
{
    personNameRules(stored, v);
    eachElement(v, stored, u"stays"_s, [](Validator &ev, const QVariantMap &stay, qsizetype) {
        partialDateOrder(ev, stay, u"start_date"_s, u"end_date"_s);
    });
    eachElement(v, stored, u"positions"_s, [](Validator &ev, const QVariantMap &position, qsizetype) {
        if (storedText(position, u"organisation"_s).isEmpty() && storedText(position, u"title"_s).isEmpty()) {
            ev.required(u"organisation"_s, {});
        }
        partialDateOrder(ev, position, u"from_date"_s, u"to_date"_s);
    });
}
} // namespace

KindSpec delegateKind()
{
    const Text work = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Agency and work"));
    const Text reach = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Contact details"));
    QList<FieldSpec> f = personNameFields();
    f << listed(
             link(u"agency_id"_s, RecordKind::Agency, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Agenc&y")), work),
             1, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Agency")))
      << listed(field(u"country"_s, Type::Country, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Country")), work), 2,
                list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Country")))
      << listed(searched(field(u"title"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Title")), work),
                         Search::Text),
                3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Position")))
      << listed(code(u"status"_s, &statuses, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "St&atus")), work, true), 4,
                list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Status")))
      << confidentialField(work)
      << field(u"sectors"_s, Type::SectorList, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Sectors")), work)
      << searched(ruled(field(u"email"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "E-&mail")), reach),
                        FieldSpec::Email),
                  Search::Text)
      << searched(field(u"phones"_s, Type::TextList, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Phones")), reach),
                  Search::Text)
      << field(u"languages"_s, Type::TextList, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "La&nguages")), reach)
      << notesField()
      << searched(children(u"stays"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Programme sta&ys")),
                           u"delegate_stay"_s, u"delegate_id"_s, stays()),
                  Search::Text, 1)
      << searched(children(u"positions"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Career &positions")),
                           u"delegate_position"_s, u"delegate_id"_s, positions()),
                  Search::Text, 0);
    named(f, u"status").defaultValue = u"active"_s;
    named(f, u"phones").toolTip =
        form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "One per line, with the country code: +212 600 000 001"));
    named(f, u"languages").toolTip =
        form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "One per line: ISO 639-1 codes (ar, fr, en) or names"));
    named(f, u"notes").toolTip =
        form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Free text; the career is better kept in the positions below."));
    QList<FieldSpec> &stays = named(f, u"stays").children;
    named(stays, u"host_office").defaultValue = u"ITPO Tokyo"_s;
    named(stays, u"notes").stretch = true;
    QList<FieldSpec> &positions = named(f, u"positions").children;
    named(positions, u"organisation").stretch = true;
    named(positions, u"title").stretch = true;
    KindSpec spec{RecordKind::Delegate, u"delegate"_s, f, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Name")), 0};
    spec.extraNames = &personExtraNames;
    spec.readComposite = &personNameOrder;
    spec.crossRules = &delegateRules;
    spec.title = &personTitle;
    spec.sortKey = &personSortKey;
    return spec;
}

} // namespace crm::catalogue
