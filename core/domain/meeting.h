#pragma once

#include "error.h"
#include "fieldmap.h"

#include <optional>

namespace crm {

struct Attendee
{
    QString id;
    QString side;       // delegate | investor | itpo
    QString personKind; // delegate | contact | officer | other
    QString personId;   // empty for other
    QString name;       // for other (an interpreter, a ministry official)
    QString role;
};

// A bilateral meeting between a delegate and one investor's people.
struct Meeting
{
    QString id;
    std::optional<QDateTime> startsAt; // UTC
    QString timeZone = QStringLiteral("Asia/Tokyo");
    QString place;
    QString missionId;
    QString investorId;
    QString language;
    std::optional<qint64> interestLevel; // 1-5
    QString nextStep;
    QString summary;
    bool confidential = false; // printed documents about it carry a confidentiality marking
    QList<Attendee> attendees;

    static Meeting read(MapReader &r);
    QVariantMap toMap(MapFormat format = MapFormat::Storage) const;
};

} // namespace crm
