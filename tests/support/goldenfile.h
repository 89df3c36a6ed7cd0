#pragma once

#include <QByteArray>
#include <QString>

namespace crm::test {

// Compares what the code produces with a golden file kept in the tree, line by line, reporting the
// first difference. With CRM_REGENERATE_GOLDEN set it rewrites the file instead (then review the
// diff: a golden file records behaviour that must not change by accident).
void compareWithGoldenFile(const QString &path, const QByteArray &actual);

} // namespace crm::test
