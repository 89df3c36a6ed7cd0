#pragma once

#include <QString>

// Where backups go: a setting of this machine, whichever engine writes them.
namespace crm::storage {

// The backup folder the officer chose, or empty for the default: a "backups" folder next to the
// database.
QString backupFolderSetting();
void setBackupFolderSetting(const QString &folder);
QString backupFolder(const QString &databasePath);

} // namespace crm::storage
