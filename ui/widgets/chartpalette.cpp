#include "chartpalette.h"

#include "support/themecolours.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace crm::ui {

void applyPalette(QChart *chart, const QPalette &palette)
{
    if (!chart) {
        return;
    }
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mixColours(background, text, 0.45));
        axis->setGridLineColor(mixColours(background, text, 0.15));
    }
}

} // namespace crm::ui
