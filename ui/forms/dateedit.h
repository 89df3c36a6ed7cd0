#pragma once

#include <QDate>
#include <QLineEdit>
#include <functional>

namespace crm::ui {

// An optional date, shown the locale's way with the year in full (formatDate: 9/30/2026). Typed
// that way (a two-digit year too), as ISO 2026-09-30, 2024/5/3 or 20240503, and tidied into the
// locale's way on leaving the field; or picked from a calendar (the button, Alt+Down or F4).
// Empty means no date. What does not read as a date stays as typed, for validation to point at.
class DateEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    QVariant value() const; // "YYYY-MM-DD" (or the text as typed), null when empty
    // Takes "YYYY-MM-DD" (anything else is shown as it is).
    void setValue(const QVariant &value);
    void showCalendar();

Q_SIGNALS:
    void valueEdited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void tidy();
};

// Reads the ways officers write a date: 2024-05-03, 2024/5/3, 2024.5.3, 20240503, and the
// locale's short date with a four- or two-digit year (5/3/2024, 5/3/24 in American English).
QDate parseTypedDate(const QString &text);
// Shows a calendar under anchor (a child popup, so an item editor keeps focus) and calls picked.
void popUpCalendar(QWidget *anchor, const QDate &initial, const std::function<void(const QDate &)> &picked);
// Adds the calendar button to a line edit.
void addCalendarButton(QLineEdit *edit, const std::function<void()> &open);

} // namespace crm::ui
