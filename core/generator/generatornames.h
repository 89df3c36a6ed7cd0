#pragma once

// Private to the dataset generator: the word lists it builds names and texts from.

#include <QList>
#include <QString>
#include <QStringList>

namespace crm::gen {

// A Japanese word in its three forms: 山田 / やまだ / Yamada.
struct JapaneseWord
{
    QString kanji;
    QString kana;
    QString latin;
};

// The business part of a company name; it also decides the company's sector.
struct BusinessWord
{
    QString kanji;
    QString kana;
    QString latin;
    QString sector;
};

// A name written in Latin letters and, for Arabic names, in Arabic script (empty otherwise).
struct ScriptName
{
    QString latin;
    QString native;
};

// The naming culture of a host country's delegates.
enum class Culture
{
    Arabic,
    French,
    English,
    Vietnamese,
    Indonesian,
    Spanish
};

// A developing country whose agency sends delegates, with what records about it need.
struct HostCountry
{
    QString code; // ISO 3166-1 alpha-2
    Culture culture;
    QString currency;
    QString timeZone;
    QStringList cities;
    QString agencyName;
    QString agencyNative;
    QString acronym;
    QString phonePrefix;
    QStringList languages; // ISO 639-1
};

const QStringList &sectorCodes(); // the fixed sector list of reference data
const QList<JapaneseWord> &japaneseFamilyNames();
const QList<JapaneseWord> &japaneseGivenNames();
const QList<JapaneseWord> &companyStems();
const QList<JapaneseWord> &companyPrefixes(); // places: 東京, 関西...
const QList<BusinessWord> &businessWords();
const QList<JapaneseWord> &japaneseCities();
const QList<JapaneseWord> &contactTitles(); // 部長 / ぶちょう / General Manager
const QList<JapaneseWord> &departments();

const QList<HostCountry> &hostCountries();
const QList<ScriptName> &familyNames(Culture culture);
const QList<ScriptName> &givenNames(Culture culture);
const QStringList &delegateTitles(Culture culture);

const QStringList &products(const QString &sector); // "wire-harness plant"
const QStringList &lostReasons();
const QStringList &informationRequests();
const QStringList &nextSteps();
const QStringList &followUpTitles(); // %1: investor
// Sentences for notes and meeting summaries; %1 investor, %2 delegate, %3 country, %4 product.
const QStringList &noteSentences(int language); // 0 English, 1 Japanese, 2 French
const QStringList &interpreters();

} // namespace crm::gen
