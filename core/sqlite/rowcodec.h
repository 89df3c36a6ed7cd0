#pragma once

#include "sqlstatement.h"
#include "tablespec.h"

#include <QVariantMap>

namespace crm::storage {

// Converts between record-map values and column values (lists as JSON text, booleans as 0/1).
QVariant toSql(ColumnType type, const QVariant &value);
QVariant fromSql(ColumnType type, const QVariant &value);

// "id, created_at, ..., name, initials": the select list of a kind's table, metadata first.
QString selectList(const TableSpec &spec);
// Reads one row selected with selectList() into a storage-form map (without children).
QVariantMap readRecordRow(const SqlStatement &q, const TableSpec &spec);
// Reads the children of one record into map[field] lists, each element with its id.
void readChildren(const QString &connection, const TableSpec &spec, const QString &id, QVariantMap &map);

} // namespace crm::storage
