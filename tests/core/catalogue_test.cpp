#include "domain/catalogue/catalogue.h"
#include "domain/recordcodec.h"
#include "domain/searchfields.h"
#include "services/sampledata.h"
#include "storage/recordstore.h"
#include "storage/tablespec.h"
#include "testdatabase.h"

#include <QDirIterator>
#include <QFile>
#include <QXmlStreamReader>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::catalogue;

// Issue 17, stage A: the catalogue holds what storage's table specs and search's fields spell out
// by hand today. The derivations below are the ones a later stage moves into core; until then they
// prove, kind by kind, that the catalogue loses nothing.
namespace {
using storage::ColumnType;

ColumnType columnType(Type type)
{
    switch (type) {
    case Type::Integer:
    case Type::IntegerCode:
    case Type::Amount:
        return ColumnType::Integer;
    case Type::Bool:
        return ColumnType::Bool;
    case Type::TextList:
    case Type::SectorList:
        return ColumnType::TextList;
    default:
        return ColumnType::Text;
    }
}

struct DerivedTable
{
    QStringList columns, references, polyReferences;
};

// Sorted, one text per column or link: the column order of a table is not part of its meaning.
DerivedTable deriveTable(const QList<FieldSpec> &fields)
{
    DerivedTable t;
    for (const FieldSpec &f : fields) {
        if (f.type == Type::Children) {
            continue;
        }
        t.columns << u"%1:%2"_s.arg(f.columnName()).arg(int(columnType(f.type)));
        if (!f.companion.isEmpty()) {
            t.columns << u"%1:%2"_s.arg(f.companion).arg(int(ColumnType::Text));
        }
        if (f.type == Type::Link && f.linkKind) {
            t.references << u"%1->%2%3"_s.arg(f.columnName(), kindName(*f.linkKind),
                                              f.required ? u" required"_s : QString());
        } else if (f.type == Type::Link && !f.kindField.isEmpty()) {
            t.polyReferences << f.kindField + u'+' + f.columnName();
        } else if (f.type == Type::KindLink) {
            t.polyReferences << f.columnName() + u'+' + f.companion;
        }
    }
    t.columns.sort();
    t.references.sort();
    t.polyReferences.sort();
    return t;
}

DerivedTable storageTable(const QList<storage::Column> &columns, const QList<storage::Reference> &references,
                          const QList<storage::PolyReference> &polyReferences)
{
    DerivedTable t;
    for (const storage::Column &c : columns) {
        t.columns << u"%1:%2"_s.arg(c.name).arg(int(c.type));
    }
    for (const storage::Reference &r : references) {
        t.references << u"%1->%2%3"_s.arg(r.column, kindName(r.target), r.required ? u" required"_s : QString());
    }
    for (const storage::PolyReference &p : polyReferences) {
        t.polyReferences << p.kindColumn + u'+' + p.idColumn;
    }
    t.columns.sort();
    t.references.sort();
    t.polyReferences.sort();
    return t;
}

std::string text(const QStringList &list)
{
    return list.join(u", "_s).toStdString();
}

void checkSameTable(const DerivedTable &derived, const DerivedTable &today)
{
    CHECK(text(derived.columns) == text(today.columns));
    CHECK(text(derived.references) == text(today.references));
    CHECK(text(derived.polyReferences) == text(today.polyReferences));
}

// Names (by rank), the kind's extra names, free text (by rank), then the lists' searched columns.
QList<SearchField> deriveSearchFields(const KindSpec &spec, const QVariantMap &stored)
{
    QList<SearchField> out;
    const auto append = [&out](const QString &field, const QString &text, bool name) {
        if (!text.trimmed().isEmpty()) {
            out.append({field, text, name});
        }
    };
    const auto group = [&spec](Search search, bool lists) {
        QList<FieldSpec> fields;
        for (const FieldSpec &f : spec.fields) {
            if (f.search == search && (f.type == Type::Children) == lists) {
                fields << f;
            }
        }
        std::stable_sort(fields.begin(), fields.end(),
                         [](const FieldSpec &a, const FieldSpec &b) { return a.searchRank < b.searchRank; });
        return fields;
    };
    for (Search search : {Search::Name, Search::Text}) {
        for (const FieldSpec &f : group(search, false)) {
            const QVariant value = stored.value(f.name);
            if (value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList) {
                for (const QVariant &item : value.toList()) {
                    append(f.name, item.toString(), search == Search::Name);
                }
            } else {
                append(f.name, value.toString(), search == Search::Name);
            }
        }
        if (search == Search::Name && spec.extraNames) {
            spec.extraNames(stored, out);
        }
    }
    for (const FieldSpec &list : group(Search::Text, true)) {
        for (const QVariant &element : stored.value(list.name).toList()) {
            for (const FieldSpec &c : list.children) {
                if (c.search != Search::None) {
                    append(list.name, element.toMap().value(c.name).toString(), false);
                }
            }
        }
    }
    return out;
}

std::string describe(const QList<SearchField> &fields)
{
    QStringList lines;
    for (const SearchField &f : fields) {
        lines << u"%1%2=%3"_s.arg(f.name ? u"name "_s : QString(), f.field, f.text);
    }
    return lines.join(u" | "_s).toStdString();
}

// A stored record with every column of today's table spec filled with its own name, so that a
// field the catalogue forgets to search, or searches in another order, shows.
QVariantMap everyColumnFilled(RecordKind kind)
{
    const auto fill = [](const QList<storage::Column> &columns) {
        QVariantMap row;
        for (const storage::Column &c : columns) {
            row.insert(c.name, c.type == ColumnType::TextList
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
    QFile file(QStringLiteral(CRM_SOURCE_DIR "/resources/translations/delegates-crm_en.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            messages.insert(context + u'|' + xml.readElementText());
        }
    }
    REQUIRE_FALSE(xml.hasError());
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

TEST_CASE("the table spec derived from the catalogue is storage's, kind by kind", "[catalogue]")
{
    for (RecordKind kind : allRecordKinds()) {
        INFO(kindName(kind).toStdString());
        const KindSpec &spec = Catalogue::builtin().kind(kind);
        const storage::TableSpec &today = storage::tableSpec(kind);
        CHECK(spec.table == today.table);
        checkSameTable(deriveTable(spec.fields), storageTable(today.columns, today.references, today.polyReferences));

        QStringList unique;
        QStringList lists;
        for (const FieldSpec &f : spec.fields) {
            if (f.unique) {
                unique << f.name;
            }
            if (f.type == Type::Children) {
                lists << f.name;
            }
        }
        CHECK(text(unique) == text(today.uniqueColumns));
        QStringList todayLists;
        for (const storage::ChildTable &child : today.children) {
            todayLists << child.field;
            const FieldSpec *f = Catalogue::builtin().field(kind, child.field);
            REQUIRE(f);
            INFO(child.field.toStdString());
            CHECK(f->childTable == child.table);
            CHECK(f->parentColumn == child.parentColumn);
            checkSameTable(deriveTable(f->children),
                           storageTable(child.columns, child.references, child.polyReferences));
        }
        CHECK(text(lists) == text(todayLists));
    }
}

TEST_CASE("the search fields derived from the catalogue are search's, in the same order", "[catalogue]")
{
    for (RecordKind kind : allRecordKinds()) {
        INFO(kindName(kind).toStdString());
        const QVariantMap stored = everyColumnFilled(kind);
        CHECK(describe(deriveSearchFields(Catalogue::builtin().kind(kind), stored)) ==
              describe(searchFields(kind, stored)));
    }

    test::TestDatabase t; // the sample data adds Japanese names, empty fields and real lists
    REQUIRE(loadSampleData(t.db()) > 0);
    int compared = 0;
    for (RecordKind kind : allRecordKinds()) {
        ListQuery query;
        query.withChildren = true;
        t.store().forEach(kind, query, [&](const QVariantMap &stored) {
            INFO(kindName(kind).toStdString() << " " << codecFor(kind).title(stored).toStdString());
            CHECK(describe(deriveSearchFields(Catalogue::builtin().kind(kind), stored)) ==
                  describe(searchFields(kind, stored)));
            ++compared;
            return true;
        });
    }
    CHECK(compared > 20);
}
