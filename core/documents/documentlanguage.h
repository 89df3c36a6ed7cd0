#pragma once

#include "services/timeline.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QVariantMap>
#include <memory>

class QTranslator;

namespace crm {

// The language a printed document is written in, whatever the language of the application. Its
// words come from two places, so that a document and the screens never name one thing two ways:
// - what the screens also say (code names: sectors, stages, credit roles, mission kinds, impact
//   indicators and figure statuses, meeting sides; field labels such as Sector, Stage, Head office)
//   is translated by the application's own catalogue for THE DOCUMENT'S language
//   (:/i18n/delegates-crm_LANG.qm, held here and never installed application-wide), with
//   crm::CodeLabels' and the list columns' texts, English when the catalogue has no translation;
// - what only documents say (headings such as "Meeting briefing", "Talking points", page numbers)
//   comes from resources/templates/labels-LANG.json.
// An officer may put labels-LANG.json in the template folder: its "labels" replace any label,
// those taken from the catalogue included, and its "codes" (an object code -> word) replace code
// names, so files written for earlier versions, which held every code, keep working.
// Dates and numbers follow the language's locale. Names of people and companies are not
// translated: they follow their culture.
class DocumentLanguage final
{
public:
    // The languages documents can be written in: en, ja, fr.
    static QStringList codes();
    // Throws crm::Error (Invalid, field "lang") for a language not in codes(). An override label
    // file that cannot be read is skipped and said in *warning.
    static DocumentLanguage load(const QString &code, const QString &overrideDir = {}, QString *warning = nullptr);
    // The label keys taken from the application's catalogue rather than labels-LANG.json.
    static QStringList catalogueLabelKeys();

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    // The labels for templates ({{label.talking_points}}), those from the catalogue included.
    QVariantMap labels() const { return m_labels; }
    QString label(const QString &key) const;
    // A stage, sector, side or other code in this language, as the screens name it in this
    // language; an unknown code comes back as it is.
    QString codeName(const QString &code) const;
    // A country's name in this language ("モロッコ", "Maroc").
    QString countryName(const QString &code) const;
    // "29 November 2026" / "2026年11月29日" / "29 novembre 2026".
    QString date(const QDate &date) const;
    QString time(const QTime &time) const;
    QString number(qint64 value) const;
    // The timeline's phrases, code names and number formats in this language, for the history
    // printed in a document.
    TimelineWording timelineWording() const;

private:
    // context/source translated by this language's catalogue; the source when it has none.
    QString translated(const char *context, const char *source) const;

    QString m_code;
    QLocale m_locale;
    QVariantMap m_labels;
    QHash<QString, QString> m_codeOverrides; // from an officer's labels file
    std::shared_ptr<const QTranslator> m_catalogue;
};

} // namespace crm
