#include "support/translations.h"
#include "tscatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMultiHash>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {
const QString kEnglishCatalogue = u":/i18n/delegates-crm_en.qm"_s;
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kJapanese(QLocale::Japanese, QLocale::Japan);

QString translate(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

QStringList install(const QLocale &locale)
{
    return crm::installTranslations(*QCoreApplication::instance(), locale);
}

// The catalogue as lupdate wrote it in the source tree: context -> source texts.
QMultiHash<QString, QString> catalogueMessages()
{
    QMultiHash<QString, QString> messages;
    for (const crm::test::TsMessage &m : crm::test::readCatalogue(crm::test::catalogueSource(u"en"_s))) {
        messages.insert(m.context, m.source);
    }
    return messages;
}

// Gives the next test the runner's English translators back, whatever this one installed.
struct RestoreEnglish final
{
    RestoreEnglish() = default;
    ~RestoreEnglish() { install(kEnglish); }
    Q_DISABLE_COPY_MOVE(RestoreEnglish)
};
} // namespace

TEST_CASE("the English plural forms are compiled into the library", "[translations]")
{
    CHECK(QFile::exists(kEnglishCatalogue));
}

TEST_CASE("English plurals read \"1 month\" and \"3 months\", not \"month(s)\"", "[translations]")
{
    RestoreEnglish restore;
    const QStringList installed = install(kEnglish);
    CHECK(installed.count(kEnglishCatalogue) == 1); // once, although English is also the locale
    CHECK(translate("crm::TimelineExport", "%n month(s)", 1) == u"1 month"_s);
    CHECK(translate("crm::TimelineExport", "%n month(s)", 3) == u"3 months"_s);
    CHECK(translate("crm::TimelineExport", "%n month(s)", 0) == u"0 months"_s);
    CHECK(translate("crm::ui::TimelineView", "%1 of %n event(s)", 1) == u"%1 of 1 event"_s);
    CHECK(translate("crm::cli::DatabaseCommands", "%n problem(s) found in %1.", 2) == u"2 problems found in %1."_s);
}

TEST_CASE("a message without plural forms comes back as its source text, not empty", "[translations]")
{
    // lrelease leaves the untranslated messages out of the catalogue; Qt then returns the source.
    CHECK(translate("main", "Cannot open the database") == u"Cannot open the database"_s);
    CHECK(translate("crm::ui::TimelineView", "No events match the filter") == u"No events match the filter"_s);
}

TEST_CASE("in Japanese, Qt's own buttons, our texts and our plurals are Japanese", "[translations]")
{
    RestoreEnglish restore;
    const QStringList installed = install(kJapanese);
    REQUIRE(!installed.isEmpty());
    CHECK(installed.first() == kEnglishCatalogue); // installed first, so searched last
    CHECK(installed.contains(u":/i18n/delegates-crm_ja.qm"_s));
    CHECK(translate("crm::TimelineExport", "%n year(s)", 18) == u"18 年"_s);
    CHECK(translate("main", "Cannot open the database") == u"データベースを開けません"_s);

    // Debian's qt6-translations-l10n, which .ci/setup installs.
    const QString qtJapanese = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(u"qtbase_ja.qm"_s);
    REQUIRE(QFile::exists(qtJapanese));
    CHECK(installed.contains(qtJapanese));
    CHECK(translate("QPlatformTheme", "Cancel") == u"キャンセル"_s);
}

TEST_CASE("in French, plurals take French forms: 0 and 1 singular, 2 and more plural", "[translations]")
{
    RestoreEnglish restore;
    install(QLocale(QLocale::French, QLocale::France));
    CHECK(translate("crm::TimelineExport", "%n year(s)", 0) == u"0 an"_s);
    CHECK(translate("crm::TimelineExport", "%n year(s)", 1) == u"1 an"_s);
    CHECK(translate("crm::TimelineExport", "%n year(s)", 2) == u"2 ans"_s);
}

TEST_CASE("installing another language replaces the translators of the previous one", "[translations]")
{
    RestoreEnglish restore;
    install(kJapanese);
    install(kEnglish);
    CHECK(translate("QPlatformTheme", "Cancel") == u"Cancel"_s);
    CHECK(translate("crm::TimelineExport", "%n day(s)", 1) == u"1 day"_s);
}

TEST_CASE("lupdate files each text under the context that translates it at run time", "[translations]")
{
    // Texts of free functions and plain classes, which once went through home-made tr() helpers
    // that lupdate cannot see through: it filed them under the enclosing namespace or class.
    const QMultiHash<QString, QString> messages = catalogueMessages();
    const QList<std::pair<QString, QString>> expected{
        {u"crm::CodeLabels"_s, u"Lead"_s},
        {u"crm::Validator"_s, u"is required"_s},
        {u"crm::TimelineExport"_s, u"printed %1"_s},
        {u"crm::ui::ListColumns"_s, u"Head office"_s},
        {u"crm::ui::FormFields"_s, u"&Family name"_s},
        {u"crm::ui::RecordCommand"_s, u"Create %1"_s},
        {u"crm::cli::Arguments"_s, u"unknown option %1"_s},
        {u"crm::cli::DatabaseCommands"_s, u"%n problem(s) found in %1."_s},
    };
    for (const auto &[context, source] : expected) {
        INFO(context.toStdString() << ": " << source.toStdString());
        CHECK(messages.contains(context, source));
    }
    for (const QString &invented : {u"crm::cli::Parser"_s, u"crm::ui::CreateRecordCommand"_s, u"crm::Assembler"_s}) {
        INFO(invented.toStdString());
        CHECK(!messages.contains(invented));
    }
}
