#pragma once

#include "error.h"
#include "fieldmap.h"

#include <optional>

namespace crm {

struct MissionParticipant
{
    QString id;
    QString personKind; // delegate | contact | officer
    QString personId;
    QString role;
};

struct AgendaItem
{
    QString id;
    std::optional<QDateTime> startsAt;
    QString place;
    QString description;
    QString meetingId;
};

// A trip or event with a schedule: a programme stay, an investor mission abroad, a seminar...
struct Mission
{
    QString id;
    QString kind;
    QString title;
    std::optional<QDate> start;
    std::optional<QDate> end;
    QStringList places;
    QString notes;
    bool confidential = false; // printed documents about it carry a confidentiality marking
    QList<MissionParticipant> participants;
    QList<AgendaItem> agenda;

    static const QStringList &kinds();
    static Mission read(MapReader &r);
    QVariantMap toMap(MapFormat format = MapFormat::Storage) const;
};

} // namespace crm
