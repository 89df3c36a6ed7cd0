#include "documentlanguage.h"

#include "documenttemplate.h"
#include "domain/codelabels.h"
#include "domain/error.h"
#include "domain/referencedata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct DocumentLanguageTr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLanguage)
};

QLocale localeOf(const QString &code)
{
    if (code == u"ja"_s) {
        return QLocale(QLocale::Japanese, QLocale::Japan);
    }
    if (code == u"fr"_s) {
        return QLocale(QLocale::French, QLocale::France);
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom); // UN English: 29 November 2026
}

void merge(const QJsonObject &file, QVariantMap &labels, QHash<QString, QString> &codes)
{
    const QJsonObject fileLabels = file.value(u"labels"_s).toObject();
    for (auto it = fileLabels.begin(); it != fileLabels.end(); ++it) {
        labels.insert(it.key(), it.value().toString());
    }
    const QJsonObject fileCodes = file.value(u"codes"_s).toObject();
    for (auto it = fileCodes.begin(); it != fileCodes.end(); ++it) {
        codes.insert(it.key(), it.value().toString());
    }
}
} // namespace

QStringList DocumentLanguage::codes()
{
    return {u"en"_s, u"ja"_s, u"fr"_s};
}

DocumentLanguage DocumentLanguage::load(const QString &code, const QString &overrideDir, QString *warning)
{
    if (!codes().contains(code)) {
        throw Error::invalid({{u"lang"_s, DocumentLanguageTr::tr("must be one of %1").arg(codes().join(u", "_s))}});
    }
    DocumentLanguage language;
    language.m_code = code;
    language.m_locale = localeOf(code);
    const QString fileName = u"labels-%1.json"_s.arg(code);
    // English first, so that a word missing from another language's file is at least said.
    merge(QJsonDocument::fromJson(builtInTemplate(u"labels-en.json"_s).toUtf8()).object(), language.m_labels,
          language.m_codes);
    if (code != u"en"_s) {
        merge(QJsonDocument::fromJson(builtInTemplate(fileName).toUtf8()).object(), language.m_labels,
              language.m_codes);
    }
    if (!overrideDir.isEmpty() && QFile::exists(QDir(overrideDir).filePath(fileName))) {
        QFile file(QDir(overrideDir).filePath(fileName));
        QJsonParseError error{};
        const QJsonDocument doc =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
        if (doc.isObject()) {
            merge(doc.object(), language.m_labels, language.m_codes);
        } else if (warning) {
            *warning = DocumentLanguageTr::tr("The labels in %1 cannot be used (%2); the built-in ones were used.")
                           .arg(QDir::toNativeSeparators(file.fileName()),
                                file.error() != QFile::NoError ? file.errorString() : error.errorString());
        }
    }
    return language;
}

QString DocumentLanguage::label(const QString &key) const
{
    return m_labels.value(key, key).toString();
}

QString DocumentLanguage::codeName(const QString &code) const
{
    return m_codes.value(code, codeLabel(code));
}

QString DocumentLanguage::countryName(const QString &code) const
{
    return reference::countryName(code, m_code);
}

QString DocumentLanguage::date(const QDate &date) const
{
    // The locale's long format names the weekday too; a briefing wants the date alone.
    return m_locale.toString(date, m_code == u"ja"_s ? u"yyyy年M月d日"_s : u"d MMMM yyyy"_s);
}

QString DocumentLanguage::time(const QTime &time) const
{
    return m_locale.toString(time, QLocale::ShortFormat);
}

QString DocumentLanguage::number(qint64 value) const
{
    return m_locale.toString(value);
}

TimelineWording DocumentLanguage::timelineWording() const
{
    return {[codes = m_codes](const QString &code) { return codes.value(code, codeLabel(code)); },
            m_locale,
            label(u"timeline_stay"_s),
            label(u"timeline_joined"_s),
            label(u"timeline_left"_s),
            label(u"timeline_other_script"_s),
            label(u"timeline_figure"_s)};
}

} // namespace crm
