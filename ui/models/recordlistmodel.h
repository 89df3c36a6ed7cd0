#pragma once

#include "listcolumns.h"
#include "storage/recordquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace crm::ui {

class DatabaseSession;

// The list of one record kind. Filtering and sorting happen in SQL, and rows are read a page at
// a time as the view scrolls (canFetchMore/fetchMore), so 100,000 investors open and re-sort
// without reading them all.
class RecordListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        IdRole
    };
    static constexpr int PageSize = 200;

    RecordListModel(DatabaseSession &session, RecordKind kind, QObject *parent = nullptr);
    // With the columns of another catalogue than the built-in one (a test's, with a field more).
    RecordListModel(DatabaseSession &session, RecordKind kind, const catalogue::Catalogue &catalogue,
                    QObject *parent = nullptr);

    RecordKind kind() const { return m_query.kind; }
    // What the list shows: its filter, sort and Trash, as the exports take it.
    const PageQuery &query() const { return m_query; }
    void setFilter(const QString &filter);
    void setTrash(bool trash);
    // Re-reads from the database (after an edit, undo or redo), keeping filter and sort.
    void reload();
    qint64 totalCount() const { return m_total; }
    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when not loaded

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    enum class Recount
    {
        No,
        Yes
    };
    void refill(Recount recount);
    QString display(const ListColumn &column, const QVariantMap &row) const;
    QString linkTitle(RecordKind kind, const QString &id) const;

    DatabaseSession &m_session;
    PageQuery m_query;
    QList<ListColumn> m_columns;
    QList<QVariantMap> m_rows;
    qint64 m_total = 0;
    mutable QHash<QString, QString> m_linkTitles;
};

} // namespace crm::ui
