#pragma once

#include <QString>

class QWidget;

namespace crm::ui {

// File choosers go through here so tests can supply the answer (KeePassXC's FileDialog seam).
class FileDialog final
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static void setNextFileName(const QString &fileName);

private:
    static QString takeNext(bool *has);
    static QString s_next;
    static bool s_hasNext;
};

} // namespace crm::ui
