#pragma once

#include "storage/creditquery.h"

#include <QList>
#include <QString>

namespace crm {

// A deal of an investor as a printed document reads it: enough to say what was known of it on a
// past day (its stage history and every dated figure), not only today.
struct InvestorDealRow
{
    struct Step
    {
        QString stage;
        QString date; // ISO date
    };

    QString dealId;
    QString title;
    QString stage; // today's
    QString hostCountry;
    QString createdAt;                      // ISO instant the record was created
    QList<Step> stages;                     // in history order, which is date order
    QList<CreditedDealRow::Figure> figures; // every indicator and status, in the deal's order
};

// An open follow-up of an investor, of one of its deals, meetings or contacts.
struct InvestorFollowUpRow
{
    QString id;
    QString title;
    QString dueDate; // ISO date
    QString notes;
    QString linkedKind; // investor | deal | meeting | contact
    QString linkedId;
    QString dealTitle;       // deal links only
    QString meetingStartsAt; // meeting links only: UTC instant
    QString meetingZone;
};

// What the investor story of the printed documents reads about an investor beyond its timeline:
// a handful of statements each, never one per deal. Records in the Trash are left out.
class BriefingQuery
{
public:
    virtual ~BriefingQuery() = default;

    // The investor's deals in title order, lost ones included (on a past day one may not have been).
    virtual QList<InvestorDealRow> deals(const QString &investorId) const = 0;
    // Follow-ups not done that are linked to the investor, to one of its deals, meetings or
    // contacts: each once, soonest due first.
    virtual QList<InvestorFollowUpRow> openFollowUps(const QString &investorId) const = 0;

protected:
    BriefingQuery() = default;
};

} // namespace crm
