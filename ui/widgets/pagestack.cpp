#include "pagestack.h"

#include <QLayout>

namespace crm::ui {
namespace {
// The least room page accepts: its minimum size hint, within its explicit minimum and maximum.
QSize pageMinimum(const QWidget *page)
{
    return page ? QLayout::closestAcceptableSize(page, page->minimumSizeHint()) : QSize(0, 0);
}
} // namespace

PageStack::PageStack(QWidget *parent) : QStackedWidget(parent)
{
    // Only the page on show counts: tell the layouts above when it changes.
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize PageStack::sizeHint() const
{
    const QWidget *page = currentWidget();
    const QMargins frame = contentsMargins();
    return page ? page->sizeHint().grownBy(frame) : QStackedWidget::sizeHint();
}

QSize PageStack::minimumSizeHint() const
{
    const QMargins frame = contentsMargins();
    return pageMinimum(currentWidget()).grownBy(frame);
}

} // namespace crm::ui
