#include "codelabels.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct CodeLabelsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::CodeLabels)
};

// Built on each call: the labels follow the translator installed at the time.
QHash<QString, QString> labels()
{
    return {
        // Person names, statuses
        {u"family_first"_s, CodeLabelsTr::tr("Family name first (山田 太郎)")},
        {u"given_first"_s, CodeLabelsTr::tr("Given name first (Mohamed Hassani)")},
        {u"active"_s, CodeLabelsTr::tr("Active")},
        {u"alumnus"_s, CodeLabelsTr::tr("Alumnus")},
        // Mission kinds
        {u"programme_stay"_s, CodeLabelsTr::tr("Programme stay")},
        {u"investor_mission"_s, CodeLabelsTr::tr("Investor mission")},
        {u"seminar"_s, CodeLabelsTr::tr("Seminar")},
        {u"trade_fair"_s, CodeLabelsTr::tr("Trade fair")},
        {u"other"_s, CodeLabelsTr::tr("Other")},
        // Meeting sides and people
        {u"itpo"_s, CodeLabelsTr::tr("ITPO")},
        {u"delegate"_s, CodeLabelsTr::tr("Delegate")},
        {u"investor"_s, CodeLabelsTr::tr("Investor")},
        {u"mission_member"_s, CodeLabelsTr::tr("On the mission")},
        // Deal stages
        {u"lead"_s, CodeLabelsTr::tr("Lead")},
        {u"contacted"_s, CodeLabelsTr::tr("Contacted")},
        {u"visit"_s, CodeLabelsTr::tr("Visit / mission")},
        {u"negotiation"_s, CodeLabelsTr::tr("Negotiation")},
        {u"decision"_s, CodeLabelsTr::tr("Decision")},
        {u"announced"_s, CodeLabelsTr::tr("Announced")},
        {u"implementation"_s, CodeLabelsTr::tr("Implementation")},
        {u"operational"_s, CodeLabelsTr::tr("Operational")},
        {u"aftercare"_s, CodeLabelsTr::tr("Aftercare / expansion")},
        {u"on_hold"_s, CodeLabelsTr::tr("On hold")},
        {u"lost"_s, CodeLabelsTr::tr("Lost")},
        // Credit roles
        {u"promotion"_s, CodeLabelsTr::tr("Promotion")},
        {u"facilitation"_s, CodeLabelsTr::tr("Facilitation")},
        {u"implementation_support"_s, CodeLabelsTr::tr("Implementation support")},
        // Impact
        {u"capex"_s, CodeLabelsTr::tr("Capital expenditure")},
        {u"direct_jobs"_s, CodeLabelsTr::tr("Direct jobs")},
        {u"jobs_women"_s, CodeLabelsTr::tr("Jobs held by women")},
        {u"local_managers"_s, CodeLabelsTr::tr("Local managers")},
        {u"exports"_s, CodeLabelsTr::tr("Exports")},
        {u"local_suppliers"_s, CodeLabelsTr::tr("Local suppliers")},
        {u"planned"_s, CodeLabelsTr::tr("Planned")},
        {u"realised"_s, CodeLabelsTr::tr("Realised")},
        // Sectors
        {u"food"_s, CodeLabelsTr::tr("Food")},
        {u"automotive"_s, CodeLabelsTr::tr("Automotive")},
        {u"textiles"_s, CodeLabelsTr::tr("Textiles")},
        {u"renewable_energy"_s, CodeLabelsTr::tr("Renewable energy")},
        {u"transport_logistics"_s, CodeLabelsTr::tr("Transport and logistics")},
        {u"aerospace"_s, CodeLabelsTr::tr("Aerospace")},
    };
}
} // namespace

QString codeLabel(const QString &code)
{
    return labels().value(code, code);
}

QString codeLabels(const QString &codes)
{
    QStringList result;
    for (const QString &code : codes.split(u',', Qt::SkipEmptyParts)) {
        result << codeLabel(code.trimmed());
    }
    return result.join(u", "_s);
}

} // namespace crm
