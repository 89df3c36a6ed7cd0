#pragma once

#include "harness.h"
#include "scaledataset.h"

#include <QTextStream>

namespace crm::bench {

// Peak memory of the GUI on a dataset (issue 7: <= 300 MB at dataset M), measured as VmHWM in
// /proc/PID/status of a separate process, so that the bench's own allocations do not count:
// - the real delegates-crm binary (next to this one) started on the file with the investor list as
//   its current list, left until it has been idle for a while;
// - this binary again with --gui-child FILE (runGuiChild), which builds the app's MainWindow from
//   crm_ui, opens every list in turn and shows the first record of each in the record pane.
// Both run with a settings folder of their own (XDG_CONFIG_HOME), so the user's settings are
// neither read nor written.
class MemoryBench final
{
public:
    static QStringList operationNames();
    static QList<MemoryResult> run(const ScaleDataset &dataset, const QStringList &wanted, QTextStream &log);
};

// The --gui-child side: prints "step NAME RSS_MIB HWM_MIB" after each step and "peak HWM_MIB" at the
// end on standard output. Returns the process's exit code.
int runGuiChild(const QString &path);

} // namespace crm::bench
