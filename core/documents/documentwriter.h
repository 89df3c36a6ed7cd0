#pragma once

#include <QFont>
#include <QHash>
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

// What is printed around a document's text on every page.
struct PageFrame
{
    QString header; // top of every page (the office and the document's title); none when empty
    QString footer; // foot of every page, left
    // Foot of every page, right: "Page %1 of %2" in the document's language; empty: in the
    // application's language.
    QString pageNumbers;
    QPageSize::PageSizeId pageSize = QPageSize::A4; // of the PDF; a printer keeps its own
};

// Lays the HTML out on the device's pages (its page layout and resolution) and paints it with the
// frame's header, footer and page numbers on every page: the one paginator behind the PDFs, the
// printer and the print preview. Returns false when the device cannot be painted on.
bool paintPagedDocument(QPagedPaintDevice &device, const QString &html, const PageFrame &frame);
inline bool paintPagedDocument(QPagedPaintDevice &device, const QString &html, const QString &footerText)
{
    return paintPagedDocument(device, html, PageFrame{{}, footerText, {}});
}

// The HTML as an A4 PDF with footerText and "Page x of y" at the foot of every page. Pages break
// above headings (h2 and below) and above top-level tables that do not follow a heading, so a
// table is never split unless it is longer than a page. Throws crm::Error (Invalid) naming the
// path and the reason when the file cannot be written; the file is then left as it was (it is
// replaced only once the whole PDF is written).
void writePdfDocument(const QString &path, const QString &html, const QString &documentTitle, const PageFrame &frame);
inline void writePdfDocument(const QString &path, const QString &html, const QString &documentTitle,
                             const QString &footerText)
{
    writePdfDocument(path, html, documentTitle, PageFrame{{}, footerText, {}});
}

// How writePdfDocument() cuts the HTML into pages: their number, and the page (1-based) on which
// each named anchor (<a name="...">) lands, for a table of contents that prints true page numbers.
struct DocumentPages
{
    int count = 0;
    QHash<QString, int> anchors;
};
DocumentPages documentPages(const QString &html, const PageFrame &frame = {});

} // namespace crm
