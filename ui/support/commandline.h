#pragma once

#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace crm::ui {

// What the desktop app was asked to open: a database given as the only file (what a file manager's
// "Open With" passes), with --db, or the default one. Kept apart from main() so it can be tested.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::CommandLine)

public:
    CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    // Reads the arguments (the program's name first). False, with error() set, when they cannot be
    // obeyed: an unknown option, two files, a file and --db, a file that is not there.
    bool parse(const QStringList &arguments);
    QString error() const { return m_error; }
    bool helpRequested() const;
    bool versionRequested() const;
    // The file to open, and whether opening may create it (only the default database and --db may).
    QString databasePath() const { return m_path; }
    Database::OpenMode openMode() const { return m_mode; }
    // For --help and --version, which print and exit.
    QCommandLineParser &parser() { return m_parser; }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QString m_error;
    QString m_path;
    Database::OpenMode m_mode = Database::OpenMode::CreateIfMissing;
};

} // namespace crm::ui
