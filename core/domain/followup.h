#pragma once

#include "error.h"
#include "fieldmap.h"

#include <optional>

namespace crm {

// A task with an owner and a due date, raised by a meeting or a deal (or any record).
struct FollowUp
{
    QString id;
    QString title;
    QString ownerId;
    std::optional<QDate> due;
    bool done = false;
    std::optional<QDateTime> doneAt;
    QString linkedKind;
    QString linkedId;
    QString notes;

    static FollowUp read(MapReader &r);
    QVariantMap toMap(MapFormat format = MapFormat::Storage) const;
};

// Free text on any record, with its author and time.
struct Note
{
    QString id;
    QString body;
    QString authorId;
    std::optional<QDateTime> writtenAt;
    QString linkedKind;
    QString linkedId;

    static Note read(MapReader &r);
    QVariantMap toMap(MapFormat format = MapFormat::Storage) const;
};

} // namespace crm
