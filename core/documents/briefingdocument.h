#pragma once

#include "documentwriter.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

namespace crm {

// How a printed document of issue 6 (meeting briefing, investor and delegate profiles, mission
// booklet) is written.
struct BriefingOptions
{
    QString language = QStringLiteral("en"); // DocumentLanguage::codes()
    QString templateDir;                     // the officer's overrides; empty: built-in only
    int historyEvents = 8;                   // the last N events of a timeline
    int notes = 3;                           // the last N notes
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

// A printed document ready for writePdfDocument() or a printer.
struct BriefingDocument
{
    QString title;       // "Meeting briefing – 矢崎総業株式会社, 12 March 2024"
    QString html;        // the rendered template
    QString footer;      // document title, date printed and, for a confidential record, the marking
    QString header;      // the office and the document's title, at the top of every page
    QString pageNumbers; // "Page %1 of %2" in the document's language
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool confidential = false;
    QStringList warnings; // a template or label override that could not be used
};

// What is printed around the document on every page: the PDF, the printer and the mission
// booklet's own pagination (its contents name pages) all use this one frame.
PageFrame briefingFrame(const BriefingDocument &document);

// The document as an A4 PDF with its footer and "Page x of y"; errors as writePdfDocument().
void writeBriefingPdf(const QString &path, const BriefingDocument &document);

} // namespace crm
