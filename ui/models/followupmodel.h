#pragma once

#include "storage/recordquery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <optional>

namespace crm::ui {

class DatabaseSession;

// Follow-ups by due date: the open ones (or all, with done ones shown), read a page at a time.
// Overdue rows (due before the database clock's today) come red and bold, with a tooltip.
class FollowUpModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        TitleColumn,
        OwnerColumn,
        LinkedColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1
    };

    explicit FollowUpModel(DatabaseSession &session, QObject *parent = nullptr);

    bool showDone() const { return m_showDone; }
    void setShowDone(bool show);
    void refresh();

    QString followUpId(const QModelIndex &index) const;
    bool isDone(const QModelIndex &index) const;
    // The record the follow-up is about, when it has one.
    std::optional<RecordRef> linkedRecord(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &followUpId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        QString id;
        QString title;
        QDate due;
        bool done = false;
        QString ownerId;
        QString ownerName;
        std::optional<RecordRef> linked;
    };
    PageQuery pageQuery() const;
    QList<Row> readPage(qint64 offset) const;
    QString officerName(const QString &id) const;
    qint64 overdueDays(const Row &row) const;
    QVariant displayValue(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;

    DatabaseSession &m_session;
    bool m_showDone = false;
    QDate m_today;
    qint64 m_total = 0;
    QList<Row> m_rows;
    mutable QHash<QString, QString> m_officerNames; // filled as rows are read
};

} // namespace crm::ui
