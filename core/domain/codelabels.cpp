#include "codelabels.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::CodeLabels", text);
}

// Built on each call: the labels follow the translator installed at the time.
QHash<QString, QString> labels()
{
    return {
        // Person names, statuses
        {u"family_first"_s, tr("Family name first (山田 太郎)")},
        {u"given_first"_s, tr("Given name first (Mohamed Hassani)")},
        {u"active"_s, tr("Active")},
        {u"alumnus"_s, tr("Alumnus")},
        // Mission kinds
        {u"programme_stay"_s, tr("Programme stay")},
        {u"investor_mission"_s, tr("Investor mission")},
        {u"seminar"_s, tr("Seminar")},
        {u"trade_fair"_s, tr("Trade fair")},
        {u"other"_s, tr("Other")},
        // Meeting sides and people
        {u"itpo"_s, tr("ITPO")},
        {u"delegate"_s, tr("Delegate")},
        {u"investor"_s, tr("Investor")},
        {u"mission_member"_s, tr("On the mission")},
        // Deal stages
        {u"lead"_s, tr("Lead")},
        {u"contacted"_s, tr("Contacted")},
        {u"visit"_s, tr("Visit / mission")},
        {u"negotiation"_s, tr("Negotiation")},
        {u"decision"_s, tr("Decision")},
        {u"announced"_s, tr("Announced")},
        {u"implementation"_s, tr("Implementation")},
        {u"operational"_s, tr("Operational")},
        {u"aftercare"_s, tr("Aftercare / expansion")},
        {u"on_hold"_s, tr("On hold")},
        {u"lost"_s, tr("Lost")},
        // Credit roles
        {u"promotion"_s, tr("Promotion")},
        {u"facilitation"_s, tr("Facilitation")},
        {u"implementation_support"_s, tr("Implementation support")},
        // Impact
        {u"capex"_s, tr("Capital expenditure")},
        {u"direct_jobs"_s, tr("Direct jobs")},
        {u"jobs_women"_s, tr("Jobs held by women")},
        {u"local_managers"_s, tr("Local managers")},
        {u"exports"_s, tr("Exports")},
        {u"local_suppliers"_s, tr("Local suppliers")},
        {u"planned"_s, tr("Planned")},
        {u"realised"_s, tr("Realised")},
        // Sectors
        {u"food"_s, tr("Food")},
        {u"automotive"_s, tr("Automotive")},
        {u"textiles"_s, tr("Textiles")},
        {u"renewable_energy"_s, tr("Renewable energy")},
        {u"transport_logistics"_s, tr("Transport and logistics")},
        {u"aerospace"_s, tr("Aerospace")},
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
