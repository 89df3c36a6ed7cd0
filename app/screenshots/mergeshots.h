#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace crm::ui {
class DatabaseSession;
class MainWindow;
} // namespace crm::ui

// The duplicates story of the README (issue 19): a second Yazaki typed as "ヤザキ" on a laptop, then
// Record > Find Duplicates on the investors with that pair found, the merge dialog showing both side
// by side, and a new investor's form warning while "ヤザキ" is typed. Saves find-duplicates.png,
// merge-dialog.png and duplicate-warning.png. The merge itself is not run: the sample stays as it was
// apart from the second Yazaki.
bool mergeShots(crm::ui::DatabaseSession &session, crm::ui::MainWindow &window, const QString &outDir,
                const std::function<bool(QWidget *, const QString &)> &save);
