#include "pipelinecarddelegate.h"

#include "models/pipelinemodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr int margin = 4;  // around a card
constexpr int padding = 6; // inside it

QStringList detailLines(const QModelIndex &index)
{
    QStringList lines{index.data(PipelineModel::InvestorRole).toString(),
                      PipelineCardDelegate::tr("%1 · %2").arg(index.data(PipelineModel::HostCountryNameRole).toString(),
                                                              index.data(PipelineModel::SectorLabelRole).toString())};
    const QString capex = index.data(PipelineModel::CapexRole).toString();
    const QString jobs = index.data(PipelineModel::JobsRole).toString();
    if (!capex.isEmpty()) {
        lines << PipelineCardDelegate::tr("Capex %1").arg(capex);
    }
    if (!jobs.isEmpty()) {
        lines << PipelineCardDelegate::tr("Jobs %1").arg(jobs);
    }
    return lines;
}
} // namespace

void PipelineCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(margin, margin, -margin, -margin);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    const QPalette &palette = option.palette;
    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), focused ? 2 : 1));
    painter->setBrush(selected ? palette.color(QPalette::Highlight).lighter(185) : palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 5, 5);

    const QRect text = card.adjusted(padding, padding, -padding, -padding);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(bold);
    int y = text.top();
    painter->drawText(QRect(text.left(), y, text.width(), boldMetrics.height() * 2),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, text.width() * 2));
    y += boldMetrics.height() * 2;
    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    for (const QString &line : detailLines(index)) {
        painter->drawText(QRect(text.left(), y, text.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(line, Qt::ElideRight, text.width()));
        y += metrics.height();
    }
    painter->restore();
}

QSize PipelineCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int lines = static_cast<int>(detailLines(index).size());
    const int height = QFontMetrics(bold).height() * 2 + QFontMetrics(option.font).height() * lines;
    return {160, height + 2 * (margin + padding)};
}

} // namespace crm::ui
