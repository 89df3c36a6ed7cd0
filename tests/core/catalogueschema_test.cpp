#include "domain/catalogue/catalogue.h"
#include "domain/fieldmap.h"
#include "domain/recordkind.h"
#include "domain/searchfields.h"
#include "goldenfile.h"
#include "sqlite/tablespec.h"
#include "sync/syncfields.h"
#include "testdatabase.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace crm;

// Issue 17: storage's table specs, search's fields and sync's fields are derived from the field
// catalogue, so adding a plain field takes the catalogue and a migration. Before
// the hand-written copies were deleted, their output was written to tests/core/data/
// tablespec-snapshot.txt and searchfields-snapshot.txt; the derived output must stay equal to it.
// To rewrite them after a deliberate change (a new field), run
//     CRM_REGENERATE_GOLDEN=1 ./build/bin/crm_core_tests "[snapshot]"
// and review the diff; without the variable the tests only compare.
namespace {
const QString dataDir = QStringLiteral(CRM_SOURCE_DIR "/tests/core/data/");

QString typeName(storage::ColumnType type)
{
    switch (type) {
    case storage::ColumnType::Text:
        return u"text"_s;
    case storage::ColumnType::Integer:
        return u"integer"_s;
    case storage::ColumnType::Bool:
        return u"bool"_s;
    case storage::ColumnType::TextList:
        return u"text list"_s;
    }
    return u"?"_s;
}

// One sorted line per column, reference, poly reference and unique column: a table's column order
// is not part of its meaning (every statement names its columns).
QStringList tableLines(const QString &indent, const QList<storage::Column> &columns,
                       const QList<storage::Reference> &references, const QList<storage::PolyReference> &polyReferences,
                       const QStringList &unique)
{
    QStringList lines;
    for (const storage::Column &c : columns) {
        lines << indent + u"column "_s + c.name + u' ' + typeName(c.type);
    }
    for (const storage::Reference &r : references) {
        lines << indent + u"reference "_s + r.column + u" -> "_s + kindName(r.target) +
                     (r.required ? u" required"_s : QString());
    }
    for (const storage::PolyReference &p : polyReferences) {
        lines << indent + u"poly reference "_s + p.kindColumn + u" + "_s + p.idColumn;
    }
    for (const QString &u : unique) {
        lines << indent + u"unique "_s + u;
    }
    lines.sort();
    return lines;
}

QByteArray tableSpecText()
{
    QStringList out;
    for (RecordKind kind : allRecordKinds()) {
        const storage::TableSpec &spec = storage::tableSpec(kind);
        out << kindName(kind) + u": table "_s + spec.table;
        out << tableLines(u"  "_s, spec.columns, spec.references, spec.polyReferences, spec.uniqueColumns);
        QList<storage::ChildTable> children = spec.children;
        std::sort(children.begin(), children.end(),
                  [](const storage::ChildTable &a, const storage::ChildTable &b) { return a.field < b.field; });
        for (const storage::ChildTable &child : children) {
            out << u"  list "_s + child.field + u": table "_s + child.table + u" by "_s + child.parentColumn;
            out << tableLines(u"    "_s, child.columns, child.references, child.polyReferences, {});
        }
    }
    return (out.join(u'\n') + u'\n').toUtf8();
}

// A stored record with every column filled with its own name (lists with two elements), so that a
// field searched in another order, or not at all, shows.
QVariantMap everyColumnFilled(RecordKind kind)
{
    const auto fill = [](const QList<storage::Column> &columns) {
        QVariantMap row;
        for (const storage::Column &c : columns) {
            row.insert(c.name, c.type == storage::ColumnType::TextList
                                   ? QVariant(QVariantList{QString(c.name + u" 1"_s), QString(c.name + u" 2"_s)})
                                   : QVariant(QString(c.name + u" value"_s)));
        }
        return row;
    };
    const storage::TableSpec &spec = storage::tableSpec(kind);
    QVariantMap stored = fill(spec.columns);
    for (const storage::ChildTable &child : spec.children) {
        stored.insert(child.field, QVariantList{fill(child.columns), fill(child.columns)});
    }
    return stored;
}

// The same record with a Japanese name, which is also searched written together.
QVariantMap withJapaneseName(QVariantMap stored)
{
    stored.insert(u"family_name"_s, u"山田"_s);
    stored.insert(u"given_name"_s, u"太郎"_s);
    stored.insert(u"family_name_reading"_s, u"やまだ"_s);
    stored.insert(u"given_name_reading"_s, u"たろう"_s);
    return stored;
}

QStringList searchLines(RecordKind kind, const QString &heading, const QVariantMap &stored)
{
    QStringList lines{kindName(kind) + u": "_s + heading};
    for (const SearchField &f : searchFields(kind, stored)) {
        lines << u"  %1 %2 = %3"_s.arg(f.name ? u"name"_s : u"text"_s, f.field, f.text);
    }
    return lines;
}

QByteArray searchFieldsText()
{
    QStringList out;
    for (RecordKind kind : allRecordKinds()) {
        const QVariantMap stored = everyColumnFilled(kind);
        out << searchLines(kind, u"every column filled"_s, stored);
        if (stored.contains(u"family_name"_s)) {
            out << searchLines(kind, u"a Japanese name"_s, withJapaneseName(stored));
        }
    }
    return (out.join(u'\n') + u'\n').toUtf8();
}

// The declared type SQLite keeps for a column holding a value of that shape.
QString sqlType(storage::ColumnType type)
{
    return type == storage::ColumnType::Integer || type == storage::ColumnType::Bool ? u"INTEGER"_s : u"TEXT"_s;
}

// Reads a database file's tables as PRAGMA table_info describes them, on a connection of its own.
class FileSchema final
{
public:
    explicit FileSchema(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~FileSchema() { QSqlDatabase::removeDatabase(connection); }
    Q_DISABLE_COPY_MOVE(FileSchema)

    // "name TYPE" per column, sorted.
    QStringList columns(const QString &table) const
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        REQUIRE(q.prepare(u"SELECT name, type FROM pragma_table_info(?)"_s));
        q.addBindValue(table);
        REQUIRE(q.exec());
        QStringList out;
        while (q.next()) {
            out << q.value(0).toString() + u' ' + q.value(1).toString();
        }
        REQUIRE_FALSE(q.lastError().isValid());
        out.sort();
        return out;
    }

