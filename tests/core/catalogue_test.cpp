#include "domain/catalogue/catalogue.h"
#include "tscatalogue.h"

#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::catalogue;

// Issue 17: the catalogue describes every kind's fields once; storage's table specs, search's fields
// and sync's fields are derived from it (tests/core/catalogueschema_test.cpp checks them against a
// snapshot of the hand-written lists they replaced and against a freshly migrated file).
namespace {
// Every translatable text of a kind, its lists' columns included.
QList<Text> textsOf(const KindSpec &spec)
{
    QList<Text> texts{spec.titleLabel};
    const auto add = [&texts](const FieldSpec &f) {
        texts << f.label << f.companionLabel << f.section << f.listLabel << f.placeholder << f.toolTip;
    };
    for (const FieldSpec &f : spec.fields) {
        add(f);
        for (const FieldSpec &c : f.children) {
            add(c);
        }
    }
    texts.removeIf([](const Text &t) { return t.isEmpty() || !t.context; }); // https:// is not translated
    return texts;
}

// "context|source" of every message lupdate found in the sources, from the catalogue it wrote.
QSet<QString> translationCatalogue()
{
    QSet<QString> messages;
    for (const crm::test::TsMessage &m : crm::test::readCatalogue(crm::test::catalogueSource(u"en"_s))) {
        messages.insert(m.context + u'|' + m.source);
    }
    return messages;
}
} // namespace

TEST_CASE("the catalogue's texts keep the translation contexts the forms and lists have today", "[catalogue]")
{
    const QSet<QString> messages = translationCatalogue();
    int checked = 0;
    for (const KindSpec &spec : Catalogue::builtin().kinds()) {
        for (const Text &t : textsOf(spec)) {
            const QString key = QString::fromUtf8(t.context) + u'|' + QString::fromUtf8(t.source);
            INFO(key.toStdString());
            CHECK(messages.contains(key));
            ++checked;
        }
    }
    CHECK(checked > 200);
}

TEST_CASE("the catalogue stays in the domain: nothing there includes storage, services or sync", "[catalogue]")
{
    QDirIterator files(QStringLiteral(CRM_SOURCE_DIR "/core/domain"), QDir::Files, QDirIterator::Subdirectories);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray source = file.readAll();
        INFO(file.fileName().toStdString());
        CHECK_FALSE(source.contains("#include \"storage/"));
        CHECK_FALSE(source.contains("#include \"services/"));
        CHECK_FALSE(source.contains("#include \"sync/"));
        ++read;
    }
    CHECK(read > 12);
}

TEST_CASE("the catalogue describes every kind, each field once", "[catalogue]")
{
    const Catalogue &catalogue = Catalogue::builtin();
    for (RecordKind kind : allRecordKinds()) {
        INFO(kindName(kind).toStdString());
        const KindSpec &spec = catalogue.kind(kind);
        CHECK(spec.kind == kind);
        QStringList names;
        for (const FieldSpec &f : spec.fields) {
            names << f.name;
            CHECK_FALSE(f.label.isEmpty());
            CHECK(catalogue.field(kind, f.name) == &f);
        }
        CHECK(QSet<QString>(names.begin(), names.end()).size() == names.size());
    }
    CHECK(catalogue.field(RecordKind::Investor, u"hq_city") != nullptr);
    CHECK(catalogue.field(RecordKind::Investor, u"no_such_field") == nullptr);
}
