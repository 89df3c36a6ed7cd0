#pragma once

#include <QString>

namespace crm {

// Whether text holds a right-to-left letter (Arabic, Hebrew, Thaana, N'Ko...): such text reorders
// the left-to-right sentence around it unless it is isolated.
bool hasRightToLeft(QStringView text);

// A name, as composed into a sentence, title or label shown to a reader: between FIRST STRONG
// ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069) when it holds right-to-left letters, so that
// "محمد حصاني (AMDIE), 2019" keeps its brackets, comma and year where they were typed. Latin or
// Japanese text comes back unchanged. Never for stored data or machine-readable outputs.
QString isolate(const QString &text);

// text without the directional isolates (U+2066..U+2069): what a CSV, JSON or calendar file gets
// of a text that was composed for a screen.
QString withoutIsolates(QString text);

} // namespace crm
