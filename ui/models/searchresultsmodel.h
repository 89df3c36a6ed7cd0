#pragma once

#include "services/search.h"

#include <QAbstractItemModel>
#include <optional>

namespace crm::ui {

// Search hits as a two-level tree: one group per kind of record ("Investors (3)"), in the order
// the search ranked the groups, and under each its hits, best first, with what matched.
class SearchResultsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        MatchedColumn,
        ColumnCount
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    int hitCount() const { return static_cast<int>(m_hitCount); }
    // The hit at a row under a group; nullopt for a group row or an invalid index.
    std::optional<SearchHit> hitAt(const QModelIndex &index) const;
    // The first hit of the first group, for Enter typed before any row is chosen.
    QModelIndex firstHit() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        RecordKind kind;
        QList<SearchHit> hits;
    };
    static constexpr quintptr kGroupRow = ~quintptr(0); // internal id of group rows; hits carry their group

    QVariant groupData(const Group &group, int column, int role) const;
    QVariant hitData(const SearchHit &hit, int column, int role) const;

    QList<Group> m_groups;
    qsizetype m_hitCount = 0;
};

} // namespace crm::ui
