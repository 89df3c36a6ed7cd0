#include "filedialog.h"

#include <QDir>
#include <QFileDialog>

using namespace Qt::StringLiterals;

namespace crm::ui {

QString FileDialog::s_next;
bool FileDialog::s_hasNext = false;
QString FileDialog::s_lastSuggestion;

QString FileDialog::takeNext(bool *has)
{
    *has = s_hasNext;
    s_hasNext = false;
    return std::exchange(s_next, QString());
}

QString FileDialog::suggestedPath(QStandardPaths::StandardLocation location, const QString &title,
                                  const QString &suffix)
{
    static const QString forbidden = u"\\/:*?\"<>|"_s;
    QString name = title;
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20) {
            c = u'_';
        }
    }
    return QDir(QStandardPaths::writableLocation(location)).filePath(name.trimmed().left(80) + suffix);
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    bool has = false;
    const QString next = takeNext(&has);
    return has ? next : QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    s_lastSuggestion = dir;
    bool has = false;
    const QString next = takeNext(&has);
    return has ? next : QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::newFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    bool has = false;
    const QString next = takeNext(&has);
    return has ? next
               : QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    bool has = false;
    const QString next = takeNext(&has);
    return has ? next : QFileDialog::getExistingDirectory(parent, caption, dir);
}

QString FileDialog::lastSuggestion()
{
    return s_lastSuggestion;
}

QStringList FileDialog::openFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                      const QString &filter)
{
    bool has = false;
    const QString next = takeNext(&has);
    if (has) {
        return next.isEmpty() ? QStringList() : next.split(u'\n');
    }
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

void FileDialog::setNextFileNames(const QStringList &fileNames)
{
    setNextFileName(fileNames.join(u'\n'));
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_next = fileName;
    s_hasNext = true;
}

} // namespace crm::ui
