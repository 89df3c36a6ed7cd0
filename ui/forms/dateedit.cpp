#include "dateedit.h"

#include "domain/dateformat.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// Drawn rather than loaded: no icon theme is guaranteed on Windows office PCs.
QIcon calendarIcon(const QPalette &palette)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        const QColor ink = palette.color(QPalette::Text);
        p.setPen(QPen(ink, unit));
        p.setBrush(Qt::NoBrush);
        const QRectF page(1.5 * unit, 2.5 * unit, 13 * unit, 12 * unit);
        p.drawRoundedRect(page, unit, unit);
        p.fillRect(QRectF(page.left(), page.top(), page.width(), 3 * unit), ink);
        for (int row = 0; row < 2; ++row) {
            for (int col = 0; col < 3; ++col) {
                p.fillRect(QRectF((3.5 + col * 3.5) * unit, (8 + row * 3) * unit, 2 * unit, 2 * unit), ink);
            }
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QDate parseTypedDate(const QString &text)
{
    static const QRegularExpression separated(u"^\\s*(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*$"_s);
    static const QRegularExpression compact(u"^\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$"_s);
    QRegularExpressionMatch m = separated.match(text);
    if (!m.hasMatch()) {
        m = compact.match(text);
    }
    if (!m.hasMatch()) {
        return parseLocaleDate(text); // 9/30/2026, 30.09.26, as the locale writes a day
    }
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

void popUpCalendar(QWidget *anchor, const QDate &initial, const std::function<void(const QDate &)> &picked)
{
    auto *popup = new QWidget(anchor, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setObjectName(u"calendarPopup"_s);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *calendar = new QCalendarWidget(popup);
    calendar->setGridVisible(true);
    if (initial.isValid()) {
        calendar->setSelectedDate(initial);
    }
    layout->addWidget(calendar);
    QObject::connect(calendar, &QCalendarWidget::activated, popup, [popup, picked](QDate date) {
        picked(date);
        popup->close();
    });
    QObject::connect(calendar, &QCalendarWidget::clicked, popup, [popup, picked](QDate date) {
        picked(date);
        popup->close();
    });
    popup->adjustSize();
    popup->move(anchor->mapToGlobal(QPoint(0, anchor->height())));
    popup->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

void addCalendarButton(QLineEdit *edit, const std::function<void()> &open)
{
    QAction *action = edit->addAction(calendarIcon(edit->palette()), QLineEdit::TrailingPosition);
    action->setText(QCoreApplication::translate("crm::ui::DateEdit", "Choose from a calendar"));
    action->setToolTip(QCoreApplication::translate("crm::ui::DateEdit", "Choose from a calendar (Alt+Down)"));
    action->setObjectName(u"calendarAction"_s);
    QObject::connect(action, &QAction::triggered, edit, [open] { open(); });
}

DateEdit::DateEdit(QWidget *parent) : QLineEdit(parent)
{
    //: %1 is a sample day written the locale's way (9/30/2026)
    setPlaceholderText(tr("%1 or YYYY-MM-DD").arg(formatDate(QDate(2026, 9, 30))));
    // A date is short: it need not stretch across the form.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addCalendarButton(this, [this] { showCalendar(); });
    connect(this, &QLineEdit::textEdited, this, &DateEdit::valueEdited);
    connect(this, &QLineEdit::editingFinished, this, &DateEdit::tidy);
}

QVariant DateEdit::value() const
{
    const QString t = text().trimmed();
    if (t.isEmpty()) {
        return {};
    }
    const QDate date = parseTypedDate(t);
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(t);
}

void DateEdit::setValue(const QVariant &value)
{
    const QString stored = value.isNull() ? QString() : value.toString();
    const QDate date = QDate::fromString(stored, Qt::ISODate);
    setText(date.isValid() ? formatDate(date) : stored);
}

void DateEdit::tidy()
{
    // Shows the day as it was read, written the locale's way: 2026-09-30 becomes 9/30/2026.
    const QDate date = parseTypedDate(text());
    if (date.isValid() && formatDate(date) != text()) {
        setText(formatDate(date));
        Q_EMIT valueEdited();
    }
}

void DateEdit::showCalendar()
{
    popUpCalendar(this, parseTypedDate(text()), [this](const QDate &date) {
        setText(formatDate(date));
        setFocus(Qt::PopupFocusReason);
        Q_EMIT valueEdited();
    });
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4 || (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace crm::ui
