#pragma once

#include <QString>
#include <optional>

namespace crm::test {

// The text of a PDF as a reader would copy it (poppler's pdftotext, UTF-8, pages separated by form
// feeds); nullopt when poppler-utils is not installed. A pdftotext failure fails the test.
std::optional<QString> pdfText(const QString &path);

} // namespace crm::test
