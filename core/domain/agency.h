#pragma once

#include "error.h"
#include "fieldmap.h"

namespace crm {

// An investment promotion agency (IPA) of a developing country, such as AMDIE (Morocco).
struct Agency
{
    QString id;
    QString name;
    QString acronym;
    QString country;
    QString notes;

    static Agency read(MapReader &r);
    QVariantMap toMap(MapFormat format = MapFormat::Storage) const;
};

} // namespace crm
