#pragma once

#include <QDate>
#include <QStringList>
#include <optional>

// Reading what an officer types quickly into entry forms: dates and time zones.
namespace crm::ui::entryinput {

// Region time zones ("Asia/Tokyo", not "Etc/GMT+9" or "US/Pacific"), sorted, for pickers.
const QStringList &regionTimeZones();
// The zone that places obviously lie in, by the city in a zone's id ("Ho Chi Minh City" ->
// Asia/Ho_Chi_Minh); empty when no place names one, or when they name several.
QString obviousTimeZone(const QStringList &places);
// The officer's own zone, for a meeting that neither a mission nor a place locates: the one chosen
// in Preferences, else the machine's ("UTC" when the system names none).
QString officerTimeZone();
// "2026-12-07", the locale's short date (as crm::parseLocaleDate reads it) or its long one, or
// "+7" / "+2w" counted from today.
// An empty text gives an invalid QDate; text that is not a date gives nullopt.
std::optional<QDate> parseTypedDate(const QString &text, const QDate &today);

} // namespace crm::ui::entryinput
