#pragma once

#include "services/duplicates/duplicatefinder.h"

#include <QAbstractItemModel>
#include <functional>
#include <optional>

namespace crm::ui {

// The groups a duplicate scan found, as a two-level tree: one row per group (its records' titles,
// why they look alike, the score), best first, and under it one row per record, oldest first.
class DuplicateGroupsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        ReasonColumn,
        ScoreColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value: the score as a number, titles as written
        IdRole,                      // a record row's id; empty on a group row
    };

    explicit DuplicateGroupsModel(QObject *parent = nullptr);

    void setGroups(const QList<DuplicateGroup> &groups);
    const QList<DuplicateGroup> &groups() const { return m_groups; }
    // Drops the groups left with fewer than two records for which stillThere() holds (merged away,
    // moved to the Trash since the scan). Returns how many went.
    int removeGone(const std::function<bool(RecordKind, const QString &)> &stillThere);
    // The group of a group row or of a record row under it.
    std::optional<DuplicateGroup> groupAt(const QModelIndex &index) const;
    // The record of a record row; empty for a group row.
    QString idAt(const QModelIndex &index) const;
    QModelIndex groupIndex(int group) const { return index(group, 0); }
    QModelIndex recordIndex(int group, int record) const { return index(record, 0, groupIndex(group)); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString reasonsText(const DuplicateGroup &group);

private:
    static constexpr quintptr kGroupRow = ~quintptr(0); // internal id of group rows; records carry their group

    QVariant groupData(const DuplicateGroup &group, int column, int role) const;
    QVariant recordData(const DuplicateGroup &group, int record, int column, int role) const;

    QList<DuplicateGroup> m_groups;
};

} // namespace crm::ui
