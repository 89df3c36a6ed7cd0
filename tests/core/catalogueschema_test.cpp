#include "domain/recordkind.h"
#include "domain/searchfields.h"
#include "storage/tablespec.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace crm;

// Issue 17: storage's table specs and search's fields are derived from the field catalogue. Before
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
        lines << u"  "_s + (f.name ? u"name "_s : u"text "_s) + f.field + u" = "_s + f.text;
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

// Compares with the snapshot line by line, reporting the first difference; rewrites it instead when
// CRM_REGENERATE_GOLDEN is set.
void compareWithSnapshot(const QString &name, const QByteArray &actual)
{
    const QString path = dataDir + name;
    if (qEnvironmentVariableIsSet("CRM_REGENERATE_GOLDEN")) {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        WARN("rewrote " << path.toStdString());
        return;
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> expected = file.readAll().split('\n');
    const QList<QByteArray> lines = actual.split('\n');
    for (qsizetype i = 0; i < std::min(expected.size(), lines.size()); ++i) {
        INFO(name.toStdString() << " line " << i + 1);
        REQUIRE(lines[i].toStdString() == expected[i].toStdString()); // the first difference
    }
    CHECK(lines.size() == expected.size());
}
} // namespace

TEST_CASE("every kind's table spec is what the snapshot of the hand-written specs holds", "[catalogue][snapshot]")
{
    compareWithSnapshot(u"tablespec-snapshot.txt"_s, tableSpecText());
}

TEST_CASE("every kind's search fields are what the snapshot of the hand-written lists holds", "[catalogue][snapshot]")
{
    compareWithSnapshot(u"searchfields-snapshot.txt"_s, searchFieldsText());
}
