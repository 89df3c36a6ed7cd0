#include "documentprinting.h"

#include "documents/documentwriter.h"
#include "support/messagebox.h"
#include "support/screenfit.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace crm::ui {

void DocumentPrinting::setUp(QPrinter &printer, const QString &title, QPageSize::PageSizeId pageSize)
{
    printer.setDocName(title);
    printer.setPageLayout(documentPageLayout(pageSize));
}

bool DocumentPrinting::paint(QPrinter &printer, const QString &html, const PageFrame &frame)
{
    return paintPagedDocument(printer, html, frame);
}

void DocumentPrinting::print(QWidget *parent, const QString &title, const QString &html, const PageFrame &frame)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title, frame.pageSize);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() == QDialog::Accepted && !paint(printer, html, frame)) {
        MessageBox::critical(parent, tr("Cannot print"), tr("The printer could not be started."));
    }
}

void DocumentPrinting::preview(QWidget *parent, const QString &title, const QString &html, const PageFrame &frame)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title, frame.pageSize);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *target) { paint(*target, html, frame); });
    fitToScreen(&dialog, QSize(900, 1000));
    dialog.exec();
}

} // namespace crm::ui
