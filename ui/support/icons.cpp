#include "support/icons.h"

#include "support/paletteiconengine.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace crm::ui {

QIcon icon(const QString &name)
{
    const QString path = u":/icons/"_s + name + u".svg"_s;
    QFile file(path);
    // A misspelt name would otherwise show as a silent blank space.
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "crm::ui::icon", qPrintable(path));
    const QByteArray svg = opened ? file.readAll() : QByteArray();
    // The line icons follow the palette; the application's own icon keeps its brand colours.
    return PaletteIconEngine::recolours(svg) ? QIcon(new PaletteIconEngine(svg)) : QIcon(path);
}

} // namespace crm::ui
