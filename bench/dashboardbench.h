#pragma once

#include "harness.h"

#include <QJsonObject>
#include <memory>

namespace crm::ui {
class DatabaseSession;
class DashboardView;
} // namespace crm::ui

namespace crm::bench {

// The dashboard on a database made beforehand by `delegates-crm-cli generate --scale N` (at N =
// 100,000 that takes a quarter of an hour, so the bench does not make it): the core's figures, and
// the view (1400x900, offscreen without a display) reloaded until painted. Needs a QApplication.
class DashboardBench final
{
public:
    explicit DashboardBench(const QString &path);
    ~DashboardBench();
    Q_DISABLE_COPY_MOVE(DashboardBench)

    static QStringList operationNames();
    QList<Operation> operations();
    // The database's size and what the dashboard counted in it.
    QJsonObject facts() const { return m_facts; }

private:
    // Runs the posted layouts and paints the window now, as the next update request would.
    void settle();

    std::unique_ptr<ui::DatabaseSession> m_session;
    std::unique_ptr<ui::DashboardView> m_view;
    int m_fromYear = 0;
    int m_toYear = 0;
    QString m_country; // the host country with the most deals
    QJsonObject m_facts;
};

} // namespace crm::bench
