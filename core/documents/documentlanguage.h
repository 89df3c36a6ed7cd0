#pragma once

#include "services/timeline.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QVariantMap>

namespace crm {

// The language a printed document is written in, whatever the language of the application: its
// labels and code names come from resources/templates/labels-LANG.json (an officer may put a file
// of that name in the template folder to change a word), its dates and numbers follow the
// language's locale. Names of people and companies are not translated: they follow their culture.
class DocumentLanguage final
{
public:
    // The languages documents can be written in: en, ja, fr.
    static QStringList codes();
    // Throws crm::Error (Invalid, field "lang") for a language not in codes(). An override label
    // file that cannot be read is skipped and said in *warning.
    static DocumentLanguage load(const QString &code, const QString &overrideDir = {}, QString *warning = nullptr);

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    // The labels for templates ({{label.talking_points}}).
    QVariantMap labels() const { return m_labels; }
    QString label(const QString &key) const;
    // A stage, sector or side code in this language; codes without a word fall back to the
    // application's own label (English when no translation is installed).
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
    QString m_code;
    QLocale m_locale;
    QVariantMap m_labels;
    QHash<QString, QString> m_codes;
};

} // namespace crm
