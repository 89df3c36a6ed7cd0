// The fault VFS in another process: loaded with LD_PRELOAD into delegates-crm-cli, it reads
// CRM_FAULT="KIND,CALL,ERROR[,persistent]" (KIND as faultKindName() spells it, ERROR an SQLite
// result code) and arms the fault before main() runs, so a CLI test sees what the officer sees.
#include "faultvfs.h"

#include <QByteArray>
#include <QList>
#include <cstdlib>

namespace {
__attribute__((constructor)) void armFromEnvironment()
{
    const char *spec = std::getenv("CRM_FAULT");
    if (!spec) {
        return;
    }
    const QList<QByteArray> parts = QByteArray(spec).split(',');
    if (parts.size() < 3) {
        std::abort(); // a test that sets CRM_FAULT wrongly must not pass for want of a fault
    }
    int kind = 0;
    while (kind < crm::test::kFaultKindCount && parts.at(0) != crm::test::faultKindName(crm::test::FaultKind(kind))) {
        ++kind;
    }
    if (kind == crm::test::kFaultKindCount) {
        std::abort();
    }
    // Lives until the process ends: the CLI's connections go through it to the last.
    auto *vfs = new crm::test::FaultVfs;
    vfs->arm(crm::test::FaultKind(kind), parts.at(1).toLongLong(), parts.at(2).toInt(),
             parts.size() > 3 && parts.at(3) == "persistent");
}
} // namespace
