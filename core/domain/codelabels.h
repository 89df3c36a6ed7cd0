#pragma once

#include <QString>

namespace crm {

// The translated text of a value the JSON format writes as a code ("on_hold" -> "On hold",
// "implementation_support", "programme_stay", sectors, impact indicators). Unknown codes come
// back as they are. In core because the CLI and printed documents show them too.
QString codeLabel(const QString &code);
// "promotion, facilitation" -> "Promotion, Facilitation".
QString codeLabels(const QString &codes);

} // namespace crm
