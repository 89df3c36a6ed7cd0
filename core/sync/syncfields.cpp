#include "syncfields.h"

#include "domain/catalogue/catalogue.h"
#include "domain/recordid.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
using catalogue::FieldSpec;
using ColumnType = FieldSpec::Shape;

struct Column
{
    QString name;
    ColumnType type = ColumnType::Text;
};

// A list of rows (stays, attendees): its field in the record map and its rows' columns.
struct ChildTable
{
    QString field;
    QList<Column> columns;
};

// A kind as sync carries it, from the catalogue: its columns (a companion too, as text; text
// lists among them) and its lists of rows.
struct SyncSpec
{
    QList<Column> columns;
    QList<ChildTable> children;
};

QList<Column> columnsOf(const QList<FieldSpec> &fields)
{
    QList<Column> columns;
    for (const FieldSpec &f : fields) {
        if (f.type == catalogue::Type::Children) {
            continue;
        }
        columns.append({f.columnName(), f.shape()});
        if (!f.companion.isEmpty()) {
            columns.append({f.companion, ColumnType::Text});
        }
    }
    return columns;
}

const SyncSpec &syncSpec(RecordKind kind)
{
    static const std::map<RecordKind, SyncSpec> specs = [] {
        std::map<RecordKind, SyncSpec> out;
        for (const catalogue::KindSpec &k : catalogue::Catalogue::builtin().kinds()) {
            SyncSpec spec{columnsOf(k.fields), {}};
            for (const FieldSpec &f : k.fields) {
                if (f.type == catalogue::Type::Children) {
                    spec.children.append({f.name, columnsOf(f.children)});
                }
            }
            out.emplace(k.kind, spec);
        }
        return out;
    }();
    return specs.at(kind);
}

struct SyncFieldsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncFields)
};

constexpr qsizetype kMaxKeyText = 160;
const QString kPosition = u"position"_s;

// The columns that say which element of a list is "the same" on two replicas: one person attends
// a meeting once, a deal reaches a stage on a date once. Other lists use the row's own id.
QStringList identityColumns(const QString &listField)
{
    if (listField == u"attendees"_s || listField == u"participants"_s) {
        return {u"person_kind"_s, u"person_id"_s};
    }
    if (listField == u"credits"_s) {
        return {u"credited_kind"_s, u"credited_id"_s};
    }
    if (listField == u"stage_history"_s) {
        return {u"stage"_s, u"date"_s};
    }
    if (listField == u"impact"_s) {
        return {u"indicator"_s, u"status"_s, u"as_of"_s};
    }
    return {};
}

QString keyText(const QString &text)
{
    if (text.size() <= kMaxKeyText) {
        return text;
    }
    return u'#' +
           QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

QString childKey(const ChildTable &child, const QVariantMap &row)
{
    QStringList parts;
    bool any = false;
    for (const QString &column : identityColumns(child.field)) {
        const QString value = row.value(column).toString();
        any = any || !value.isEmpty();
        parts << value;
    }
    if (!any) {
        return child.field + u'/' + row.value(u"id"_s).toString();
    }
    return child.field + u"/="_s + keyText(parts.join(u'|'));
}

QJsonValue columnJson(ColumnType type, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return type == ColumnType::Bool ? QJsonValue(false) : QJsonValue();
    }
    switch (type) {
    case ColumnType::Bool:
        return value.toBool();
    case ColumnType::Integer:
        return value.toLongLong();
    case ColumnType::Text:
        return value.toString().isEmpty() ? QJsonValue() : QJsonValue(value.toString());
    case ColumnType::TextList:
        break;
    }
    return QJsonValue::fromVariant(value);
}

QVariant columnVariant(ColumnType type, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        return type == ColumnType::Bool ? QVariant(false) : QVariant();
    }
    switch (type) {
    case ColumnType::Bool:
        return value.toBool();
    case ColumnType::Integer:
        return value.toInteger();
    case ColumnType::Text:
        return value.toString();
    case ColumnType::TextList:
        break;
    }
    return value.toVariant();
}

struct Element
{
    double position = 0;
    QString key;
    QVariant value;
};

// One list of a record: its elements by key, read from the stored list.
class ListElements final
{
public:
    ListElements(const Column *textList, const ChildTable *child) : m_textList(textList), m_child(child) {}

    QString field() const { return m_textList ? m_textList->name : m_child->field; }

