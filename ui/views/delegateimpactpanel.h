#pragma once

#include "domain/recordkind.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace crm::ui {

class CreditedDealsModel;
class DatabaseSession;

// What a delegate made happen: the deals credited to the delegate with their stages, and a small
// summary of their jobs and capex, announced and realised.
class DelegateImpactPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DelegateImpactPanel(DatabaseSession &session, QWidget *parent = nullptr);

    void showDelegate(const QString &delegateId);
    void reload();
    CreditedDealsModel *model() const { return m_model; }
    QString summaryText() const;

Q_SIGNALS:
    void openRecordRequested(crm::RecordKind kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openDeal(const QModelIndex &index);

    DatabaseSession &m_session;
    QString m_delegateId;
    CreditedDealsModel *m_model;
    QTableView *m_table;
    QLabel *m_deals;
    QLabel *m_jobs;
    QLabel *m_capex;
};

} // namespace crm::ui
