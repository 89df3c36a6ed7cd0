#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

// The parts of the investor story (resources/templates/investor-story.html) that must tell the
// truth about the day a document describes: the deals as they stood then, the follow-ups open now.
namespace crm {

class Database;
class DocumentLanguage;

namespace briefing {

// The investor's deals that were not lost on knownOn, as known on that day: the stage reached by
// then (its stage history) and the latest announced and realised figures dated up to then;
// undated figures are left out, as nobody can say they were known. A deal neither recorded nor in
// its history by then is left out. An invalid knownOn: today's deals, stages and figures (undated
// ones included). Each deal: title, country, stage, capex, jobs and impact (the other indicators,
// one line each).
QVariantList openDeals(Database &db, const QString &investorId, const DocumentLanguage &language,
                       const QDate &knownOn = {});

// The follow-ups not done of the investor, its deals, meetings and contacts, each once, soonest
// due first: date, overdue (due before today), title, about (the deal, meeting or contact it is
// linked to) and summary (its notes).
QVariantList openFollowUps(Database &db, const QString &investorId, const DocumentLanguage &language,
                           const QDate &today);

} // namespace briefing
} // namespace crm
