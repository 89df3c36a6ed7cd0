#pragma once

#include "error.h"
#include "fieldmap.h"

#include <optional>

namespace crm {

struct StageChange
{
    QString id;
    QString stage;
    std::optional<QDate> date;
    QString note;
};

// A delegate or mission credited with a deal, with the part it played.
struct DealCredit
{
    QString id;
    QString creditedKind; // delegate | mission
    QString creditedId;
    QString role; // promotion | facilitation | negotiation | implementation_support
};

// A dated figure of what a deal brought: planned, then announced, then realised.
struct ImpactFigure
{
    QString id;
    QString indicator;
    QString status;
    std::optional<qint64> value; // minor units of currency for money, a count otherwise
    QString currency;
    std::optional<QDate> asOf;
    // Set while reading when an amount was given but cannot be read for want of a currency: the
    // currency is what to report then, not a missing value.
    bool valueUnreadable = false;

    static bool isMoney(const QString &indicator);
};

// An investment project: one investor, one host country, one sector, moving through stages.
struct Deal
{
    QString id;
    QString title;
    QString investorId;
    QString hostCountry;
    QString sector;
    QString stage = QStringLiteral("lead");
    QString lostReason;
    QString notes;
    QList<StageChange> stageHistory;
    QList<DealCredit> credits;
    QList<ImpactFigure> impact;

    static const QStringList &stages();
    static const QStringList &creditRoles();
    static const QStringList &indicators();
    static const QStringList &impactStatuses();
    // The indicators counted in money (minor units of the figure's currency); the others are counts.
    static const QStringList &moneyIndicators();
    // For stage codes in the order they happened, whether each is a setback: back from the stage
    // reached last on the way from lead to aftercare, or off the way (on hold, lost). A deal may go
    // back (negotiation, on hold, negotiation again); the timeline and the deal page mark each step
    // back so that the story does not read as steady progress.
    static QList<bool> setbacks(const QStringList &stagesInOrder);

    static Deal read(MapReader &r);
    QVariantMap toMap(MapFormat format = MapFormat::Storage) const;
};

} // namespace crm
