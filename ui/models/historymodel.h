#pragma once

#include "domain/error.h"
#include "domain/recordkind.h"
#include "historyvalues.h"
#include "services/records/records.h"
#include "storage/auditlog.h"

#include <QAbstractTableModel>
#include <optional>

namespace crm::ui {

// One record's audit log: when, who, what was done to which field, from what to what, in the
// words of the form (HistoryValues). A creation, logged as the whole record, is listed a row a
// field it filled. Long values are cut short in the cell and given whole in the tooltip; the raw
// value role keeps the field's name and the value as logged.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        ActionColumn,
        FieldColumn,
        FromColumn,
        ToColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1
    };
    static constexpr int maxCellLength = 80;

    explicit HistoryModel(QObject *parent = nullptr);

    // Shows the history of one record as the audit log has it, without reading the record (the
    // caller knows it exists: HistoryView checks, or is told by the pane that just saved it). An
    // empty id shows nothing, and so does a history that cannot be read (readFailure() then says
    // why: part of it would pass for all).
    void setRecord(const Records *records, RecordKind kind, const QString &id);
    void refresh();
    const std::optional<Error> &readFailure() const { return m_readFailure; }
    static QString actionLabel(const QString &action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // One line shown: a log entry, or one field of a logged creation.
    struct Row
    {
        qsizetype entry = 0;
        QString field;
        QString label;
        QString oldRaw;
        QString newRaw;
        QString oldText;
        QString newText;
    };
    void addRows(const HistoryEntry &entry, qsizetype index, const HistoryValues &values);
    QVariant displayValue(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;

    std::optional<Records> m_records;
    RecordKind m_kind = RecordKind::Officer;
    QString m_id;
    QList<HistoryEntry> m_entries;
    QList<Row> m_rows;
    std::optional<Error> m_readFailure;
};

} // namespace crm::ui
