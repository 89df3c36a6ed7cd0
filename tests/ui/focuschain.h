#pragma once

// What a keyboard and screen-reader user meets in a window: the inputs in the order Tab visits
// them, each with the name a screen reader announces, and the problems an officer would hit.

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

class QWidget;

namespace crm::test {

struct FocusStop
{
    QWidget *widget = nullptr;
    QString name;  // QAccessible's Name: accessibleName, a buddy label's text or a button's text
    QRect rect;    // in the window's coordinates
    QString where; // class, objectName and the names of its parents, for a failure message
};

struct FocusWalk
{
    QList<FocusStop> stops;  // the inputs Tab visits, in its order, each once
    QStringList unnamed;     // inputs a screen reader announces without a name
    QStringList unreachable; // visible, enabled inputs that Tab never reaches
    QStringList outOfOrder;  // Tab goes back up the page, or from right to left within a row
};

// Walks QWidget::nextInFocusChain() from window, which must be shown (positions come from the
// layout); Tab being a cycle, the order is read from the input at the top left of the window. Inputs are line edits,
// combo boxes, spin boxes and date editors, text edits, check boxes, radio buttons, item views and buttons; the widgets
// inside a combo box, spin box or item view are parts of it, not inputs of their own.
FocusWalk walkFocusChain(QWidget &window);

} // namespace crm::test
