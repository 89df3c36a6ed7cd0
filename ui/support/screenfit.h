#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace crm::ui {

// Officers' mission laptops have 1366x768 screens: every window and dialog is sized from the
// screen it opens on, never larger, instead of from constants that only fit an office monitor.

// The available area (less task bars) of the screen window is on, or its parent window's, or the
// primary screen's.
QRect availableScreenArea(const QWidget *window);

// The largest size the inside of a top-level window may take on that screen: the available area
// less its frame (estimated before the window is first shown).
QSize maximumWindowSize(const QWidget *window);

// Resizes a top-level window to preferred, made to fit maximumWindowSize(), and moves it back onto
// the screen when part of its frame would lie outside.
void fitToScreen(QWidget *window, QSize preferred);

// Restores a geometry saved with QWidget::saveGeometry() only where it fits the current screen
// (a window saved on an office monitor opens at its preferred size on a laptop). Returns whether
// the saved geometry was used.
bool restoreGeometryIfFits(QWidget *window, const QByteArray &geometry);

} // namespace crm::ui
