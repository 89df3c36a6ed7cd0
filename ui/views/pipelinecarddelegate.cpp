#include "pipelinecarddelegate.h"

#include "models/pipelinemodel.h"
#include "support/themecolours.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr int margin = 4;  // around a card
constexpr int padding = 6; // inside it

// The lines under the title; the figures may wrap (they name which is announced and which
// realised), the others are elided.
struct DetailLine
{
    QString text;
    bool wraps = false;
};

QList<DetailLine> detailLines(const QModelIndex &index)
{
    QList<DetailLine> lines{
        {index.data(PipelineModel::InvestorRole).toString()},
        {PipelineCardDelegate::tr("%1 · %2").arg(index.data(PipelineModel::HostCountryNameRole).toString(),
                                                 index.data(PipelineModel::SectorLabelRole).toString())}};
    const QString capex = index.data(PipelineModel::CapexRole).toString();
    const QString jobs = index.data(PipelineModel::JobsRole).toString();
    if (!capex.isEmpty()) {
        lines.append({PipelineCardDelegate::tr("Capex: %1").arg(capex), true});
    }
    if (!jobs.isEmpty()) {
        lines.append({PipelineCardDelegate::tr("Jobs: %1").arg(jobs), true});
    }
    return lines;
}

// The title on at most two lines, broken between words, the second elided when it is longer.
QString twoLines(const QString &title, const QFontMetrics &metrics, int width)
{
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    while (used < words.size()) {
        const QString candidate = first.isEmpty() ? words.at(used) : first + u' ' + words.at(used);
        if (metrics.horizontalAdvance(candidate) > width) {
            break;
        }
        first = candidate;
        ++used;
    }
    if (first.isEmpty()) { // one long word: elide it on the first line
        return metrics.elidedText(title, Qt::ElideRight, width);
    }
    const QString rest = words.mid(used).join(u' ');
    return rest.isEmpty() ? first : first + u'\n' + metrics.elidedText(rest, Qt::ElideRight, width);
}

// The width of the text inside a card of the view's width.
int textWidth(const QStyleOptionViewItem &option)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = option.rect.isValid() ? option.rect.width() : (view ? view->viewport()->width() : 160);
    return std::max(1, width - 2 * (margin + padding));
}

int lineHeight(const QFontMetrics &metrics, const DetailLine &line, int width)
{
    if (!line.wraps) {
        return metrics.height();
    }
    return metrics.boundingRect(QRect(0, 0, width, 10 * metrics.height()), Qt::TextWordWrap, line.text).height();
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
    // A selected card tinted with the highlight, light or dark with the theme, its text still readable.
    const QColor fill = selected ? mixColours(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.3)
                                 : palette.color(QPalette::Base);
    painter->setBrush(fill);
    painter->drawRoundedRect(card, 5, 5);

    const QRect text = card.adjusted(padding, padding, -padding, -padding);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    painter->setPen(readableOn(palette.color(QPalette::Text), fill));
    painter->setFont(bold);
    int y = text.top();
    painter->drawText(QRect(text.left(), y, text.width(), boldMetrics.height() * 2), Qt::AlignLeft | Qt::AlignTop,
                      twoLines(index.data().toString(), boldMetrics, text.width()));
    y += boldMetrics.height() * 2;
    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    painter->setPen(toneColour(Tone::Muted, fill, palette));
    for (const DetailLine &line : detailLines(index)) {
        const int height = lineHeight(metrics, line, text.width());
        const QRect rect(text.left(), y, text.width(), height);
        if (line.wraps) {
            painter->drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line.text);
        } else {
            painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(line.text, Qt::ElideRight, text.width()));
        }
        y += height;
    }
    painter->restore();
}

QSize PipelineCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics metrics(option.font);
    const int width = textWidth(option);
    int height = QFontMetrics(bold).height() * 2;
    for (const DetailLine &line : detailLines(index)) {
        height += lineHeight(metrics, line, width);
    }
    // No wider than the column: a narrow column on a laptop screen must not scroll sideways.
    return {metrics.averageCharWidth() * 8, height + 2 * (margin + padding)};
}

} // namespace crm::ui
