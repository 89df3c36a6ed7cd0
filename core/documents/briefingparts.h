#pragma once

#include "briefingdocument.h"
#include "documentlanguage.h"

#include <QDateTime>
#include <QVariantMap>
#include <optional>

// The pieces the printed documents of issue 6 share, so that a person, a deal or an event reads
// the same in a meeting briefing, a profile and a mission booklet.
namespace crm {

class Database;
class PartialDate;
class RecordStore;
struct LatestFigures;
struct TimelineEvent;

namespace briefing {

// The document's timeline wording, with the names in event titles bidi-isolated for the page.
TimelineWording readersWording(const DocumentLanguage &language);

// The document's language; an override label file that cannot be used is added to its warnings.
DocumentLanguage languageOf(const BriefingOptions &options, BriefingDocument &document);

// "20 November 1996", "March 1995" or "1995" in the document's language.
QString dateText(const PartialDate &date, const DocumentLanguage &language);
// "March 1991 – June 2009", "March 1991 – " for a span still open; empty without a start.
QString spanText(const std::optional<PartialDate> &from, const std::optional<PartialDate> &to,
                 const DocumentLanguage &language);

// A person as a document names them, from a reference {person_kind, person_id, role, name}: in
// their own script, with the kana reading and the romanised form when they differ from it; a
// contact's or delegate's e-mail (email) with its mailto: link (email_url) when it reads as an address.
QVariantMap personOf(const RecordStore &store, const QVariantMap &reference);

// name, reading, latin, sector, head_office, employees, parent, website of an investor record, and
// website_url: the website as an http(s) link (https:// added when it has no scheme).
QVariantMap investorFacts(const RecordStore &store, const QVariantMap &investor, const DocumentLanguage &language);

// "100,000,000.00 USD announced · 250,000,000.00 USD realised"; empty without figures.
QString figuresText(const LatestFigures &figures, const DocumentLanguage &language);

// date, title, summary of a timeline event.
QVariantMap eventOf(const TimelineEvent &event, const DocumentLanguage &language);

// The investor's story in three lists: history, followups, notes. A meeting's briefing passes the
// meeting: its history and notes are those written up to its day (a briefing reprinted for a 1996
// meeting tells what was known then), without the meeting itself. The open follow-ups are today's
// (openFollowUps(): those of its deals, meetings and contacts too, overdue as of today).
void addInvestorStory(Database &db, const QString &investorId, const BriefingOptions &options,
                      const DocumentLanguage &language, QVariantMap &context, const QString &meetingId = {},
                      const QDate &meetingDay = {});

// A meeting's start in its own time zone (UTC when the zone is unknown).
QDateTime meetingLocalStart(const QVariantMap &meeting);

// Renders the template into document.html (a broken override is a warning) and sets the page
// frame (header, footer, page numbers, paper) from document.title and document.confidential.
void finish(BriefingDocument &document, const QString &templateName, const QVariantMap &context,
            const BriefingOptions &options, const DocumentLanguage &language, const QDate &today);

} // namespace briefing
} // namespace crm
