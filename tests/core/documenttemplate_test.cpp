#include "documents/documenttemplate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(text) == text.size());
}
} // namespace

// Found by tests/fuzz/fuzz_document_template: the override partial included itself and the
// renderer recursed until the stack overflowed (the application crashed).
TEST_CASE("an officer's shared part that includes itself falls back to the built-in one", "[template]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(QDir(dir.path()).filePath(u"investor-story.html"_s), "<p>mine</p>{{> investor-story}}");

    const RenderedDocument doc = renderDocumentTemplate(u"meeting-briefing.html"_s, {}, dir.path());
    CHECK(doc.warning.contains(u"investor-story.html"_s));
    CHECK(doc.warning.contains(u"the built-in one was used"_s));
    CHECK_FALSE(doc.html.contains(u"<p>mine</p>"_s));
    CHECK(doc.html.contains(u"table.list th { text-align: left;"_s));
}

TEST_CASE("two shared parts that include each other are refused, whatever the delimiters", "[template]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(QDir(dir.path()).filePath(u"investor-story.html"_s), "<p>story</p>{{ > document-style }}");
    writeFile(QDir(dir.path()).filePath(u"document-style.css"_s), "{{=<% %>=}}<%> investor-story%>");

    const RenderedDocument doc = renderDocumentTemplate(u"investor-profile.html"_s, {}, dir.path());
    CHECK(doc.warning.contains(u"the built-in one was used"_s));
    CHECK_FALSE(doc.html.contains(u"<p>story</p>"_s));
}

TEST_CASE("a value of the record is never run as a template, even named in a partial tag", "[template]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(QDir(dir.path()).filePath(u"meeting-briefing.html"_s), "<p>{{> title}}|{{> summary}}</p>");
    const QVariantMap context{
        {u"title"_s, u"{{secret}}"_s}, {u"secret"_s, u"leaked"_s}, {u"summary"_s, u"{{> summary}}"_s}};

    const RenderedDocument doc = renderDocumentTemplate(u"meeting-briefing.html"_s, context, dir.path());
    CHECK(doc.warning.isEmpty());
    CHECK(doc.html == u"<p>|</p>"_s);
}

TEST_CASE("an officer's shared part without includes is used in every document", "[template]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(QDir(dir.path()).filePath(u"investor-story.html"_s), "<p>{{#deals}}{{title}} {{/deals}}&gt;</p>");

    const QVariantMap context{{u"deals"_s, QVariantList{QVariantMap{{u"title"_s, u"<b>Plant</b>"_s}}}}};
    const RenderedDocument doc = renderDocumentTemplate(u"meeting-briefing.html"_s, context, dir.path());
    CHECK(doc.warning.isEmpty());
    CHECK(doc.html.contains(u"<p>&lt;b&gt;Plant&lt;/b&gt; &gt;</p>"_s));
}
