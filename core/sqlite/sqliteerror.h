#pragma once

#include "domain/error.h"

#include <QString>

class QSqlError;

namespace crm::storage {

// Turns an SQLite result code into a crm::Error whose message says what happened to the file
// (damaged, disk full, read-only, locked by another program, permission denied) rather than
// SQLite's terse text. detail is SQLite's own message, kept at the end for the expert.
Error sqliteError(int resultCode, const QString &detail, const QString &path);
// The same for an error Qt's SQLite driver reported (its native code is SQLite's result code).
Error sqliteError(const QSqlError &error, const QString &path);
// The result code behind a QSqlError; 0 when it carries none.
int sqliteResultCode(const QSqlError &error);
// The file a connection's database name refers to (a plain path, or a file: URI).
QString fileOfDatabaseName(const QString &databaseName);

} // namespace crm::storage
