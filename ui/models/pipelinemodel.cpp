#include "pipelinemodel.h"

#include "databasesession.h"
#include "domain/codelabels.h"
#include "domain/deal.h"
#include "domain/error.h"
#include "domain/referencedata.h"
#include "models/crediteddealsmodel.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// Top-level (stage) indexes carry 0; a card carries its stage's row + 1.
constexpr quintptr stageId = 0;
} // namespace

QString PipelineModel::mimeType()
{
    return u"application/x-delegates-crm-deal-id"_s;
}

PipelineModel::PipelineModel(DatabaseSession &session, QObject *parent) : QAbstractItemModel(parent), m_session(session)
{
    m_stages.resize(Deal::stages().size());
    refresh();
}

void PipelineModel::setFilter(const PipelineFilter &filter)
{
    m_filter = filter;
    refresh();
}

void PipelineModel::refresh()
{
    beginResetModel();
    for (QList<PipelineCard> &cards : m_stages) {
        cards.clear();
    }
    if (Database *db = m_session.database()) {
        QList<PipelineCard> cards;
        try {
            cards = Pipeline(*db).cards(m_filter);
        } catch (const Error &error) {
            m_session.reportReadFailure(error); // an empty board rather than part of the deals
        }
        for (PipelineCard &card : cards) {
            const qsizetype stage = Deal::stages().indexOf(card.stage);
            if (stage >= 0) {
                m_stages[stage].append(std::move(card));
            }
        }
    }
    endResetModel();
}

QModelIndex PipelineModel::stageIndex(const QString &stage) const
{
    const qsizetype row = Deal::stages().indexOf(stage);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row), 0);
}

QModelIndex PipelineModel::indexOf(const QString &dealId) const
{
    for (qsizetype stage = 0; stage < m_stages.size(); ++stage) {
        const QList<PipelineCard> &cards = m_stages.at(stage);
        for (qsizetype row = 0; row < cards.size(); ++row) {
            if (cards.at(row).dealId == dealId) {
                return createIndex(static_cast<int>(row), 0, static_cast<quintptr>(stage + 1));
            }
        }
    }
    return {};
}

const PipelineCard *PipelineModel::card(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == stageId || index.model() != this) {
        return nullptr;
    }
    return &m_stages.at(static_cast<qsizetype>(index.internalId() - 1)).at(index.row());
}

QString PipelineModel::dealId(const QModelIndex &index) const
{
    const PipelineCard *c = card(index);
    return c ? c->dealId : QString();
}

QList<PipelineCard> PipelineModel::cards() const
{
    QList<PipelineCard> all;
    for (const QList<PipelineCard> &cards : m_stages) {
        all << cards;
    }
    return all;
}

QModelIndex PipelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, stageId);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex PipelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == stageId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, stageId);
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_stages.size());
    }
    if (parent.column() != 0 || parent.internalId() != stageId) {
        return 0; // cards have no children
    }
    return static_cast<int>(m_stages.at(parent.row()).size());
}

int PipelineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == stageId) {
        const QString stage = Deal::stages().at(index.row());
        const int count = static_cast<int>(m_stages.at(index.row()).size());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(codeLabel(stage)).arg(count);
        case StageRole:
            return stage;
        case CountRole:
            return count;
        case IsCardRole:
            return false;
        default:
            return {};
        }
    }
    const PipelineCard &c = *card(index);
    switch (role) {
    case Qt::DisplayRole:
        return c.title;
    case Qt::ToolTipRole: {
        QString tip = tr("%1\n%2, %3").arg(c.title, reference::countryLabel(c.hostCountry), codeLabel(c.sector));
        if (const QString capex = labelledFiguresText(c.capex, true); !capex.isEmpty()) {
            tip += u'\n' + tr("Capex: %1").arg(capex);
        }
        if (const QString jobs = labelledFiguresText(c.directJobs, false); !jobs.isEmpty()) {
            tip += u'\n' + tr("Jobs: %1").arg(jobs);
        }
        return tip;
    }
    case DealIdRole:
        return c.dealId;
    case StageRole:
        return c.stage;
    case InvestorRole:
        return c.investorNameLatin.isEmpty() || c.investorNameLatin == c.investorName
                   ? c.investorName
                   : tr("%1 (%2)").arg(c.investorName, c.investorNameLatin);
    case HostCountryRole:
        return c.hostCountry;
    case HostCountryNameRole:
        return reference::countryLabel(c.hostCountry);
    case SectorRole:
        return c.sector;
    case SectorLabelRole:
        return codeLabel(c.sector);
    case CapexRole:
        return labelledFiguresText(c.capex, true);
    case JobsRole:
        return labelledFiguresText(c.directJobs, false);
    case IsCardRole:
        return true;
    default:
        return {};
    }
}

Qt::ItemFlags PipelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    if (index.internalId() == stageId) {
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    }
    // A drop on a card lands in the card's column.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList PipelineModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *PipelineModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const PipelineCard *c = card(index)) {
            auto *data = new QMimeData;
            data->setData(mimeType(), c->dealId.toUtf8()); // one deal at a time: each move asks its date
            return data;
        }
    }
    return nullptr;
}

Qt::DropActions PipelineModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PipelineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QString PipelineModel::dropTarget(const QMimeData *data, const QModelIndex &parent, QString *dealId) const
{
    if (!data || !data->hasFormat(mimeType()) || !parent.isValid()) {
        return {};
    }
    const QModelIndex stage = parent.internalId() == stageId ? parent : parent.parent();
    const QString id = QString::fromUtf8(data->data(mimeType()));
    const QModelIndex source = indexOf(id);
    if (!source.isValid() || source.parent() == stage) {
        return {}; // unknown deal, or already in that stage
    }
    if (dealId) {
        *dealId = id;
    }
    return Deal::stages().at(stage.row());
}

bool PipelineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    return action == Qt::MoveAction && !dropTarget(data, parent, nullptr).isEmpty();
}

bool PipelineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    QString id;
    const QString stage = dropTarget(data, parent, &id);
    Q_EMIT stageMoveRequested(id, stage);
    // Not moved yet: the board asks the date first, and the model follows the store when it is written.
    return false;
}

} // namespace crm::ui
