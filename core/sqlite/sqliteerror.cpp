#include "sqliteerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QStorageInfo>
#include <QUrl>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace crm::storage {
namespace {
struct SqliteErrorTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Database)
};
} // namespace

int sqliteResultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

QString fileOfDatabaseName(const QString &databaseName)
{
    if (databaseName.startsWith(u"file:"_s)) {
        return QUrl(databaseName).toLocalFile();
    }
    return databaseName;
}

Error sqliteError(int resultCode, const QString &detail, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QString message;
    switch (resultCode & 0xff) { // extended codes carry the primary one in their low byte
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        message = SqliteErrorTr::tr("%1 is damaged (%2). Nothing more was read from it. Run \"delegates-crm-cli "
                                    "check\" on it, and restore a backup if the check finds problems.")
                      .arg(file, detail);
        break;
    case SQLITE_FULL: {
        const QStorageInfo volume(QFileInfo(path).absolutePath());
        const QString free = QLocale().formattedDataSize(volume.isValid() ? volume.bytesAvailable() : 0);
        // SQLite may need as much again as the file while it writes: the journal and a margin.
        const QString needed = QLocale().formattedDataSize(QFileInfo(path).size() / 10 + (1 << 20));
        message = SqliteErrorTr::tr("The disk holding %1 is full (%2 free; free at least %3 and try again). "
                                    "Nothing was changed.")
                      .arg(file, free, needed);
        break;
    }
    case SQLITE_READONLY:
        message = SqliteErrorTr::tr("%1 is read-only (%2): it can be read but not changed. Copy it to a folder "
                                    "you can write to, or ask for write access.")
                      .arg(file, detail);
        break;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        message = SqliteErrorTr::tr("Permission denied for %1 (%2): ask for access to the file and its folder.")
                      .arg(file, detail);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = SqliteErrorTr::tr("%1 is locked by another program (another Delegates CRM window or command, "
                                    "or a backup tool): try again once it has finished.")
                      .arg(file);
        break;
    case SQLITE_CANTOPEN:
        message = SqliteErrorTr::tr("Cannot open %1 (%2): check that the file and its folder exist and that you "
                                    "may read them.")
                      .arg(file, detail);
        break;
    case SQLITE_IOERR:
        message = SqliteErrorTr::tr("Could not read or write %1 (%2): the disk may be failing, full or "
                                    "disconnected. Run \"delegates-crm-cli check\" once it is back.")
                      .arg(file, detail);
        break;
    case SQLITE_NOMEM:
        message = SqliteErrorTr::tr("Not enough memory to work on %1.").arg(file);
        break;
    default:
        message = SqliteErrorTr::tr("Database error in %1: %2").arg(file, detail);
        break;
    }
    return Error::database(message);
}

Error sqliteError(const QSqlError &error, const QString &path)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return sqliteError(sqliteResultCode(error), detail, path);
}

} // namespace crm::storage
