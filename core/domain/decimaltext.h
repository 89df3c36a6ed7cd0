#pragma once

#include <QString>
#include <optional>

namespace crm {

// Typed amounts and rates as officers write them: "1,234.50" (commas between groups of three
// digits) and, since French and most of Europe write a decimal comma, "4500,50" or "151,35" (one
// comma, no point, not followed by exactly three digits). Returns the text with a point for the
// decimals and no grouping ("1234.50", "4500.50"), or nothing when the commas fit neither way
// ("1,23,456", "1.234,50"), so that a comma is never silently dropped from a decimal number.
std::optional<QString> normaliseDecimalText(const QString &text);

} // namespace crm
