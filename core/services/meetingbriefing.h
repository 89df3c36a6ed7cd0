#pragma once

#include <QString>
#include <QStringList>

namespace crm {

class Database;

struct BriefingOptions
{
    QString language = QStringLiteral("en"); // DocumentLanguage::codes()
    QString templateDir;                     // the officer's overrides; empty: built-in only
    int historyEvents = 8;                   // the last N events of the investor's timeline
    int notes = 3;                           // the last N notes
};

// A printed document ready for writePdfDocument() or a printer.
struct BriefingDocument
{
    QString title;  // "Meeting briefing – 矢崎総業株式会社, 12 March 2024"
    QString html;   // the rendered template
    QString footer; // document title, date printed and, for a confidential record, the marking
    bool confidential = false;
    QStringList warnings; // a template or label override that could not be used
};

// The briefing an officer prints before a meeting (issue 6): date, place and mission; the
// investor's profile; who attends on each side, names in their own script with reading and
// romanisation; the recent history with ITPO; the investor's open deals with stage and latest
// figures; open follow-ups and the last notes; the talking points. Parts the records do not have
// are left out, headings included.
class MeetingBriefing final
{
public:
    explicit MeetingBriefing(Database &db) : m_db(db) {}

    // Throws crm::Error: NotFound for an unknown meeting, Invalid for an unknown language.
    BriefingDocument build(const QString &meetingId, const BriefingOptions &options = {}) const;

private:
    Database &m_db;
};

// The document as an A4 PDF with its footer and "Page x of y"; errors as writePdfDocument().
void writeBriefingPdf(const QString &path, const BriefingDocument &document);

} // namespace crm
