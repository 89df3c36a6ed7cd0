// The Japanese and French catalogues (issue 20): complete for the code as it is, every message
// under the context that translates it at run time, and compiled into the library.
#include "tscatalogue.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm::test;

namespace {
QSet<QString> keys(const QList<TsMessage> &messages)
{
    QSet<QString> result;
    for (const TsMessage &m : messages) {
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
    const QList<TsMessage> messages = readCatalogue(catalogueSource(language));
    REQUIRE(messages.size() > 1000);
    QTranslator compiled;
    REQUIRE(compiled.load(u":/i18n/delegates-crm_%1.qm"_s.arg(language)));
    for (const TsMessage &m : messages) {
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
        const QSet<QString> committed = keys(readCatalogue(catalogueSource(language)));
        for (const QString &missing : code - committed) {
            UNSCOPED_INFO("not in the catalogue: " << QString(missing).replace(u'\x4', u" | "_s).toStdString());
        }
        for (const QString &gone : committed - code) {
            UNSCOPED_INFO("no longer in the code: " << QString(gone).replace(u'\x4', u" | "_s).toStdString());
        }
        CHECK(code == committed);
    }
}
