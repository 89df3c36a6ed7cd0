#pragma once

#include "error.h"
#include "fieldmap.h"
#include "partialdate.h"
#include "personname.h"

#include <optional>

namespace crm {

// A stay of a delegate with ITPO (weeks to months).
struct ProgrammeStay
{
    QString id;
    std::optional<PartialDate> start;
    std::optional<PartialDate> end; // empty: still there
    QString hostOffice;
    QString notes;
};

// A post the delegate held; the officers follow the whole career, not only the stay.
struct CareerPosition
{
    QString id;
    QString organisation;
    QString title;
    std::optional<PartialDate> from;
    std::optional<PartialDate> to; // empty: current
};

struct Delegate
{
    QString id;
    PersonName name;
    QString agencyId;
    QString country;
    QString title;
    QString email;
    QStringList phones;
    QStringList languages;
    QStringList sectors;
    QString status = QStringLiteral("active"); // active | alumnus
    QString notes;
    bool confidential = false; // printed documents about them carry a confidentiality marking
    QList<ProgrammeStay> stays;
    QList<CareerPosition> positions;

    static Delegate read(MapReader &r);
    QVariantMap toMap(MapFormat format = MapFormat::Storage) const;
};

} // namespace crm
