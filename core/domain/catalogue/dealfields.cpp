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
    FieldSpec f = needed(column(name, Type::Code, label));
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
            needed(today(column(u"date"_s, Type::Date, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Date"))))),
            searched(stretched(column(u"note"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Note")))),
                     Search::Text)};
}

QList<FieldSpec> credits()
{
    FieldSpec credited =
        column(u"credited_id"_s, Type::Link, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Delegate or mission")));
    credited.kindField = u"credited_kind"_s;
    credited.stretch = true;
    credited.required = true;
    return {codeColumn(u"credited_kind"_s, &creditedKinds, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Credited")),
                       u"delegate"_s),
            credited,
            codeColumn(u"role"_s, &Deal::creditRoles, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Role")),
                       u"promotion"_s)};
}

QList<FieldSpec> impact()
{
    FieldSpec value =
        needed(ruled(column(u"value"_s, Type::Amount, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Value"))),
                     FieldSpec::NonNegative));
    value.kindField = u"indicator"_s;
    value.moneyCodes = &Deal::moneyIndicators;
    return {stretched(codeColumn(u"indicator"_s, &Deal::indicators,
                                 form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Indicator")), u"capex"_s)),
            codeColumn(u"status"_s, &Deal::impactStatuses, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Status")),
                       u"planned"_s),
            value, column(u"currency"_s, Type::Currency, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Currency"))),
            needed(today(column(u"as_of"_s, Type::Date, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "As of")))))};
}

// Keeps the history honest: a stage that differs from the last recorded one gets an entry dated today.
void recordStageChange(QVariantMap &stored, const Clock &clock)
{
    const QString stage = storedText(stored, u"stage"_s);
    if (!Deal::stages().contains(stage)) {
        return; // validation reports the stage itself, once
    }
    QVariantList history = stored.value(u"stage_history"_s).toList();
    if (history.isEmpty() || storedText(history.constLast().toMap(), u"stage"_s) != stage) {
        history << QVariantMap{{u"id"_s, QVariant()},
                               {u"stage"_s, stage},
                               {u"date"_s, mapvalue::date(clock.today())},
                               {u"note"_s, QVariant()}};
        stored.insert(u"stage_history"_s, history);
    }
}

void dealRules(const QVariantMap &stored, const QString &, Validator &v)
{
    if (storedText(stored, u"stage"_s) == u"lost"_s && storedText(stored, u"lost_reason"_s).isEmpty()) {
        v.fail(u"lost_reason"_s, QCoreApplication::translate("crm::Deal", "is required when a deal is lost"));
    }
    std::optional<QDate> previous;
    eachElement(v, stored, u"stage_history"_s, [&previous](Validator &ev, const QVariantMap &change, qsizetype i) {
        const std::optional<QDate> date = storedDate(change, u"date"_s);
        if (i > 0 && date && previous && *date < *previous) {
            ev.fail(u"date"_s,
                    QCoreApplication::translate("crm::Deal", "must not be before the previous stage change"));
        }
        previous = date;
    });
}

QString dealTitle(const QVariantMap &stored)
{
    return storedText(stored, u"title"_s);
}
} // namespace

KindSpec dealKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Deal"));
    KindSpec spec{
        RecordKind::Deal,
        u"deal"_s,
        {searched(longest(field(u"title"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Title")),
                                general, true),
                          300),
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
    spec.applyDefaults = &recordStageChange;
    spec.crossRules = &dealRules;
    spec.title = &dealTitle;
    spec.sortKey = &dealTitle;
    return spec;
}

} // namespace crm::catalogue
