#pragma once

#include "error.h"
#include "fieldmap.h"

namespace crm {

// An ITPO staff member who uses the app; every change is stamped with one.
struct Officer
{
    QString id;
    QString name;
    QString initials;
    QString email;
    bool active = true;

    static Officer read(MapReader &r);
    QVariantMap toMap(MapFormat format = MapFormat::Storage) const;
};

} // namespace crm