    void read(const QVariantList &list)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString key = keyOf(list[i]);
            m_elements.insert(key, {double(i), key, list[i]});
        }
    }

    SyncFields fields() const
    {
        SyncFields out;
        for (const Element &e : m_elements) {
            out.insert(e.key, json(e));
        }
        return out;
    }

    void apply(const QString &key, const QJsonValue &value)
    {
        if (value.isNull() || !value.isObject()) {
            m_elements.remove(key);
            return;
        }
        const QJsonObject object = value.toObject();
        Element e{object.value(kPosition).toDouble(), key, {}};
        if (m_textList) {
            e.value = object.value(u"text"_s).toString();
        } else {
            QVariantMap row{{u"id"_s, object.value(u"id"_s).toString()}};
            for (const Column &c : m_child->columns) {
                row.insert(c.name, columnVariant(c.type, object.value(c.name)));
            }
            e.value = row;
        }
        m_elements.insert(key, e);
    }

    QVariantList list() const
    {
        QList<Element> sorted = m_elements.values();
        std::sort(sorted.begin(), sorted.end(), [](const Element &a, const Element &b) {
            return a.position != b.position ? a.position < b.position : a.key < b.key;
        });
        QVariantList out;
        for (const Element &e : sorted) {
            out << e.value;
        }
        return out;
    }

private:
    QString keyOf(const QVariant &element) const
    {
        if (m_textList) {
            return m_textList->name + u'/' + keyText(element.toString());
        }
        return childKey(*m_child, element.toMap());
    }

    QJsonValue json(const Element &e) const
    {
        QJsonObject object{{kPosition, e.position}};
        if (m_textList) {
            object.insert(u"text"_s, e.value.toString());
            return object;
        }
        const QVariantMap row = e.value.toMap();
        object.insert(u"id"_s, row.value(u"id"_s).toString());
        for (const Column &c : m_child->columns) {
            object.insert(c.name, columnJson(c.type, row.value(c.name)));
        }
        return object;
    }

    const Column *m_textList;
    const ChildTable *m_child;
    QMap<QString, Element> m_elements;
};

// Every list of a kind, text lists and child tables alike.
std::vector<ListElements> listsOf(const SyncSpec &spec)
{
    std::vector<ListElements> lists;
    for (const Column &c : spec.columns) {
        if (c.type == ColumnType::TextList) {
            lists.emplace_back(&c, nullptr);
        }
    }
    for (const ChildTable &child : spec.children) {
        lists.emplace_back(nullptr, &child);
    }
    return lists;
}

QString listOf(const QString &field)
{
    const qsizetype slash = field.indexOf(u'/');
    return slash < 0 ? QString() : field.left(slash);
}

QString problemOfColumn(ColumnType type, const QJsonValue &value)
{
    if (value.isNull()) {
        return {};
    }
    switch (type) {
    case ColumnType::Bool:
        return value.isBool() ? QString() : SyncFieldsTr::tr("must be true or false");
    case ColumnType::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger())
                   ? QString()
                   : SyncFieldsTr::tr("must be a whole number");
    case ColumnType::Text:
        if (!value.isString()) {
            return SyncFieldsTr::tr("must be text");
        }
        return value.toString().size() > kMaxTextLength ? SyncFieldsTr::tr("is too long") : QString();
    case ColumnType::TextList:
        break;
    }
    return SyncFieldsTr::tr("is not a single value");
}

QString problemOfElement(const Column *textList, const ChildTable *child, const QJsonValue &value)
{
    if (value.isNull()) {
        return {};
    }
    if (!value.isObject() || !value.toObject().value(kPosition).isDouble()) {
        return SyncFieldsTr::tr("must be a list element with a position");
    }
    const QJsonObject object = value.toObject();
    if (textList) {
        const QJsonValue text = object.value(u"text"_s);
        return text.isString() && text.toString().size() <= kMaxTextLength ? QString()
                                                                           : SyncFieldsTr::tr("must hold text");
    }
    if (!isValidRecordId(object.value(u"id"_s).toString())) {
        return SyncFieldsTr::tr("must have a row id (a lowercase UUID)");
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == kPosition || it.key() == u"id"_s) {
            continue;
        }
        const auto column = std::find_if(child->columns.cbegin(), child->columns.cend(),
                                         [&](const Column &c) { return c.name == it.key(); });
        if (column == child->columns.cend()) {
            return SyncFieldsTr::tr("has an unknown field \"%1\"").arg(it.key().left(64));
        }
        if (const QString problem = problemOfColumn(column->type, it.value()); !problem.isEmpty()) {
            return it.key() + u' ' + problem;
        }
    }
    return {};
}
} // namespace

SyncFields syncFieldsOf(RecordKind kind, const QVariantMap &stored)
{
    const SyncSpec &spec = syncSpec(kind);
    SyncFields fields;
    for (const Column &c : spec.columns) {
        if (c.type != ColumnType::TextList) {
            fields.insert(c.name, columnJson(c.type, stored.value(c.name)));
        }
    }
    for (ListElements &list : listsOf(spec)) {
        list.read(stored.value(list.field()).toList());
        fields.insert(list.fields());
    }
    return fields;
}

