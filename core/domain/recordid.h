#pragma once

#include <QString>

namespace crm {

// Record ids are UUIDv7 in lowercase text: time-ordered (good index locality) and created on the
// machine that makes the record, so mission laptops can never collide with the office database.
QString newRecordId();
bool isValidRecordId(const QString &text);

} // namespace crm
