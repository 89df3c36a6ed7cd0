#include "commandline.h"

#include "session/session.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::ui {

CommandLine::CommandLine()
    : m_dbOption(u"db"_s, tr("Open FILE instead of the default database (created if missing)."), u"FILE"_s),
      m_helpOption(m_parser.addHelpOption()), m_versionOption(m_parser.addVersionOption())
{
    m_parser.setApplicationDescription(tr("CRM for the ITPO Japan Delegates Programme"));
    m_parser.addOption(m_dbOption);
    m_parser.addPositionalArgument(u"file"_s, tr("The database file to open; it must exist."), u"[FILE]"_s);
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(m_helpOption);
}

bool CommandLine::versionRequested() const
{
    return m_parser.isSet(m_versionOption);
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_error.clear();
    m_path = Session::engine().defaultPath();
    m_mode = Database::OpenMode::CreateIfMissing;
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    const QStringList files = m_parser.positionalArguments();
    if (files.size() > 1) {
        QStringList shown;
        for (const QString &file : files) {
            shown << QDir::toNativeSeparators(file);
        }
        m_error = tr("Delegates CRM opens one database at a time; %1 files were given: %2")
                      .arg(files.size())
                      .arg(shown.join(u", "_s));
        return false;
    }
    if (!files.isEmpty() && m_parser.isSet(m_dbOption)) {
        m_error = tr("Give the database either as a file or with --db, not both.");
        return false;
    }
    if (m_parser.isSet(m_dbOption)) {
        m_path = m_parser.value(m_dbOption);
        return true;
    }
    if (!files.isEmpty()) {
        const QFileInfo file(files.constFirst());
        if (!file.exists()) {
            m_error = tr("There is no file %1.").arg(QDir::toNativeSeparators(file.absoluteFilePath()));
            return false;
        }
        if (file.isDir()) {
            m_error = tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(file.absoluteFilePath()));
            return false;
        }
        m_path = file.absoluteFilePath();
        m_mode = Database::OpenMode::MustExist; // a typo must not leave a new empty database behind
    }
    return true;
}

} // namespace crm::ui
