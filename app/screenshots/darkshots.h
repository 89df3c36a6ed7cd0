#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace crm::ui {
class DatabaseSession;
}

// The main window in a dark theme, as a desktop's dark palette shows it: a delegate's page
// (dark-main-window.png) and the pipeline (dark-pipeline.png). The application's palette is put back after.
bool darkShots(crm::ui::DatabaseSession &session, const QString &delegateId, const QString &outDir,
               const std::function<bool(QWidget *, const QString &)> &save);
