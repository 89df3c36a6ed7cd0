#include "domain/deal.h"
#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
const QStringList &creditedKinds()
{
    static const QStringList codes{u"delegate"_s, u"mission"_s};
    return codes;
}

FieldSpec codeColumn(const QString &name, const QStringList &(*codes)(), const Text &label, const QString &initial)
{
    FieldSpec f = column(name, Type::Code, label);
    f.codes = codes;
    f.defaultValue = initial;
    return f;
}

FieldSpec today(FieldSpec f)
{
    f.defaultToday = true;
    return f;
}

QList<FieldSpec> stageHistory()
{
    return {codeColumn(u"stage"_s, &Deal::stages, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Stage")), u"lead"_s),
            today(column(u"date"_s, Type::Date, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Date")))),
            searched(stretched(column(u"note"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Note")))),
                     Search::Text)};
}

QList<FieldSpec> credits()
{
    FieldSpec credited =
        column(u"credited_id"_s, Type::Link, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Delegate or mission")));
    credited.kindField = u"credited_kind"_s;
    credited.stretch = true;
    return {codeColumn(u"credited_kind"_s, &creditedKinds, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Credited")),
                       u"delegate"_s),
            credited,
            codeColumn(u"role"_s, &Deal::creditRoles, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Role")),
                       u"promotion"_s)};
}

QList<FieldSpec> impact()
{
    FieldSpec value = column(u"value"_s, Type::Amount, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Value")));
    value.kindField = u"indicator"_s;
    return {stretched(codeColumn(u"indicator"_s, &Deal::indicators,
                                 form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Indicator")), u"capex"_s)),
            codeColumn(u"status"_s, &Deal::impactStatuses, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Status")),
                       u"planned"_s),
            value, column(u"currency"_s, Type::Currency, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Currency"))),
            today(column(u"as_of"_s, Type::Date, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "As of"))))};
}
} // namespace

KindSpec dealKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Deal"));
    KindSpec spec{
        RecordKind::Deal,
        u"deal"_s,
        {searched(
             field(u"title"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Title")), general, true),
             Search::Name),
         listed(link(u"investor_id"_s, RecordKind::Investor,
                     form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "In&vestor")), general, true),
                1, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Investor"))),
         listed(field(u"host_country"_s, Type::Country, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Host country")),
                      general, true),
                2, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Host country"))),
         listed(
             field(u"sector"_s, Type::Sector, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Sector")), general, true),
             3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Sector"))),
         listed(
             code(u"stage"_s, &Deal::stages, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "St&age")), general, true),
             4, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Stage"))),
         searched(field(u"lost_reason"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Lost reason")),
                        general),
                  Search::Text),
         notesField(),
         searched(children(u"stage_history"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Stage &history")),
                           u"deal_stage_change"_s, u"deal_id"_s, stageHistory()),
                  Search::Text),
         children(u"credits"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Credits")), u"deal_credit"_s,
                  u"deal_id"_s, credits()),
         children(u"impact"_s, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Impact")), u"deal_impact"_s,
                  u"deal_id"_s, impact())},
        list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Deal")),
        0};
    named(spec.fields, u"stage").defaultValue = u"lead"_s;
    named(spec.fields, u"lost_reason").toolTip =
        form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Required when the stage is Lost"));
    named(spec.fields, u"stage_history").toolTip = form(QT_TRANSLATE_NOOP(
        "crm::ui::FormFields", "A stage change without a matching entry gets one dated today when saved."));
    return spec;
}

} // namespace crm::catalogue
