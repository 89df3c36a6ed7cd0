#pragma once

#include "domain/recordkind.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace crm::ui {

class DatabaseSession;
class HistoryModel;

// The audit log of one record, kept current as edits, undos and redos happen.
class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(DatabaseSession &session, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    void setRecord(RecordKind kind, const QString &id);

private:
    void refresh();

    DatabaseSession &m_session;
    RecordKind m_kind = RecordKind::Officer;
    QString m_id;
    HistoryModel *m_model;
    QLabel *m_titleLabel;
    QTableView *m_table;
};

} // namespace crm::ui
