#include "backupfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace crm::storage {
namespace {
const QString kFolderKey = u"backups/folder"_s;
} // namespace

QString backupFolderSetting()
{
    return QSettings().value(kFolderKey).toString();
}

void setBackupFolderSetting(const QString &folder)
{
    if (folder.trimmed().isEmpty()) {
        QSettings().remove(kFolderKey);
    } else {
        QSettings().setValue(kFolderKey, QDir::cleanPath(folder.trimmed()));
    }
}

QString backupFolder(const QString &databasePath)
{
    const QString chosen = backupFolderSetting();
    return chosen.isEmpty() ? QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s) : chosen;
}

} // namespace crm::storage
