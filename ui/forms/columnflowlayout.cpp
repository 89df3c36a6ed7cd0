#include "columnflowlayout.h"

#include <QStyle>
#include <QWidget>

namespace crm::ui {

ColumnFlowLayout::ColumnFlowLayout(QWidget *parent) : QLayout(parent) {}

ColumnFlowLayout::~ColumnFlowLayout()
{
    qDeleteAll(m_items);
}

void ColumnFlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int ColumnFlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *ColumnFlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *ColumnFlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size()) {
        return nullptr;
    }
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations ColumnFlowLayout::expandingDirections() const
{
    return {};
}

bool ColumnFlowLayout::hasHeightForWidth() const
{
    return true;
}

int ColumnFlowLayout::heightForWidth(int width) const
{
    return place(QRect(0, 0, width, 0), false);
}

QSize ColumnFlowLayout::cellSize() const
{
    QSize cell(0, 0);
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty()) {
            cell = cell.expandedTo(item->sizeHint());
        }
    }
    return cell;
}

int ColumnFlowLayout::horizontalGap() const
{
    if (spacing() >= 0) {
        return spacing();
    }
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

int ColumnFlowLayout::verticalGap() const
{
    if (spacing() >= 0) {
        return spacing();
    }
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent) : 6;
}

int ColumnFlowLayout::columnsFor(int width) const
{
    const int cell = cellSize().width();
    const int inner = width - contentsMargins().left() - contentsMargins().right();
    const int fit = cell > 0 ? (inner + horizontalGap()) / (cell + horizontalGap()) : 1;
    return std::clamp(fit, 1, std::max(1, std::min(m_maximumColumns, count())));
}

QSize ColumnFlowLayout::minimumSize() const
{
    // One column; the height comes from heightForWidth().
    const QMargins margins = contentsMargins();
    return cellSize().grownBy(margins);
}

QSize ColumnFlowLayout::sizeHint() const
{
    const int columns = std::max(1, std::min(m_maximumColumns, count()));
    const QMargins margins = contentsMargins();
    const int width = columns * cellSize().width() + (columns - 1) * horizontalGap() + margins.left() + margins.right();
    return {width, heightForWidth(width)};
}

void ColumnFlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    place(rect, true);
}

// Lays the items out in rect (when apply) and returns the height they take.
int ColumnFlowLayout::place(const QRect &rect, bool apply) const
{
    const QRect inner = rect.marginsRemoved(contentsMargins());
    const int columns = columnsFor(rect.width());
    const int gap = horizontalGap();
    const int columnWidth = std::max(0, (inner.width() - (columns - 1) * gap) / columns);
    const int rowHeight = cellSize().height();
    int index = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        if (apply) {
            const int row = index / columns;
            const int column = index % columns;
            item->setGeometry(QRect(inner.left() + column * (columnWidth + gap),
                                    inner.top() + row * (rowHeight + verticalGap()), columnWidth, rowHeight));
        }
        ++index;
    }
    const int rows = (index + columns - 1) / columns;
    const QMargins margins = contentsMargins();
    return rows * rowHeight + std::max(0, rows - 1) * verticalGap() + margins.top() + margins.bottom();
}

} // namespace crm::ui