    void execute(const QString &statement) const
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        REQUIRE(q.exec(statement));
    }

private:
    const QString connection = u"catalogueschema"_s;
};

QStringList expectedColumns(const QStringList &fixed, const QList<storage::Column> &columns)
{
    QStringList out = fixed;
    for (const storage::Column &c : columns) {
        out << c.name + u' ' + sqlType(c.type);
    }
    out.sort();
    return out;
}

// What differs between the tables the catalogue derives and the file's (empty when they agree):
// a catalogue field without its migration, or a migrated column the catalogue does not know.
QStringList schemaDifferences(const FileSchema &file, const QList<storage::TableSpec> &specs)
{
    QStringList record;
    for (const QString &field : metadataFields()) {
        record << field + u" TEXT"_s;
    }
    record << u"sort_key TEXT"_s << u"search_text TEXT"_s;
    QStringList differences;
    const auto compare = [&](const QString &table, const QStringList &expected) {
        const QStringList actual = file.columns(table);
        for (const QString &c : expected) {
            if (!actual.contains(c)) {
                differences << table + u": "_s + c + u" is not in the migrated file"_s;
            }
        }
        for (const QString &c : actual) {
            if (!expected.contains(c)) {
                differences << table + u": "_s + c + u" is not in the catalogue"_s;
            }
        }
    };
    for (const storage::TableSpec &spec : specs) {
        compare(spec.table, expectedColumns(record, spec.columns));
        for (const storage::ChildTable &child : spec.children) {
            compare(child.table, expectedColumns({u"id TEXT"_s, child.parentColumn + u" TEXT"_s, u"position INTEGER"_s},
                                                 child.columns));
        }
    }
    return differences;
}

// The builtin catalogue with one more plain, listed, searched text field on investors.
catalogue::Catalogue withHeadOfficeDistrict()
{
    QList<catalogue::KindSpec> kinds = catalogue::Catalogue::builtin().kinds();
    for (catalogue::KindSpec &kind : kinds) {
        if (kind.kind == RecordKind::Investor) {
            catalogue::FieldSpec f;
            f.name = u"hq_district"_s;
            f.label = {nullptr, "Head office district"};
            f.search = catalogue::Search::Text;
            f.listOrder = 5;
            f.listLabel = f.label;
            kind.fields.append(f);
        }
    }
    return catalogue::Catalogue(kinds);
}

bool hasColumn(const storage::TableSpec &spec, const QString &name, storage::ColumnType type)
{
    return std::any_of(spec.columns.cbegin(), spec.columns.cend(),
                       [&](const storage::Column &c) { return c.name == name && c.type == type; });
}
} // namespace

TEST_CASE("every kind's table spec is what the snapshot of the hand-written specs holds", "[catalogue][snapshot]")
{
    test::compareWithGoldenFile(dataDir + u"tablespec-snapshot.txt"_s, tableSpecText());
}

TEST_CASE("every kind's search fields are what the snapshot of the hand-written lists holds", "[catalogue][snapshot]")
{
    test::compareWithGoldenFile(dataDir + u"searchfields-snapshot.txt"_s, searchFieldsText());
}

