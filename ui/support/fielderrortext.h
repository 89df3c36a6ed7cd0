#pragma once

#include <QHash>
#include <QString>

namespace crm {
class Error;
}

namespace crm::ui {

// A refusal from core as lines a user can act on: "Units per US dollar: must be a positive number",
// with each field named by its label on screen (labels maps core's field names to them). An error
// without field errors gives its message.
QString fieldErrorText(const Error &error, const QHash<QString, QString> &labels);

} // namespace crm::ui
