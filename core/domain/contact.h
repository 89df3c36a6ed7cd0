#pragma once

#include "error.h"
#include "fieldmap.h"
#include "personname.h"

#include <optional>

namespace crm {

// A person at an investor; people change companies, hence the active period.
struct Contact
{
    QString id;
    PersonName name;
    QString investorId;
    QString title;
    QString email;
    std::optional<QDate> activeFrom;
    std::optional<QDate> activeTo;
    QString notes;

    static Contact read(MapReader &r);
    QVariantMap toMap(MapFormat format = MapFormat::Storage) const;
};

} // namespace crm
