#pragma once

#include "reports/creditsummary.h"

#include <QAbstractTableModel>

namespace crm::ui {

// The deals a delegate is credited on, with stage, roles and the latest jobs and capex.
class CreditedDealsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DealColumn,
        InvestorColumn,
        CountryColumn,
        StageColumn,
        RolesColumn,
        JobsColumn,
        CapexColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1
    };

    explicit CreditedDealsModel(QObject *parent = nullptr);

    void setDeals(QList<CreditedDeal> deals);
    const QList<CreditedDeal> &deals() const { return m_deals; }
    QString dealId(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const CreditedDeal &deal, int column) const;
    QVariant rawValue(const CreditedDeal &deal, int column) const;

    QList<CreditedDeal> m_deals;
};

// "12,500 / 3,000" (realised / announced), "– / 350" with nothing realised yet, or empty.
QString figuresText(const LatestFigures &figures, bool money);
// "Announced 250 M USD · Realised 100 M USD", each figure named, where no column header says which
// is which (a pipeline card); empty without figures.
QString labelledFiguresText(const LatestFigures &figures, bool money);

} // namespace crm::ui
