#include "focuschain.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QKeySequence>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>
#include <QToolButton>
#include <QWidget>
#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace crm::test {
namespace {
// A widget a keyboard user types into, picks with or presses.
bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractButton *>(w) ||
           qobject_cast<const QAbstractItemView *>(w);
}

// A part of a compound widget (a combo box's line edit, a line edit's clear button, an item view's
// editor or header): the compound is the input.
bool isPart(const QWidget *w, const QWidget &window)
{
    for (const QWidget *p = w->parentWidget(); p && p != &window; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QLineEdit *>(p) ||
            qobject_cast<const QTabBar *>(p) || qobject_cast<const QScrollBar *>(p)) {
            return true;
        }
    }
    return false;
}

// A button Tab skips on purpose is still reached from the keyboard through its shortcut or mnemonic.
bool hasShortcut(const QWidget *w)
{
    const auto *button = qobject_cast<const QAbstractButton *>(w);
    if (!button) {
        return false;
    }
    if (!button->shortcut().isEmpty() || QKeySequence::mnemonic(button->text()) != QKeySequence()) {
        return true;
    }
    const auto *tool = qobject_cast<const QToolButton *>(w);
    return tool && tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty();
}

bool isShown(const QWidget *w, const QWidget &window)
{
    return w->isVisibleTo(&window) && w->isEnabled() && w->width() > 0 && w->height() > 0;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *w, const QWidget &window)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty()) {
        text += u" \""_s + w->objectName() + u'"';
    }
    QStringList parents;
    for (const QWidget *p = w->parentWidget(); p && p != &window; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"_s)) {
            parents.prepend(p->objectName());
        }
    }
    if (!parents.isEmpty()) {
        text += u" in "_s + parents.join(u'/');
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(w); button && !button->text().isEmpty()) {
        text += u" ("_s + button->text() + u')';
    }
    return text;
}

// Two inputs side by side: their middles are within half the smaller one's height.
bool sameRow(const QRect &a, const QRect &b)
{
    const int tolerance = std::max(6, std::min(a.height(), b.height()) / 2);
    return std::abs(a.center().y() - b.center().y()) <= tolerance;
}

// Whether Tab reaching b after a goes against reading order: back to the left along a row, or back
// up the same column. Going up into a column to the right (a side panel, the form beside a list) is
// reading on.
bool goesBack(const QRect &a, const QRect &b)
{
    constexpr int tolerance = 6;
    if (sameRow(a, b)) {
        return b.center().x() < a.center().x() - tolerance;
    }
    const bool above = b.bottom() <= a.top() + tolerance;
    const bool sameColumn = b.left() < a.right() - tolerance && a.left() < b.right() - tolerance;
    return above && sameColumn;
}
} // namespace

FocusWalk walkFocusChain(QWidget &window)
{
    FocusWalk walk;
    QList<QWidget *> seen;
    QWidget *w = &window;
    for (int guard = 0; guard < 100000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == &window) {
            break;
        }
        if (!window.isAncestorOf(w) || seen.contains(w) || !isInput(w) || isPart(w, window) || !isShown(w, window) ||
            !(w->focusPolicy() & Qt::TabFocus)) {
            continue;
        }
        seen << w;
        FocusStop stop;
        stop.widget = w;
        stop.name = accessibleName(w);
        stop.rect = QRect(w->mapTo(&window, QPoint(0, 0)), w->size());
        stop.where = describe(w, window);
        if (stop.name.isEmpty()) {
            walk.unnamed << stop.where;
        }
        walk.stops << stop;
    }
    // Tab goes round a cycle: it is read from the input at the top left of the window (a wizard's
    // buttons precede its page in the chain, yet Tab reaches them after the page's last field).
    qsizetype first = 0;
    for (qsizetype i = 1; i < walk.stops.size(); ++i) {
        const QRect &r = walk.stops.at(i).rect;
        const QRect &f = walk.stops.at(first).rect;
        if (r.top() < f.top() || (r.top() == f.top() && r.left() < f.left())) {
            first = i;
        }
    }
    walk.stops = walk.stops.mid(first) + walk.stops.first(first);
    for (qsizetype j = 1; j < walk.stops.size(); ++j) {
        const FocusStop &stop = walk.stops.at(j);
        for (qsizetype i = 0; i < j; ++i) {
            const FocusStop &before = walk.stops.at(i);
            if (goesBack(before.rect, stop.rect)) {
                walk.outOfOrder << u"%1 at (%2,%3) before %4 at (%5,%6)"_s.arg(before.where)
                                       .arg(before.rect.x())
                                       .arg(before.rect.y())
                                       .arg(stop.where)
                                       .arg(stop.rect.x())
                                       .arg(stop.rect.y());
                break; // one complaint per input
            }
        }
    }
    for (QWidget *input : window.findChildren<QWidget *>()) {
        if (isInput(input) && !isPart(input, window) && isShown(input, window) && !seen.contains(input) &&
            !hasShortcut(input)) {
            walk.unreachable << describe(input, window) + (input->focusPolicy() & Qt::TabFocus
                                                               ? u" (not in the chain)"_s
                                                               : u" (takes no Tab focus)"_s);
        }
    }
    return walk;
}

} // namespace crm::test
