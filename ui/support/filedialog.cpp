#include "filedialog.h"

#include <QFileDialog>

namespace crm::ui {

QString FileDialog::s_next;
bool FileDialog::s_hasNext = false;

QString FileDialog::takeNext(bool *has)
{
    *has = s_hasNext;
    s_hasNext = false;
    return std::exchange(s_next, QString());
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    bool has = false;
    const QString next = takeNext(&has);
    return has ? next : QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    bool has = false;
    const QString next = takeNext(&has);
    return has ? next : QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_next = fileName;
    s_hasNext = true;
}

} // namespace crm::ui
