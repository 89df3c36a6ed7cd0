#pragma once

#include <QFont>
#include <QString>

// Printed documents (timelines, programme reports): HTML laid out by QTextDocument on A4 pages.
namespace crm {

// Latin, Japanese and Arabic families, the first installed of each, at 9.5 pt.
QFont printFont();

// The HTML as an A4 PDF with footerText and "Page x of y" at the foot of every page. Pages break
// above headings (h2 and below) and above top-level tables that do not follow a heading, so a
// table is never split unless it is longer than a page. Throws crm::Error (Invalid) naming the
// path and the reason when the file cannot be written; the file is then left as it was (it is
// replaced only once the whole PDF is written).
void writePdfDocument(const QString &path, const QString &html, const QString &documentTitle,
                      const QString &footerText);

} // namespace crm
