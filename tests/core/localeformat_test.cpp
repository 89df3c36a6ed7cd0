// Dates, numbers and money as the interface language's locale writes and reads them, the language
// codes officers choose, and the officer's time zone.
#include "domain/clock.h"
#include "domain/dateformat.h"
#include "domain/money.h"
#include "domain/officerzone.h"
#include "support/translations.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
const QLocale kAmerican(QLocale::English, QLocale::UnitedStates);
const QLocale kJapanese(QLocale::Japanese, QLocale::Japan);
const QLocale kFrench(QLocale::French, QLocale::France);

// Makes locale the default, as the application does at start, and gives the next test the one it found.
class DefaultLocale final
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    Q_DISABLE_COPY_MOVE(DefaultLocale)

private:
    QLocale m_previous;
};

// Chooses the officer's zone for one test, and gives the computer's back.
class OfficerZone final
{
public:
    explicit OfficerZone(const QByteArray &id) { setOfficerZone(QTimeZone(id)); }
    ~OfficerZone() { setOfficerZone(QTimeZone()); }
    Q_DISABLE_COPY_MOVE(OfficerZone)
};

// French separates thousands with a (narrow) no-break space, so a number never breaks across lines.
bool isFrenchGroupSeparator(const QString &separator)
{
    return separator == u"\u202F"_s || separator == u"\u00A0"_s;
}
} // namespace

TEST_CASE("a day is written the way the language's locale writes it, with the year in full", "[locale][dates]")
{
    const QDate day(2026, 9, 30);
    const QDateTime afternoon(day, QTime(14, 5));
    {
        DefaultLocale american(kAmerican);
        CHECK(formatDate(day) == u"9/30/2026"_s);
        const QString shown = formatDateTime(afternoon);
        CHECK(shown.startsWith(u"9/30/2026 2:05"_s));
        CHECK(shown.endsWith(u"PM"_s));
    }
    {
        DefaultLocale japanese(kJapanese);
        CHECK(formatDate(day) == u"2026/09/30"_s);
        CHECK(formatDateTime(afternoon) == u"2026/09/30 14:05"_s);
    }
    {
        DefaultLocale french(kFrench);
        CHECK(formatDate(day) == u"30/09/2026"_s);
        CHECK(formatDateTime(afternoon) == u"30/09/2026 14:05"_s);
    }
}

TEST_CASE("a day typed the locale's short way reads back in each language, two-digit years included", "[locale][dates]")
{
    const QDate day(2026, 9, 30);
    {
        DefaultLocale american(kAmerican);
        CHECK(parseLocaleDate(u"9/30/2026"_s) == day);
        CHECK(parseLocaleDate(u"9/30/26"_s) == day);
        CHECK_FALSE(parseLocaleDate(u"30/09/2026"_s).isValid()); // no 30th month
    }
    {
        DefaultLocale japanese(kJapanese);
        CHECK(parseLocaleDate(u"2026/09/30"_s) == day); // 2026/9/30 is read by the date fields' own pattern
    }
    {
        DefaultLocale french(kFrench);
        CHECK(parseLocaleDate(u"30/09/2026"_s) == day);
        CHECK(parseLocaleDate(u"30/09/26"_s) == day);
        CHECK(parseLocaleDate(u"30/09/98"_s) == QDate(1998, 9, 30));
        CHECK_FALSE(parseLocaleDate(u"9/30/2026"_s).isValid());
    }
}

