#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
// Marks our translators among the application's children, so a second call can take them back.
constexpr auto kObjectName = "crmTranslator"_L1;
// Where qt_add_translations (core/CMakeLists.txt) embeds the compiled catalogues.
constexpr auto kEmbedded = ":/i18n"_L1;

void install(QCoreApplication &app, std::unique_ptr<QTranslator> translator, QStringList &installed)
{
    translator->setObjectName(kObjectName);
    translator->setParent(&app);
    installed << translator->filePath();
    QCoreApplication::installTranslator(translator.release());
}

// name_<language>.qm in dir for the first of the locale's languages that has one; null if none
// does, or if it is empty (Qt's qtbase_en.qm is: English is its source).
std::unique_ptr<QTranslator> catalogue(const QLocale &locale, const QString &name, const QString &dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, u"_"_s, dir) || translator->isEmpty()) {
        return nullptr;
    }
    return translator;
}
} // namespace

QStringList installTranslations(QCoreApplication &app, const QLocale &locale)
{
    for (QTranslator *earlier : app.findChildren<QTranslator *>(kObjectName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    QStringList installed;
    // Searched last: English is the source language, so its catalogue holds only the plural forms
    // of the "%n ...(s)" messages, which a language without a translation of its own falls back to.
    auto english = std::make_unique<QTranslator>();
    const QString englishFile = kEmbedded + u"/delegates-crm_en.qm"_s;
    if (english->load(englishFile)) {
        install(app, std::move(english), installed);
    } else {
        qWarning("%s is missing: plural forms will read \"(s)\"", qPrintable(englishFile));
    }
    // Standard buttons and dialogs in the officer's language (Debian's qt6-translations-l10n).
    if (auto qt = catalogue(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        install(app, std::move(qt), installed);
    }
    if (auto own = catalogue(locale, u"delegates-crm"_s, kEmbedded); own && own->filePath() != englishFile) {
        install(app, std::move(own), installed);
    }
    return installed;
}

QStringList interfaceLanguages()
{
    return {u"en"_s, u"ja"_s, u"fr"_s};
}

QString nativeLanguageName(const QString &code)
{
    // Written out rather than asked of QLocale, which calls en_US "American English".
    if (code == u"ja"_s) {
        return u"日本語"_s;
    }
    if (code == u"fr"_s) {
        return u"Français"_s;
    }
    return code == u"en"_s ? u"English"_s : QString();
}

std::optional<QLocale> localeForLanguage(const QString &code, const QLocale &system)
{
    if (code.isEmpty()) {
        return system;
    }
    if (!interfaceLanguages().contains(code)) {
        return std::nullopt;
    }
    const QLocale chosen(code);
    return system.language() == chosen.language() ? system : chosen;
}

} // namespace crm
