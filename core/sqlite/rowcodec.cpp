#include "rowcodec.h"

#include "domain/fieldmap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace crm::storage {

QVariant toSql(ColumnType type, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return type == ColumnType::Bool ? QVariant(0) : QVariant();
    }
    switch (type) {
    case ColumnType::TextList: {
        const QVariantList list = value.toList();
        if (list.isEmpty()) {
            return {};
        }
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(list)).toJson(QJsonDocument::Compact));
    }
    case ColumnType::Bool:
        return value.toBool() ? 1 : 0;
    case ColumnType::Integer:
        return value.toLongLong();
    case ColumnType::Text:
        return value.toString();
    }
    return value;
}

QVariant fromSql(ColumnType type, const QVariant &value)
{
    switch (type) {
    case ColumnType::TextList:
        if (value.isNull()) {
            return QVariantList();
        }
        return QJsonDocument::fromJson(value.toString().toUtf8()).array().toVariantList();
    case ColumnType::Bool:
        return value.toLongLong() != 0;
    case ColumnType::Integer:
        return value.isNull() ? QVariant() : QVariant(value.toLongLong());
    case ColumnType::Text:
        return value.isNull() ? QVariant() : QVariant(value.toString());
    }
    return value;
}

QString selectList(const TableSpec &spec)
{
    QStringList names = metadataFields();
    for (const Column &c : spec.columns) {
        names << c.name;
    }
    return names.join(u", "_s);
}

QVariantMap readRecordRow(const SqlStatement &q, const TableSpec &spec)
{
    QVariantMap map;
    int index = 0;
    for (const QString &field : metadataFields()) {
        const QVariant v = q.value(index++);
        if (!v.isNull()) {
            map.insert(field, v.toString());
        }
    }
    for (const Column &c : spec.columns) {
        map.insert(c.name, fromSql(c.type, q.value(index++)));
    }
    return map;
}

void readChildren(const QString &connection, const TableSpec &spec, const QString &id, QVariantMap &map)
{
    for (const ChildTable &child : spec.children) {
        QStringList names{u"id"_s};
        for (const Column &c : child.columns) {
            names << c.name;
        }
        SqlStatement &q =
            cachedStatement(connection, u"SELECT "_s + names.join(u", "_s) + u" FROM "_s + child.table + u" WHERE "_s +
                                            child.parentColumn + u" = ? ORDER BY position"_s);
        q.bind(id).exec();
        QVariantList rows;
        while (q.next()) {
            QVariantMap row{{u"id"_s, q.value(0).toString()}};
            int index = 1;
            for (const Column &c : child.columns) {
                row.insert(c.name, fromSql(c.type, q.value(index++)));
            }
            rows << row;
        }
        map.insert(child.field, rows);
    }
}

} // namespace crm::storage