TEST_CASE("numbers and amounts take the locale's grouping and decimal mark; yen have no decimals", "[locale][money]")
{
    const Money euros{123450, u"EUR"_s};    // 1,234.50
    const Money yen{4500000, u"JPY"_s};     // 4,500,000: yen have no minor unit
    const Money dinars{-1234567, u"TND"_s}; // -1,234.567: three decimals
    {
        DefaultLocale american(kAmerican);
        CHECK(QLocale().toString(1234.5) == u"1,234.5"_s);
        CHECK(euros.toDisplayString(QLocale()) == u"1,234.50 EUR"_s);
        CHECK(yen.toDisplayString(QLocale()) == u"4,500,000 JPY"_s);
        CHECK(dinars.toDisplayString(QLocale()) == u"-1,234.567 TND"_s);
    }
    {
        DefaultLocale japanese(kJapanese);
        CHECK(QLocale().toString(1234.5) == u"1,234.5"_s);
        CHECK(yen.toDisplayString(QLocale()) == u"4,500,000 JPY"_s);
        CHECK(euros.toDisplayString(QLocale()) == u"1,234.50 EUR"_s);
    }
    {
        DefaultLocale french(kFrench);
        const QString group = QLocale().groupSeparator();
        INFO("group separator U+" << QString::number(group.at(0).unicode(), 16).toStdString());
        REQUIRE(isFrenchGroupSeparator(group));
        CHECK(QLocale().toString(1234.5) == u"1"_s + group + u"234,5"_s);
        CHECK(euros.toDisplayString(QLocale()) == u"1"_s + group + u"234,50 EUR"_s);
        CHECK(yen.toDisplayString(QLocale()) == u"4"_s + group + u"500"_s + group + u"000 JPY"_s);
        CHECK(dinars.toDisplayString(QLocale()) == u"-1"_s + group + u"234,567 TND"_s);
    }
}

TEST_CASE("each language of the screens has its catalogue and its name in its own words", "[locale][translations]")
{
    CHECK(interfaceLanguages() == QStringList{u"en"_s, u"ja"_s, u"fr"_s});
    for (const QString &code : interfaceLanguages()) {
        INFO(code.toStdString());
        CHECK(QFile::exists(u":/i18n/delegates-crm_"_s + code + u".qm"_s));
    }
    CHECK(nativeLanguageName(u"en"_s) == u"English"_s);
    CHECK(nativeLanguageName(u"ja"_s) == u"日本語"_s);
    CHECK(nativeLanguageName(u"fr"_s) == u"Français"_s);
}

TEST_CASE("a chosen language gives its locale, keeping the system's country when the system speaks it",
          "[locale][translations]")
{
    const QLocale swiss(QLocale::French, QLocale::Switzerland);
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    CHECK(localeForLanguage(u"ja"_s, kAmerican) == kJapanese);
    CHECK(localeForLanguage(u"fr"_s, kAmerican) == kFrench);
    CHECK(localeForLanguage(u"en"_s, kJapanese) == kAmerican);
    CHECK(localeForLanguage(u"fr"_s, swiss) == swiss);           // Swiss grouping and dates kept
    CHECK(localeForLanguage(u"en"_s, british) == british);       // day-first dates kept
    CHECK(localeForLanguage(QString(), kJapanese) == kJapanese); // "System"
    CHECK_FALSE(localeForLanguage(u"de"_s, kAmerican));
    CHECK_FALSE(localeForLanguage(u"JA"_s, kAmerican));
}

TEST_CASE("the officer's zone decides the calendar day and the wall clock of an instant", "[locale][clock]")
{
    // 20:00 UTC on 29 September is already 30 September in Tokyo, still the 29th in New York.
    const QDateTime instant(QDate(2026, 9, 29), QTime(20, 0), Qt::UTC);
    const FixedClock clock(instant);
    {
        OfficerZone tokyo("Asia/Tokyo");
        CHECK(officerZone().id() == "Asia/Tokyo");
        CHECK(clock.today() == QDate(2026, 9, 30));
        CHECK(toOfficerTime(instant).time() == QTime(5, 0));
    }
    {
        OfficerZone newYork("America/New_York");
        CHECK(clock.today() == QDate(2026, 9, 29));
        CHECK(toOfficerTime(instant).time() == QTime(16, 0));
    }
    // None chosen (or an invalid one): the computer's zone, as before Preferences had one.
    setOfficerZone(QTimeZone("Not/A_Zone"));
    CHECK(officerZone() == QTimeZone::systemTimeZone());
    CHECK(toOfficerTime(instant) == instant.toTimeZone(QTimeZone::systemTimeZone()));
    CHECK_FALSE(toOfficerTime(QDateTime()).isValid());
}
