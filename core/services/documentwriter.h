#pragma once

#include <QFont>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

// Printed documents (timelines, programme reports): HTML laid out by QTextDocument on A4 pages.
namespace crm {

// Latin, Japanese and Arabic families, the first installed of each, at 9.5 pt. Japanese is the
// IPA Gothic shipped in crm_core's resources, registered with QFontDatabase on the first call.
QFont printFont();

// Portrait pages of the given size with the documents' margins.
QPageLayout documentPageLayout(QPageSize::PageSizeId size = QPageSize::A4);

// Lays the HTML out on the device's pages (its page layout and resolution) and paints it with
// footerText and "Page x of y" at the foot of every page: the one paginator behind the PDFs, the
// printer and the print preview. Returns false when the device cannot be painted on.
bool paintPagedDocument(QPagedPaintDevice &device, const QString &html, const QString &footerText);

// The HTML as an A4 PDF with footerText and "Page x of y" at the foot of every page. Pages break
// above headings (h2 and below) and above top-level tables that do not follow a heading, so a
// table is never split unless it is longer than a page. Throws crm::Error (Invalid) naming the
// path and the reason when the file cannot be written; the file is then left as it was (it is
// replaced only once the whole PDF is written).
void writePdfDocument(const QString &path, const QString &html, const QString &documentTitle,
                      const QString &footerText);

} // namespace crm
