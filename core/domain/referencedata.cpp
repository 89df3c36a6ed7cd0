#include "referencedata.h"

#include "gettextcatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crm::reference {
namespace {

QJsonArray loadIsoList(const QString &resource, const QString &key)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("Reference data %s is missing from the build", qPrintable(resource));
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toArray();
}

} // namespace

const QList<Country> &countries()
{
    static const QList<Country> list = [] {
        QList<Country> result;
        for (const QJsonValue &v : loadIsoList(u":/crm/reference/iso_3166-1.json"_s, u"3166-1"_s)) {
            const QJsonObject o = v.toObject();
            const QString common = o.value(u"common_name"_s).toString();
            result.append(
                {o.value(u"alpha_2"_s).toString(), common.isEmpty() ? o.value(u"name"_s).toString() : common});
        }
        return result;
    }();
    return list;
}

const QList<Currency> &currencies()
{
    static const QList<Currency> list = [] {
        // ISO 4217 exponents that are not 2.
        static const QHash<QString, int> exponents{
            {u"BIF"_s, 0}, {u"CLP"_s, 0}, {u"DJF"_s, 0}, {u"GNF"_s, 0}, {u"ISK"_s, 0}, {u"JPY"_s, 0}, {u"KMF"_s, 0},
            {u"KRW"_s, 0}, {u"PYG"_s, 0}, {u"RWF"_s, 0}, {u"UGX"_s, 0}, {u"UYI"_s, 0}, {u"VND"_s, 0}, {u"VUV"_s, 0},
            {u"XAF"_s, 0}, {u"XOF"_s, 0}, {u"XPF"_s, 0}, {u"BHD"_s, 3}, {u"IQD"_s, 3}, {u"JOD"_s, 3}, {u"KWD"_s, 3},
            {u"LYD"_s, 3}, {u"OMR"_s, 3}, {u"TND"_s, 3}, {u"CLF"_s, 4}, {u"UYW"_s, 4}, {u"XCD"_s, 2}};
        QList<Currency> result;
        for (const QJsonValue &v : loadIsoList(u":/crm/reference/iso_4217.json"_s, u"4217"_s)) {
            const QJsonObject o = v.toObject();
            const QString code = o.value(u"alpha_3"_s).toString();
            if (code.startsWith(u'X') && !exponents.contains(code)) {
                continue; // gold, SDR, testing codes: not money an investor spends
            }
            result.append({code, o.value(u"name"_s).toString(), exponents.value(code, 2)});
        }
        return result;
    }();
    return list;
}

const QList<Sector> &sectors()
{
    static const QList<Sector> list{
        {u"food"_s, QCoreApplication::translate("crm::reference", "Food")},
        {u"automotive"_s, QCoreApplication::translate("crm::reference", "Automotive")},
        {u"textiles"_s, QCoreApplication::translate("crm::reference", "Textiles")},
        {u"renewable_energy"_s, QCoreApplication::translate("crm::reference", "Renewable energy")},
        {u"transport_logistics"_s, QCoreApplication::translate("crm::reference", "Transportation and logistics")},
        {u"aerospace"_s, QCoreApplication::translate("crm::reference", "Aerospace")},
        {u"other"_s, QCoreApplication::translate("crm::reference", "Other")},
    };
    return list;
}

bool isCountry(const QString &code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> s;
        for (const Country &c : countries()) {
            s.insert(c.code);
        }
        return s;
    }();
    return codes.contains(code);
}

QString countryName(const QString &code)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        for (const Country &c : countries()) {
            h.insert(c.code, c.name);
        }
        return h;
    }();
    return names.value(code, code);
}

QString countryName(const QString &code, const QString &language)
{
    static const QHash<QString, QHash<QString, QString>> catalogues = [] {
        QHash<QString, QHash<QString, QString>> h;
        for (const QString &lang : {u"ja"_s, u"fr"_s}) {
            QFile file(u":/crm/reference/iso_3166-1.%1.mo"_s.arg(lang));
            h.insert(lang,
                     file.open(QIODevice::ReadOnly) ? readGettextCatalogue(file.readAll()) : QHash<QString, QString>());
        }
        return h;
    }();
    const QString english = countryName(code);
    return catalogues.value(language).value(english, english);
}

QString countryLabel(const QString &code)
{
    return countryName(code, QLocale().name().section(u'_', 0, 0));
}

bool isCurrency(const QString &code)
{
    return minorUnits(code) >= 0;
}

bool isSector(const QString &code)
{
    for (const Sector &s : sectors()) {
        if (s.code == code) {
            return true;
        }
    }
    return false;
}

int minorUnits(const QString &currencyCode)
{
    static const QHash<QString, int> units = [] {
        QHash<QString, int> h;
        for (const Currency &c : currencies()) {
            h.insert(c.code, c.minorUnits);
        }
        return h;
    }();
    return units.value(currencyCode, -1);
}

} // namespace crm::reference
