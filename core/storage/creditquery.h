#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace crm {

// A deal a delegate is credited on, as stored, with all its impact figures.
struct CreditedDealRow
{
    struct Figure
    {
        QString indicator;
        QString status;
        std::optional<qint64> value;
        QString currency;
        QString asOf; // ISO date; empty when unknown
    };

    QString dealId;
    QString title;
    QString stage;
    QString hostCountry;
    QString sector;
    QString investorName;
    QStringList roles; // credit role codes, in credit order
    QList<Figure> figures;
};

// The deals credited to one delegate (not in the Trash), in title order: two statements, never
// one per deal.
class CreditQuery
{
public:
    virtual ~CreditQuery() = default;

    virtual QList<CreditedDealRow> forDelegate(const QString &delegateId) const = 0;

protected:
    CreditQuery() = default;
};

} // namespace crm
