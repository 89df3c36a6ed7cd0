#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace crm {

// One way to show a day everywhere (lists, timeline, forms, documents): the locale's short date
// with the year in full. "9/30/2026" in American English, "30/09/2026" in French, "2026/09/30" in
// Japanese; the short formats' two-digit years ("9/30/26") cannot tell 1926 from 2026, and the
// records go back to the 1990s.
QString shortDateFormat(const QLocale &locale = QLocale());
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
// The locale's short time without seconds ("h:mm AP", "HH:mm").
QString shortTimeFormat(const QLocale &locale = QLocale());
// shortDateFormat() and shortTimeFormat(): what a date-and-time field shows and reads.
QString dateTimeFormat(const QLocale &locale = QLocale());
// The day as formatDate() writes it and the time: "9/30/2026 2:05 PM".
QString formatDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
// Reads a day typed the locale's short way, the year in full or in two digits (00-49 are read as
// 2000-2049, 50-99 as 1950-1999); an invalid date when the text does not read so.
QDate parseLocaleDate(const QString &text, const QLocale &locale = QLocale());

} // namespace crm
