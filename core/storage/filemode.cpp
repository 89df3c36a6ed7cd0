#include "filemode.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace crm::storage {

void restrictToOwner(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        return;
    }
    ::chmod(QFile::encodeName(info.absoluteFilePath()).constData(), info.isDir() ? 0700 : 0600);
#endif
}

void restrictDatabaseFiles(const QString &databasePath)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        restrictToOwner(databasePath + suffix);
    }
}

bool makeOwnerOnlyPath(const QString &folder)
{
    QStringList created;
    QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    while (!QFileInfo::exists(path)) {
        created.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path) {
            break;
        }
        path = parent;
    }
    if (!QDir().mkpath(folder)) {
        return false;
    }
    for (const QString &made : std::as_const(created)) {
        restrictToOwner(made);
    }
    return true;
}

} // namespace crm::storage
