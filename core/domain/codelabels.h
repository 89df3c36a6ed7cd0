#pragma once

#include "catalogue/catalogue.h"

#include <QString>
#include <QStringList>

namespace crm {

// The translated text of a value the JSON format writes as a code ("on_hold" -> "On hold",
// "implementation_support", "programme_stay", sectors, impact indicators). Unknown codes come
// back as they are. In core because the CLI and printed documents show them too.
QString codeLabel(const QString &code);
// "promotion, facilitation" -> "Promotion, Facilitation".
QString codeLabels(const QString &codes);
// The untranslated English label of a code with its translation context ("crm::CodeLabels"), for
// a reader that translates with a catalogue of its own: a document printed in Japanese from English
// screens (DocumentLanguage). Empty for an unknown code.
catalogue::Text codeLabelText(const QString &code);
// Every code that has a label, in the order they are declared.
QStringList labelledCodes();

} // namespace crm
