#include "support/icons.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace crm::ui {

QIcon icon(const QString &name)
{
    const QString path = u":/icons/"_s + name + u".svg"_s;
    // A misspelt name would otherwise show as a silent blank space.
    Q_ASSERT_X(QFile::exists(path), "crm::ui::icon", qPrintable(path));
    return QIcon(path);
}

} // namespace crm::ui
