#include "crediteddealsmodel.h"

#include "domain/codelabels.h"
#include "domain/deal.h"
#include "domain/referencedata.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// Amounts at a glance: "250 M USD", "4.5 bn JPY"; the exact figure is on the deal's form.
QString amount(qint64 value, const QString &currency, bool money)
{
    const QLocale locale;
    if (!money) {
        return locale.toString(value);
    }
    int digits = reference::minorUnits(currency);
    double major = double(value);
    while (digits-- > 0) {
        major /= 10.0;
    }
    const auto scaled = [&](double unit, const QString &format) -> QString {
        const double v = major / unit;
        return format.arg(locale.toString(v, 'f', v < 10 && v != std::floor(v) ? 1 : 0), currency);
    };
    if (std::abs(major) >= 1e9) {
        return scaled(1e9, CreditedDealsModel::tr("%1 bn %2", "billions"));
    }
    if (std::abs(major) >= 1e6) {
        return scaled(1e6, CreditedDealsModel::tr("%1 M %2", "millions"));
    }
    return formatAmounts({{currency, value}}, locale);
}
} // namespace

QString figuresText(const LatestFigures &figures, bool money)
{
    if (!figures.realised && !figures.announced) {
        return {};
    }
    const QString none = CreditedDealsModel::tr("–", "no figure");
    return CreditedDealsModel::tr("%1 / %2", "realised / announced")
        .arg(figures.realised ? amount(*figures.realised, figures.realisedCurrency, money) : none,
             figures.announced ? amount(*figures.announced, figures.announcedCurrency, money) : none);
}

QString labelledFiguresText(const LatestFigures &figures, bool money)
{
    // "250 M USD" stays on one line where a narrow card wraps the text.
    const auto unbroken = [money](qint64 value, const QString &currency) {
        return amount(value, currency, money).replace(u' ', QChar::Nbsp);
    };
    QStringList parts;
    if (figures.announced) {
        parts << CreditedDealsModel::tr("Announced %1").arg(unbroken(*figures.announced, figures.announcedCurrency));
    }
    if (figures.realised) {
        parts << CreditedDealsModel::tr("Realised %1").arg(unbroken(*figures.realised, figures.realisedCurrency));
    }
    return parts.join(CreditedDealsModel::tr(" · ", "between the announced and the realised figure"));
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
        return reference::countryLabel(deal.hostCountry);
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
        return tr("%1\nInvestor: %2\nHost country: %3\nThe delegate's part: %4\nDouble-click to open the deal.")
            .arg(deal.title, deal.investorName, displayValue(deal, CountryColumn).toString(),
                 displayValue(deal, RolesColumn).toString());
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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && (section == JobsColumn || section == CapexColumn)) {
        return tr("Latest realised figure / latest announced figure");
    }
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
        return tr("Jobs");
    case CapexColumn:
        return tr("Capex");
    default:
        return {};
    }
}

} // namespace crm::ui
