#pragma once

#include "documents/documentwriter.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;

namespace crm::ui {

// Printing and print preview of the documents core lays out: the printer gets the same pages as
// the PDF (paintPagedDocument), A4 by default with the documents' margins and footer.
class DocumentPrinting final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)

public:
    // The print dialog, then the document on the chosen printer.
    static void print(QWidget *parent, const QString &title, const QString &html, const PageFrame &frame);
    // QPrintPreviewDialog on the pages the printer would get; it prints from there too.
    static void preview(QWidget *parent, const QString &title, const QString &html, const PageFrame &frame);
    // Paints the document on a printer already set up; false when the printer cannot be painted on.
    static bool paint(QPrinter &printer, const QString &html, const PageFrame &frame);
    // A printer set up for the documents: the frame's paper size in portrait, the documents'
    // margins, the title as its name.
    static void setUp(QPrinter &printer, const QString &title, QPageSize::PageSizeId pageSize = QPageSize::A4);
};

} // namespace crm::ui
