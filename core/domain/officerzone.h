#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace crm {

// The time zone the officer reads and types times in: this computer's zone unless the officer
// chose another in Preferences (a laptop kept on Tokyo time during a mission to Geneva). Set once
// at start like QLocale::setDefault(); instants are still stored in UTC.
QTimeZone officerZone();
// An invalid zone brings back the computer's own.
void setOfficerZone(const QTimeZone &zone);
// An instant as the officer's wall clock shows it; an invalid one stays invalid.
QDateTime toOfficerTime(const QDateTime &instant);

} // namespace crm
