#include "crediteddealsmodel.h"

#include "domain/codelabels.h"
#include "domain/deal.h"
#include "domain/referencedata.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
QString amount(qint64 value, const QString &currency, bool money)
{
    if (!money) {
        return QLocale().toString(value);
    }
    return formatAmounts({{currency, value}});
}
} // namespace

QString figuresText(const LatestFigures &figures, bool money)
{
    QStringList parts;
    if (figures.realised) {
        parts << CreditedDealsModel::tr("%1 realised").arg(amount(*figures.realised, figures.realisedCurrency, money));
    }
    if (figures.announced) {
        parts
            << CreditedDealsModel::tr("%1 announced").arg(amount(*figures.announced, figures.announcedCurrency, money));
    }
    return parts.join(u" / "_s);
}

CreditedDealsModel::CreditedDealsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CreditedDealsModel::setDeals(QList<CreditedDeal> deals)
{
    beginResetModel();
    m_deals = std::move(deals);
    endResetModel();
}

QString CreditedDealsModel::dealId(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_deals.size() ? m_deals[index.row()].dealId : QString();
}

int CreditedDealsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

int CreditedDealsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditedDealsModel::displayValue(const CreditedDeal &deal, int column) const
{
    switch (column) {
    case DealColumn:
        return deal.title;
    case InvestorColumn:
        return deal.investorName;
    case CountryColumn:
        return reference::countryName(deal.hostCountry);
    case StageColumn:
        return codeLabel(deal.stage);
    case RolesColumn: {
        QStringList roles;
        for (const QString &role : deal.roles) {
            roles << codeLabel(role);
        }
        return roles.join(u", "_s);
    }
    case JobsColumn:
        return figuresText(deal.directJobs, false);
    case CapexColumn:
        return figuresText(deal.capex, true);
    default:
        return {};
    }
}

QVariant CreditedDealsModel::rawValue(const CreditedDeal &deal, int column) const
{
    switch (column) {
    case StageColumn:
        return Deal::stages().indexOf(deal.stage);
    case JobsColumn:
        return deal.directJobs.realised.value_or(deal.directJobs.announced.value_or(0));
    case CountryColumn:
        return deal.hostCountry;
    default:
        return displayValue(deal, column);
    }
}

QVariant CreditedDealsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CreditedDeal &deal = m_deals[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(deal, index.column());
    case Qt::ToolTipRole:
        return index.column() == DealColumn ? tr("%1\nDouble-click to open the deal").arg(deal.title)
                                            : displayValue(deal, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == JobsColumn || index.column() == CapexColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case RawValueRole:
        return rawValue(deal, index.column());
    default:
        return {};
    }
}

QVariant CreditedDealsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DealColumn:
        return tr("Deal");
    case InvestorColumn:
        return tr("Investor");
    case CountryColumn:
        return tr("Host country");
    case StageColumn:
        return tr("Stage");
    case RolesColumn:
        return tr("Delegate's part");
    case JobsColumn:
        return tr("Direct jobs");
    case CapexColumn:
        return tr("Capex");
    default:
        return {};
    }
}

} // namespace crm::ui
