#include "choicelabels.h"

#include "domain/referencedata.h"
#include "models/recordkindlabel.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("crm::ui::ChoiceLabels", text, disambiguation);
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

QString choiceLabel(const QString &code)
{
    if (const auto kind = kindFromName(code)) {
        return recordKindLabel(*kind);
    }
    return labels().value(code, code);
}

Choices codeChoices(const QStringList &codes)
{
    const QHash<QString, QString> table = labels();
    Choices result;
    for (const QString &code : codes) {
        const auto kind = kindFromName(code);
        result.append({code, kind ? recordKindLabel(*kind) : table.value(code, code)});
    }
    return result;
}

Choices countryChoices()
{
    Choices result;
    for (const Country &c : reference::countries()) {
        result.append({c.code, tr("%1 (%2)", "country name (ISO code)").arg(c.name, c.code)});
    }
    std::sort(result.begin(), result.end(),
              [](const Choice &a, const Choice &b) { return QString::localeAwareCompare(a.label, b.label) < 0; });
    return result;
}

Choices currencyChoices()
{
    Choices result;
    // The currencies of the programme's deals first; the rest follow alphabetically.
    static const QStringList common{u"JPY"_s, u"USD"_s, u"EUR"_s};
    for (const QString &code : common) {
        for (const Currency &c : reference::currencies()) {
            if (c.code == code) {
                result.append({c.code, tr("%1 (%2)", "currency name (ISO code)").arg(c.name, c.code)});
            }
        }
    }
    for (const Currency &c : reference::currencies()) {
        if (!common.contains(c.code)) {
            result.append({c.code, tr("%1 (%2)", "currency name (ISO code)").arg(c.name, c.code)});
        }
    }
    return result;
}

Choices timeZoneChoices()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            const QString zone = QString::fromUtf8(id);
            if (zone.contains(u'/') && !zone.startsWith(u"Etc/"_s)) {
                list << zone;
            }
        }
        list.removeAll(u"Asia/Tokyo"_s);
        list.sort();
        list.prepend(u"Asia/Tokyo"_s);
        return list;
    }();
    Choices result;
    for (const QString &id : ids) {
        result.append({id, id});
    }
    return result;
}

Choices interestLevelChoices()
{
    return {{qint64(1), tr("1 – very low")},
            {qint64(2), tr("2 – low")},
            {qint64(3), tr("3 – moderate")},
            {qint64(4), tr("4 – high")},
            {qint64(5), tr("5 – very high")}};
}

} // namespace crm::ui
