#pragma once

#include <QStandardPaths>
#include <QString>
#include <QStringList>

class QWidget;

namespace crm::ui {

// File choosers go through here so tests can supply the answer (KeePassXC's FileDialog seam).
class FileDialog final
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    // A file that must not exist yet (a new database): the chooser does not offer to replace one,
    // the command refuses it with its own message.
    static QString newFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir);
    static void setNextFileName(const QString &fileName);
    // The folder or file name the last save dialog was offered to start on, for tests.
    static QString lastSuggestion();
    // Several files at once (a folder of business cards); empty when cancelled.
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                     const QString &filter);
    static void setNextFileNames(const QStringList &fileNames);
    // Where a save dialog starts: the title made safe as a file name on every system the officers
    // use (no \ / : * ? " < > |, no control characters, at most 80 characters), with the suffix
    // (".pdf"), in the user's folder of that kind.
    static QString suggestedPath(QStandardPaths::StandardLocation location, const QString &title,
                                 const QString &suffix);

private:
    static QString takeNext(bool *has);
    static QString s_next;
    static bool s_hasNext;
    static QString s_lastSuggestion;
};

} // namespace crm::ui
