#pragma once
// Reads a Qt Linguist catalogue (.ts) as lupdate and the translators left it: for the tests that
// hold the catalogues against the code.
#include <QFile>
#include <QList>
#include <QStringList>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace crm::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // the translation's type attribute: empty when finished
    QStringList forms; // the translation, or its plural forms
};

inline QList<TsMessage> readCatalogue(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"});
        } else if (xml.name() == u"source") {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            messages.last().comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            messages.last().type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!messages.last().numerus) {
                messages.last().forms << xml.readElementText();
            }
        } else if (xml.name() == u"numerusform") {
            messages.last().forms << xml.readElementText();
        }
    }
    REQUIRE(!xml.hasError());
    return messages;
}

// The catalogue of a language in the source tree ("en", "ja", "fr").
inline QString catalogueSource(const QString &language)
{
    return QStringLiteral(CRM_SOURCE_DIR "/resources/translations/delegates-crm_%1.ts").arg(language);
}

} // namespace crm::test
