#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace crm {

class Database;

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
class CreditQuery final
{
public:
    explicit CreditQuery(Database &db) : m_db(db) {}

    QList<CreditedDealRow> forDelegate(const QString &delegateId) const;

private:
    Database &m_db;
};

} // namespace crm
