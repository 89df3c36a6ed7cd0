#include "documentprinting.h"

#include "services/documentwriter.h"
#include "support/messagebox.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace crm::ui {

void DocumentPrinting::setUp(QPrinter &printer, const QString &title)
{
    printer.setDocName(title);
    printer.setPageLayout(documentPageLayout());
}

bool DocumentPrinting::paint(QPrinter &printer, const QString &html, const QString &footerText)
{
    return paintPagedDocument(printer, html, footerText);
}

void DocumentPrinting::print(QWidget *parent, const QString &title, const QString &html, const QString &footerText)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() == QDialog::Accepted && !paint(printer, html, footerText)) {
        MessageBox::critical(parent, tr("Cannot print"), tr("The printer could not be started."));
    }
}

void DocumentPrinting::preview(QWidget *parent, const QString &title, const QString &html, const QString &footerText)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *target) { paint(*target, html, footerText); });
    dialog.resize(900, 1000);
    dialog.exec();
}

} // namespace crm::ui
