#pragma once

#include "error.h"
#include "fieldmap.h"

#include <optional>

namespace crm {

// A Japanese company: names in several scripts (矢崎総業株式会社 / Yazaki Corporation) and aliases (Yazaki).
struct Investor
{
    QString id;
    QString name;
    QString nameLatin;
    QString nameReading;
    QStringList aliases;
    QString sector;
    QString hqCountry;
    QString parentId;
    std::optional<qint64> employees;
    QString notes;
    bool confidential = false; // printed documents about it carry a confidentiality marking

    static Investor read(MapReader &r);
    QVariantMap toMap(MapFormat format = MapFormat::Storage) const;
};

} // namespace crm
