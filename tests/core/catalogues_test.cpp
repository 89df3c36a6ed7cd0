// The Japanese and French catalogues (issue 20): complete for the code as it is, every message
// under the context that translates it at run time, and compiled into the library.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // the translation's type attribute: empty when finished
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"});
        } else if (xml.name() == u"source") {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            messages.last().comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            messages.last().type = xml.attributes().value(u"type"_s).toString();
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

QString sourcePath(const QString &language)
{
    return QStringLiteral(CRM_SOURCE_DIR "/resources/translations/delegates-crm_%1.ts").arg(language);
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> result;
    for (const Message &m : messages) {
        result.insert(m.context + u'\x4' + m.source + u'\x4' + m.comment);
    }
    return result;
}
} // namespace

TEST_CASE("the Japanese and French catalogues translate every message, with their plural forms", "[translations]")
{
    const QString language = GENERATE(u"ja"_s, u"fr"_s);
    const qsizetype pluralForms = language == u"ja"_s ? 1 : 2; // French: 0 and 1, then 2 and more
    INFO(language.toStdString());
    const QList<Message> messages = readCatalogue(sourcePath(language));
    REQUIRE(messages.size() > 1000);
    QTranslator compiled;
    REQUIRE(compiled.load(u":/i18n/delegates-crm_%1.qm"_s.arg(language)));
    for (const Message &m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK(!m.context.isEmpty()); // a text under no context is never found at run time
        CHECK(m.type.isEmpty());     // neither unfinished, obsolete nor vanished
        CHECK(m.forms.size() == (m.numerus ? pluralForms : 1));
        for (const QString &form : m.forms) {
            CHECK(!form.trimmed().isEmpty());
        }
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        for (const int n : m.numerus ? QList<int>{1, 2} : QList<int>{-1}) {
            CHECK(!compiled
                       .translate(context.constData(), source.constData(),
                                  comment.isEmpty() ? nullptr : comment.constData(), n)
                       .isEmpty());
        }
    }
}

TEST_CASE("the committed catalogues hold exactly the messages of the code (lupdate run afresh)", "[translations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fresh = dir.filePath(u"fresh_ja.ts"_s);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CRM_SOURCE_DIR));
    lupdate.start(QStringLiteral(CRM_LUPDATE),
                  {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s, u"core"_s, u"-I"_s, u"ui"_s, u"-I"_s,
                   u"app/cli"_s, u"core"_s, u"ui"_s, u"app"_s, u"-ts"_s, fresh});
    REQUIRE(lupdate.waitForFinished(120'000));
    REQUIRE(lupdate.exitCode() == 0);
    const QSet<QString> code = keys(readCatalogue(fresh));
    REQUIRE(code.size() > 1000);
    for (const QString &language : {u"en"_s, u"ja"_s, u"fr"_s}) {
        INFO(language.toStdString() << ": run `cmake --build build --target update_translations` and translate "
                                       "what it adds");
        const QSet<QString> committed = keys(readCatalogue(sourcePath(language)));
        for (const QString &missing : code - committed) {
            UNSCOPED_INFO("not in the catalogue: " << QString(missing).replace(u'\x4', u" | "_s).toStdString());
        }
        for (const QString &gone : committed - code) {
            UNSCOPED_INFO("no longer in the code: " << QString(gone).replace(u'\x4', u" | "_s).toStdString());
        }
        CHECK(code == committed);
    }
}
