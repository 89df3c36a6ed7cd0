#include "documentlanguage.h"

#include "documenttemplate.h"
#include "domain/catalogue/catalogue.h"
#include "domain/codelabels.h"
#include "domain/error.h"
#include "domain/referencedata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct DocumentLanguageTr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLanguage)
};

// A document label that says what a list column of the screens says: the field whose column
// header it is (the text, not the record, matters: the delegate's e-mail is labelled like the
// contacts' column).
struct FieldLabel
{
    QLatin1StringView key;
    RecordKind kind;
    QLatin1StringView field;
};
constexpr FieldLabel kFieldLabels[] = {
    {"sector"_L1, RecordKind::Investor, "sector"_L1},
    {"head_office"_L1, RecordKind::Investor, "hq_city"_L1},
    {"employees"_L1, RecordKind::Investor, "employees"_L1},
    {"website"_L1, RecordKind::Agency, "website"_L1},
    {"email"_L1, RecordKind::Contact, "email"_L1},
    {"agency"_L1, RecordKind::Delegate, "agency_id"_L1},
    {"country"_L1, RecordKind::Delegate, "country"_L1},
    {"stage"_L1, RecordKind::Deal, "stage"_L1},
    {"kind"_L1, RecordKind::Mission, "kind"_L1},
    {"place"_L1, RecordKind::Meeting, "place"_L1},
    {"due"_L1, RecordKind::FollowUp, "due_date"_L1},
    {"investor"_L1, RecordKind::Meeting, "investor_id"_L1},
    {"mission"_L1, RecordKind::Meeting, "mission_id"_L1},
};

// A document label that is a code's name ("jobs" heads the column of direct jobs).
struct CodeLabel
{
    QLatin1StringView key;
    QLatin1StringView code;
    bool lowerCase; // inside a sentence: "350 announced"
};
constexpr CodeLabel kCodeLabels[] = {
    {"capex"_L1, "capex"_L1, false},
    {"jobs"_L1, "direct_jobs"_L1, false},
    {"announced"_L1, "announced"_L1, true},
    {"realised"_L1, "realised"_L1, true},
    {"timeline_stay"_L1, "programme_stay"_L1, false},
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

// The application's catalogue of one language, embedded by qt_add_translations (core/domain).
// Not installed: the screens keep their own language while a document is written in this one.
std::shared_ptr<const QTranslator> catalogueOf(const QString &code)
{
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(u":/i18n/delegates-crm_%1.qm"_s.arg(code))) {
        qWarning("The %s catalogue is missing: documents use English code names", qPrintable(code));
    }
    return translator;
}

void mergeLabels(const QJsonObject &file, QVariantMap &labels)
{
    const QJsonObject fileLabels = file.value(u"labels"_s).toObject();
    for (auto it = fileLabels.begin(); it != fileLabels.end(); ++it) {
        labels.insert(it.key(), it.value().toString());
    }
}
} // namespace

QStringList DocumentLanguage::codes()
{
    return {u"en"_s, u"ja"_s, u"fr"_s};
}

QStringList DocumentLanguage::catalogueLabelKeys()
{
    QStringList keys;
    for (const FieldLabel &label : kFieldLabels) {
        keys << label.key;
    }
    for (const CodeLabel &label : kCodeLabels) {
        keys << label.key;
    }
    return keys;
}

DocumentLanguage DocumentLanguage::load(const QString &code, const QString &overrideDir, QString *warning)
{
    if (!codes().contains(code)) {
        throw Error::invalid({{u"lang"_s, DocumentLanguageTr::tr("must be one of %1").arg(codes().join(u", "_s))}});
    }
    DocumentLanguage language;
    language.m_code = code;
    language.m_locale = localeOf(code);
    language.m_catalogue = catalogueOf(code);
    const QString fileName = u"labels-%1.json"_s.arg(code);
    // English first, so that a word missing from another language's file is at least said.
    mergeLabels(QJsonDocument::fromJson(builtInTemplate(u"labels-en.json"_s).toUtf8()).object(), language.m_labels);
    if (code != u"en"_s) {
        mergeLabels(QJsonDocument::fromJson(builtInTemplate(fileName).toUtf8()).object(), language.m_labels);
    }
    // What the screens say too, in the document's language; before the officer's file, which may
    // still change these words.
    const catalogue::Catalogue &fields = catalogue::Catalogue::builtin();
    for (const FieldLabel &label : kFieldLabels) {
        const catalogue::FieldSpec *field = fields.field(label.kind, QString(label.field));
        if (field && !field->listLabel.isEmpty()) {
            language.m_labels.insert(label.key, language.translated(field->listLabel.context, field->listLabel.source));
        }
    }
    for (const CodeLabel &label : kCodeLabels) {
        const QString name = language.codeName(label.code);
        language.m_labels.insert(label.key, label.lowerCase ? language.m_locale.toLower(name) : name);
    }
    if (!overrideDir.isEmpty() && QFile::exists(QDir(overrideDir).filePath(fileName))) {
        QFile file(QDir(overrideDir).filePath(fileName));
        QJsonParseError error{};
        const QJsonDocument doc =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
        if (doc.isObject()) {
            mergeLabels(doc.object(), language.m_labels);
            const QJsonObject fileCodes = doc.object().value(u"codes"_s).toObject();
            for (auto it = fileCodes.begin(); it != fileCodes.end(); ++it) {
                language.m_codeOverrides.insert(it.key(), it.value().toString());
            }
        } else if (warning) {
            *warning = DocumentLanguageTr::tr("The labels in %1 cannot be used (%2); the built-in ones were used.")
                           .arg(QDir::toNativeSeparators(file.fileName()),
                                file.error() != QFile::NoError ? file.errorString() : error.errorString());
        }
    }
    return language;
}

QString DocumentLanguage::translated(const char *context, const char *source) const
{
    const QString text = m_catalogue ? m_catalogue->translate(context, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QString DocumentLanguage::label(const QString &key) const
{
    return m_labels.value(key, key).toString();
}

QString DocumentLanguage::codeName(const QString &code) const
{
    if (const auto it = m_codeOverrides.constFind(code); it != m_codeOverrides.constEnd()) {
        return *it;
    }
    const catalogue::Text text = codeLabelText(code);
    return text.isEmpty() ? code : translated(text.context, text.source);
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
    return {[language = *this](const QString &code) { return language.codeName(code); },
            m_locale,
            label(u"timeline_stay"_s),
            label(u"timeline_joined"_s),
            label(u"timeline_left"_s),
            label(u"timeline_other_script"_s),
            label(u"timeline_figure"_s)};
}

} // namespace crm
