#pragma once

#include <QList>
#include <QString>

namespace crm {

struct Country
{
    QString code; // ISO 3166-1 alpha-2
    QString name;
};

struct Currency
{
    QString code; // ISO 4217
    QString name;
    int minorUnits = 2; // digits after the decimal point: 0 for JPY, 3 for TND
};

struct Sector
{
    QString code;
    QString name;
};

// ISO lists come from Debian's iso-codes package (compiled in as resources), so they are
// maintained upstream instead of by hand; minor units are not in iso-codes and are listed here.
namespace reference {
const QList<Country> &countries();
const QList<Currency> &currencies();
const QList<Sector> &sectors();
bool isCountry(const QString &code);
// The ISO short name ("Morocco"); the code itself when unknown.
QString countryName(const QString &code);
// The name in a document language: "モロッコ" (ja), "Maroc" (fr), from iso-codes' translations;
// the English name for other languages and names without a translation.
QString countryName(const QString &code, const QString &language);
// The name screens show: in the language of the default locale (QLocale(), the officer's choice),
// so モロッコ in Japanese and Maroc in French. JSON, CSV and other machine output keep countryName(code).
QString countryLabel(const QString &code);
bool isCurrency(const QString &code);
bool isSector(const QString &code);
int minorUnits(const QString &currencyCode);
} // namespace reference

} // namespace crm
