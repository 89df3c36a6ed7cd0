#include "choicelabels.h"

#include "domain/codelabels.h"
#include "domain/referencedata.h"
#include "models/recordkindlabel.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
struct ChoiceLabelsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::ChoiceLabels)
};

} // namespace

QString choiceLabel(const QString &code)
{
    if (const auto kind = kindFromName(code)) {
        return recordKindLabel(*kind);
    }
    return codeLabel(code);
}

Choices codeChoices(const QStringList &codes)
{
    Choices result;
    for (const QString &code : codes) {
        result.append({code, choiceLabel(code)});
    }
    return result;
}

Choices countryChoices()
{
    Choices result;
    for (const Country &c : reference::countries()) {
        result.append(
            {c.code,
             ChoiceLabelsTr::tr("%1 (%2)", "country name (ISO code)").arg(reference::countryLabel(c.code), c.code)});
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
                result.append({c.code, ChoiceLabelsTr::tr("%1 (%2)", "currency name (ISO code)").arg(c.name, c.code)});
            }
        }
    }
    for (const Currency &c : reference::currencies()) {
        if (!common.contains(c.code)) {
            result.append({c.code, ChoiceLabelsTr::tr("%1 (%2)", "currency name (ISO code)").arg(c.name, c.code)});
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
    return {{qint64(1), ChoiceLabelsTr::tr("1 – very low")},
            {qint64(2), ChoiceLabelsTr::tr("2 – low")},
            {qint64(3), ChoiceLabelsTr::tr("3 – moderate")},
            {qint64(4), ChoiceLabelsTr::tr("4 – high")},
            {qint64(5), ChoiceLabelsTr::tr("5 – very high")}};
}

} // namespace crm::ui
