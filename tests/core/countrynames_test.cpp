#include "domain/gettextcatalogue.h"
#include "domain/referencedata.h"

#include <QLocale>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// A little-endian .mo file holding the given messages, laid out as msgfmt does.
QByteArray moFile(const QList<std::pair<QByteArray, QByteArray>> &messages)
{
    const auto word = [](QByteArray &out, quint32 value) {
        char bytes[4];
        qToLittleEndian(value, bytes);
        out.append(bytes, 4);
    };
    const quint32 count = static_cast<quint32>(messages.size());
    const quint32 originals = 28;
    const quint32 translations = originals + 8 * count;
    quint32 strings = translations + 8 * count;
    QByteArray header;
    word(header, 0x950412de);
    word(header, 0);
    word(header, count);
    word(header, originals);
    word(header, translations);
    word(header, 0);
    word(header, 0);
    QByteArray originalTable;
    QByteArray translationTable;
    QByteArray text;
    for (const auto &[original, translation] : messages) {
        word(originalTable, static_cast<quint32>(original.size()));
        word(originalTable, strings + static_cast<quint32>(text.size()));
        text += original + '\0';
    }
    for (const auto &[original, translation] : messages) {
        word(translationTable, static_cast<quint32>(translation.size()));
        word(translationTable, strings + static_cast<quint32>(text.size()));
        text += translation + '\0';
    }
    return header + originalTable + translationTable + text;
}
} // namespace

TEST_CASE("country names follow the document's language, from iso-codes' translations", "[reference]")
{
    CHECK(reference::countryName(u"MA"_s, u"en"_s) == u"Morocco"_s);
    CHECK(reference::countryName(u"MA"_s, u"ja"_s) == u"モロッコ"_s);
    CHECK(reference::countryName(u"MA"_s, u"fr"_s) == u"Maroc"_s);
    CHECK(reference::countryName(u"JP"_s, u"ja"_s) == u"日本"_s);
    CHECK(reference::countryName(u"CI"_s, u"fr"_s) == u"Côte d'Ivoire"_s);
    // Unknown languages and codes fall back: the English name, then the code itself.
    CHECK(reference::countryName(u"MA"_s, u"de"_s) == u"Morocco"_s);
    CHECK(reference::countryName(u"XX"_s, u"ja"_s) == u"XX"_s);
}

TEST_CASE("a gettext catalogue is read, and one that is broken gives nothing instead of a crash", "[reference]")
{
    const QByteArray mo = moFile({{"", "Content-Type: text/plain; charset=UTF-8\n"},
                                  {"Morocco", "Maroc"},
                                  {"short name\x04"
                                   "Egypt",
                                   "Égypte"},
                                  {"Japan", "日本"}});
    const QHash<QString, QString> messages = readGettextCatalogue(mo);
    CHECK(messages.size() == 3); // the header's empty msgid is not a message
    CHECK(messages.value(u"Morocco"_s) == u"Maroc"_s);
    CHECK(messages.value(u"Egypt"_s) == u"Égypte"_s);
    CHECK(messages.value(u"Japan"_s) == u"日本"_s);

    CHECK(readGettextCatalogue({}).isEmpty());
    CHECK(readGettextCatalogue("not a catalogue at all, but long enough").isEmpty());
    CHECK(readGettextCatalogue(mo.left(40)).isEmpty());            // cut inside the tables
    CHECK(readGettextCatalogue(mo.left(mo.size() - 5)).isEmpty()); // cut inside the last string
    QByteArray huge = mo;
    qToLittleEndian<quint32>(0x7fffffff, huge.data() + 8); // claims more messages than it holds
    CHECK(readGettextCatalogue(huge).isEmpty());
}

TEST_CASE("screens name a country in the officer's language, machine output in English", "[reference]")
{
    const QLocale before;
    for (const auto &[locale, morocco] : {std::pair{QLocale(QLocale::Japanese, QLocale::Japan), u"モロッコ"_s},
                                          std::pair{QLocale(QLocale::French, QLocale::France), u"Maroc"_s},
                                          std::pair{QLocale(QLocale::English, QLocale::UnitedStates), u"Morocco"_s}}) {
        QLocale::setDefault(locale);
        INFO(locale.name().toStdString());
        CHECK(reference::countryLabel(u"MA"_s) == morocco);
        CHECK(reference::countryName(u"MA"_s) == u"Morocco"_s); // JSON, CSV and the like
        CHECK(reference::countryLabel(u"XX"_s) == u"XX"_s);
    }
    QLocale::setDefault(before);
}
