#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace crm::ui {
namespace {
QScreen *screenOf(const QWidget *window)
{
    if (!window) {
        return QGuiApplication::primaryScreen();
    }
    // A dialog not yet shown opens over its parent: the parent's screen is the one that counts.
    const QWidget *parent = window->isWindow() ? window->parentWidget() : nullptr;
    if (!window->isVisible() && parent) {
        return parent->window()->screen();
    }
    return window->window()->screen();
}

// The frame the window manager adds around a window: measured once the window is shown, before
// that the style's title bar and frame as the best guess.
QMargins frameMargins(const QWidget *window)
{
    if (window->isVisible() && window->frameGeometry() != window->geometry()) {
        const QRect frame = window->frameGeometry();
        const QRect inside = window->geometry();
        return {inside.left() - frame.left(), inside.top() - frame.top(), frame.right() - inside.right(),
                frame.bottom() - inside.bottom()};
    }
    const QStyle *style = window->style();
    const int border = style->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth, nullptr, window);
    const int title = style->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window);
    return {border, title + border, border, border};
}
} // namespace

QRect availableScreenArea(const QWidget *window)
{
    const QScreen *screen = screenOf(window);
    return screen ? screen->availableGeometry() : QRect();
}

QSize maximumWindowSize(const QWidget *window)
{
    const QRect area = availableScreenArea(window);
    if (area.isEmpty()) {
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    }
    const QMargins frame = frameMargins(window);
    return area.size().shrunkBy(frame);
}

void fitToScreen(QWidget *window, QSize preferred)
{
    const QSize largest = maximumWindowSize(window);
    // The layout's minimum where it fits; a minimum larger than the screen is a bug the tests catch.
    const QSize size = preferred.expandedTo(window->minimumSizeHint()).boundedTo(largest);
    window->resize(size);
    const QRect area = availableScreenArea(window);
    // A dialog not yet shown is centred over its parent by QDialog; a main window is placed here.
    if (area.isEmpty() || (!window->isVisible() && window->parentWidget())) {
        return;
    }
    const QMargins frame = frameMargins(window);
    QRect outer = QRect(window->pos(), size.grownBy(frame));
    if (!window->isVisible() && !window->testAttribute(Qt::WA_Moved)) {
        outer.moveCenter(area.center());
    }
    outer.moveLeft(std::max(area.left(), std::min(outer.left(), area.right() + 1 - outer.width())));
    outer.moveTop(std::max(area.top(), std::min(outer.top(), area.bottom() + 1 - outer.height())));
    window->move(outer.topLeft());
}

bool restoreGeometryIfFits(QWidget *window, const QByteArray &geometry)
{
    if (geometry.isEmpty()) {
        return false;
    }
    const QRect before = window->geometry();
    const Qt::WindowStates stateBefore = window->windowState();
    if (!window->restoreGeometry(geometry)) {
        return false;
    }
    const QSize largest = maximumWindowSize(window);
    const QSize restored = window->normalGeometry().size();
    if (restored.width() > largest.width() || restored.height() > largest.height() ||
        !availableScreenArea(window).intersects(window->geometry())) {
        window->setWindowState(stateBefore & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
        window->setGeometry(before);
        window->setWindowState(stateBefore);
        return false;
    }
    return true;
}

} // namespace crm::ui