TEST_CASE("every kind's and every list's columns are those of a freshly migrated file", "[catalogue]")
{
    test::TestDatabase t;
    const FileSchema file(t.path());
    const QStringList differences = schemaDifferences(file, storage::deriveTableSpecs());
    INFO(differences.join(u"\n"_s).toStdString());
    CHECK(differences.isEmpty());
    CHECK(file.columns(u"investor"_s).contains(u"hq_city TEXT"_s)); // the file was read at all
}

TEST_CASE("a field added to the catalogue gets a column, and without its migration the schema check says so",
          "[catalogue]")
{
    const catalogue::Catalogue extended = withHeadOfficeDistrict();
    const QList<storage::TableSpec> specs = storage::deriveTableSpecs(extended);
    const auto investor = std::find_if(specs.cbegin(), specs.cend(),
                                       [](const storage::TableSpec &s) { return s.kind == RecordKind::Investor; });
    REQUIRE(investor != specs.cend());
    CHECK(hasColumn(*investor, u"hq_district"_s, storage::ColumnType::Text));
    CHECK_FALSE(hasColumn(storage::tableSpec(RecordKind::Investor), u"hq_district"_s, storage::ColumnType::Text));

    test::TestDatabase t;
    const FileSchema file(t.path());
    CHECK(schemaDifferences(file, specs) == QStringList{u"investor: hq_district TEXT is not in the migrated file"_s});
    file.execute(u"ALTER TABLE investor ADD COLUMN hq_district TEXT"_s); // what its migration would do
    CHECK(schemaDifferences(file, specs).isEmpty());
}

TEST_CASE("a field added to the catalogue is searched as the catalogue marks it", "[catalogue]")
{
    const catalogue::Catalogue extended = withHeadOfficeDistrict();
    const QVariantMap stored{{u"name"_s, u"Yazaki"_s}, {u"notes"_s, u"wiring"_s}, {u"hq_district"_s, u"Minato"_s}};
    const auto describe = [](const QList<SearchField> &fields) {
        QStringList out;
        for (const SearchField &f : fields) {
            out << (f.name ? u"name "_s : u"text "_s) + f.field + u'=' + f.text;
        }
        return out.join(u", "_s).toStdString();
    };
    CHECK(describe(searchFields(RecordKind::Investor, stored, extended)) ==
          "name name=Yazaki, text notes=wiring, text hq_district=Minato");
    CHECK(describe(searchFields(RecordKind::Investor, stored)) == "name name=Yazaki, text notes=wiring");
}

TEST_CASE("sync carries every column and list element storage keeps, and nothing else", "[catalogue]")
{
    for (RecordKind kind : allRecordKinds()) {
        INFO(kindName(kind).toStdString());
        const storage::TableSpec &spec = storage::tableSpec(kind);
        QVariantMap stored = everyColumnFilled(kind);
        QStringList expected;
        for (const storage::Column &c : spec.columns) {
            if (c.type != storage::ColumnType::TextList) {
                expected << c.name;
            }
        }
        for (const storage::ChildTable &child : spec.children) {
            QVariantList rows;
            for (const QVariant &row : stored.value(child.field).toList()) {
                QVariantMap element = row.toMap();
                element.insert(u"id"_s,
                               QString(u"0190a1b2-c3d4-7e5f-8a9b-00000000000"_s + QString::number(rows.size())));
                rows << element;
            }
            stored.insert(child.field, rows);
        }
        QStringList lists;
        const SyncFields fields = syncFieldsOf(kind, stored);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const qsizetype slash = it.key().indexOf(u'/');
            if (slash < 0) {
                CHECK(expected.contains(it.key()));
                CHECK(syncValueProblem(kind, it.key(), it.value()).isEmpty());
            } else {
                lists << it.key().left(slash);
                INFO(it.key().toStdString());
                CHECK(syncValueProblem(kind, it.key(), it.value()).isEmpty());
                CHECK(applySyncFields(kind, {}, {{it.key(), it.value()}}).value(it.key().left(slash)).toList().size() ==
                      1);
            }
        }
        for (const QString &column : expected) {
            CHECK(fields.contains(column));
        }
        for (const storage::Column &c : spec.columns) {
            CHECK(lists.contains(c.name) == (c.type == storage::ColumnType::TextList));
        }
        for (const storage::ChildTable &child : spec.children) {
            CHECK(lists.contains(child.field));
        }
    }
}

TEST_CASE("sync takes its fields from the catalogue, not from storage's table specs", "[catalogue]")
{
    QDirIterator files(QStringLiteral(CRM_SOURCE_DIR "/core/sync"), QDir::Files);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(file.fileName().toStdString());
        CHECK_FALSE(file.readAll().contains("storage/tablespec.h"));
        ++read;
    }
    CHECK(read > 20);
}
