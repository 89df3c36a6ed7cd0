#pragma once

#include "creditquery.h"

#include <QList>
#include <QString>

namespace crm {

// The rows a programme report is made of, as stored; the service applies the rules. Records in
// the Trash are left out everywhere.
class ReportQuery
{
public:
    struct Stay
    {
        QString delegateId;
        QString delegateName;
        QString country;
        QString start; // ISO, possibly "1995" or "1995-03"; empty when unknown
        QString end;
    };
    struct Meeting
    {
        QString startsAt; // UTC instant
        QString timeZone; // where it took place
        QString investorSector;
    };
    struct Mission
    {
        QString id;
        QString title;
        QString kind;
        QString start;
        QString end;
    };
    struct Credit
    {
        QString kind; // delegate or mission
        QString id;
        QString name;
        QString role;
    };
    struct Deal
    {
        QString id;
        QString stage;
        QString hostCountry;
        QString sector;
        QList<CreditedDealRow::Figure> figures;
        QList<Credit> credits; // in credit order; a delegate credited twice appears twice
        QList<int> stageYears; // years with a stage change, ascending, each once
    };

    virtual ~ReportQuery() = default;

    virtual QList<Stay> stays() const = 0;
    // Meetings held at a UTC instant in [fromInstant, toInstant) (ISO text: "2020-01-02" is its
    // midnight), one row each: the caller decides on the local calendar date.
    virtual QList<Meeting> meetingsBetween(const QString &fromInstant, const QString &toInstant) const = 0;
    // The same meetings counted by their investor's sector (empty: none), for ranges where the
    // local date is not in doubt. Reads the meeting_held index alone.
    virtual QList<std::pair<QString, int>> meetingCountsBySector(const QString &fromInstant,
                                                                 const QString &toInstant) const = 0;
    // Missions whose dates overlap [firstDay, lastDay], by start date.
    virtual QList<Mission> missionsOverlapping(const QString &firstDay, const QString &lastDay) const = 0;
    // Deals with a stage change or an impact figure dated in [fromYear, toYear], by title; only
    // those hosted in hostCountry (ISO 3166 code) unless it is empty.
    virtual QList<Deal> dealsActiveIn(int fromYear, int toYear, const QString &hostCountry = {}) const = 0;

protected:
    ReportQuery() = default;
};

} // namespace crm
