#pragma once

#include "reports/pipeline.h"

#include <QAbstractItemModel>

namespace crm::ui {

class DatabaseSession;

// The pipeline board's data: one top-level row per deal stage (in Deal::stages() order), the deals
// in that stage as its children. A tree rather than a table because the columns of a board have
// different lengths: each board column is a list view rooted at its stage's row, so a drop's parent
// index is the target stage and Up/Down are the list views' own. Moves are not made here: a drop
// asks for one through stageMoveRequested(), and the board makes it an undoable edit.
class PipelineModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        DealIdRole = Qt::UserRole + 1,
        StageRole,       // stage code, on stages and cards
        CountRole,       // cards in a stage
        InvestorRole,    // "矢崎総業株式会社 (Yazaki Corporation)"
        HostCountryRole, // ISO code
        HostCountryNameRole,
        SectorRole, // code
        SectorLabelRole,
        CapexRole, // "Announced 250 M USD · Realised 100 M USD", empty without figures
        JobsRole,
        IsCardRole
    };

    static QString mimeType();

    explicit PipelineModel(DatabaseSession &session, QObject *parent = nullptr);

    const PipelineFilter &filter() const { return m_filter; }
    void setFilter(const PipelineFilter &filter);
    void refresh();

    QModelIndex stageIndex(const QString &stage) const;
    QModelIndex indexOf(const QString &dealId) const;
    QString dealId(const QModelIndex &index) const;
    const PipelineCard *card(const QModelIndex &index) const;
    // All cards shown, in stage order.
    QList<PipelineCard> cards() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void stageMoveRequested(const QString &dealId, const QString &stage);

private:
    QString dropTarget(const QMimeData *data, const QModelIndex &parent, QString *dealId) const;

    DatabaseSession &m_session;
    PipelineFilter m_filter;
    QList<QList<PipelineCard>> m_stages; // per stage, in Deal::stages() order
};

} // namespace crm::ui
