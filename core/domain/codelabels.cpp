#include "codelabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <utility>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
constexpr const char *kContext = "crm::CodeLabels";

// The English sources, translated when shown: by the application's translators (codeLabel()) or by
// the catalogue of a printed document's language (codeLabelText()). The context is spelled at each
// line for lupdate, which files these texts under crm::CodeLabels.
const QList<std::pair<QString, const char *>> &table()
{
    static const QList<std::pair<QString, const char *>> labels{
        // Person names, statuses
        {u"family_first"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Family name first (山田 太郎)")},
        {u"given_first"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Given name first (Mohamed Hassani)")},
        {u"active"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Active")},
        {u"alumnus"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Alumnus")},
        // Mission kinds
        {u"programme_stay"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Programme stay")},
        {u"investor_mission"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Investor mission")},
        {u"seminar"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Seminar")},
        {u"trade_fair"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Trade fair")},
        {u"other"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Other")},
        // Meeting sides and people
        {u"itpo"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "ITPO")},
        {u"delegate"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Delegate")},
        {u"investor"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Investor")},
        {u"mission_member"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "On the mission")},
        // Deal stages
        {u"lead"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Lead")},
        {u"contacted"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Contacted")},
        {u"visit"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Visit / mission")},
        {u"negotiation"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Negotiation")},
        {u"decision"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Decision")},
        {u"announced"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Announced")},
        {u"implementation"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Implementation")},
        {u"operational"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Operational")},
        {u"aftercare"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Aftercare / expansion")},
        {u"on_hold"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "On hold")},
        {u"lost"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Lost")},
        // Credit roles
        {u"promotion"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Promotion")},
        {u"facilitation"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Facilitation")},
        {u"implementation_support"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Implementation support")},
        // Impact
        {u"capex"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Capital expenditure")},
        {u"direct_jobs"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Direct jobs")},
        {u"jobs_women"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Jobs held by women")},
        {u"local_managers"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Local managers")},
        {u"exports"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Exports")},
        {u"local_suppliers"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Local suppliers")},
        {u"planned"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Planned")},
        {u"realised"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Realised")},
        // Sectors
        {u"food"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Food")},
        {u"automotive"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Automotive")},
        {u"textiles"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Textiles")},
        {u"renewable_energy"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Renewable energy")},
        {u"transport_logistics"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Transport and logistics")},
        {u"aerospace"_s, QT_TRANSLATE_NOOP("crm::CodeLabels", "Aerospace")},
    };
    return labels;
}

const QHash<QString, const char *> &byCode()
{
    static const QHash<QString, const char *> index = [] {
        QHash<QString, const char *> result;
        for (const auto &[code, source] : table()) {
            result.insert(code, source);
        }
        return result;
    }();
    return index;
}
} // namespace

QString codeLabel(const QString &code)
{
    const char *source = byCode().value(code);
    // Translated on each call: the label follows the translator installed at the time.
    return source ? QCoreApplication::translate(kContext, source) : code;
}

QString codeLabels(const QString &codes)
{
    QStringList result;
    for (const QString &code : codes.split(u',', Qt::SkipEmptyParts)) {
        result << codeLabel(code.trimmed());
    }
    return result.join(u", "_s);
}

catalogue::Text codeLabelText(const QString &code)
{
    const char *source = byCode().value(code);
    return source ? catalogue::Text{kContext, source} : catalogue::Text{};
}

QStringList labelledCodes()
{
    QStringList codes;
    for (const auto &entry : table()) {
        codes << entry.first;
    }
    return codes;
}

} // namespace crm