SyncFields changedSyncFields(RecordKind kind, const QVariantMap &before, const QVariantMap &after)
{
    const SyncFields old = syncFieldsOf(kind, before);
    const SyncFields now = syncFieldsOf(kind, after);
    SyncFields changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (old.value(it.key()) != it.value()) {
            changed.insert(it.key(), it.value());
        }
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!now.contains(it.key())) {
            changed.insert(it.key(), QJsonValue());
        }
    }
    return changed;
}

SyncFields syncFieldsNotInHeads(RecordKind kind, const QVariantMap &stored, const SyncFields &heads)
{
    const SyncFields now = syncFieldsOf(kind, stored);
    SyncFields out;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto head = heads.constFind(it.key());
        if (head == heads.cend() ? !it.value().isNull() && it.value() != QJsonValue(false) : *head != it.value()) {
            out.insert(it.key(), it.value());
        }
    }
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        if (!now.contains(it.key()) && !it.value().isNull() && isSyncField(kind, it.key()) &&
            it.key() != kSyncDeletedField && it.key() != kSyncMergedIntoField) {
            out.insert(it.key(), QJsonValue());
        }
    }
    return out;
}

QVariantMap applySyncFields(RecordKind kind, QVariantMap stored, const SyncFields &fields)
{
    const SyncSpec &spec = syncSpec(kind);
    for (const Column &c : spec.columns) {
        if (c.type != ColumnType::TextList && fields.contains(c.name)) {
            stored.insert(c.name, columnVariant(c.type, fields.value(c.name)));
        }
    }
    for (ListElements &list : listsOf(spec)) {
        const QString prefix = list.field() + u'/';
        auto it = fields.lowerBound(prefix);
        if (it == fields.cend() || !it.key().startsWith(prefix)) {
            continue;
        }
        list.read(stored.value(list.field()).toList());
        for (; it != fields.cend() && it.key().startsWith(prefix); ++it) {
            list.apply(it.key(), it.value());
        }
        stored.insert(list.field(), list.list());
    }
    return stored;
}

bool isSyncField(RecordKind kind, const QString &field)
{
    if (field == kSyncDeletedField || field == kSyncMergedIntoField) {
        return true;
    }
    const SyncSpec &spec = syncSpec(kind);
    const QString list = listOf(field);
    const QString name = list.isEmpty() ? field : list;
    const bool column = std::any_of(spec.columns.cbegin(), spec.columns.cend(), [&](const Column &c) {
        return c.name == name && (c.type == ColumnType::TextList) == !list.isEmpty();
    });
    return column || (!list.isEmpty() && std::any_of(spec.children.cbegin(), spec.children.cend(),
                                                     [&](const ChildTable &c) { return c.field == list; }));
}

QString syncValueProblem(RecordKind kind, const QString &field, const QJsonValue &value)
{
    if (!isSyncField(kind, field)) {
        return SyncFieldsTr::tr("is not a field of %1").arg(kindName(kind));
    }
    if (field == kSyncDeletedField) {
        return value.isBool() ? QString() : SyncFieldsTr::tr("must be true or false");
    }
    if (field == kSyncMergedIntoField) {
        return value.isNull() || isValidRecordId(value.toString())
                   ? QString()
                   : SyncFieldsTr::tr("must be a record id (a lowercase UUID) or null");
    }
    const SyncSpec &spec = syncSpec(kind);
    const QString list = listOf(field);
    for (const Column &c : spec.columns) {
        if (list.isEmpty() && c.name == field) {
            return problemOfColumn(c.type, value);
        }
        if (c.name == list) {
            return problemOfElement(&c, nullptr, value);
        }
    }
    for (const ChildTable &child : spec.children) {
        if (child.field == list) {
            return problemOfElement(nullptr, &child, value);
        }
    }
    return {};
}

QStringList syncIdentityColumns(const QString &listField)
{
    return identityColumns(listField);
}

QString syncElementKey(RecordKind kind, const QString &listField, const QVariantMap &row)
{
    for (const ChildTable &child : syncSpec(kind).children) {
        if (child.field == listField) {
            return childKey(child, row);
        }
    }
    return {};
}

bool sameSyncValue(const QJsonValue &a, const QJsonValue &b)
{
    if (!a.isObject() || !b.isObject()) {
        return a == b;
    }
    QJsonObject x = a.toObject();
    QJsonObject y = b.toObject();
    for (const QString &key : {u"id"_s, kPosition}) {
        x.remove(key);
        y.remove(key);
    }
    return x == y;
}

} // namespace crm
