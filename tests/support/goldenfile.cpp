#include "goldenfile.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <catch2/catch.hpp>

namespace crm::test {

void compareWithGoldenFile(const QString &path, const QByteArray &actual)
{
    const std::string name = QFileInfo(path).fileName().toStdString();
    if (qEnvironmentVariableIsSet("CRM_REGENERATE_GOLDEN")) {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        WARN("rewrote " << path.toStdString());
        return;
    }
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> expected = file.readAll().split('\n');
    const QList<QByteArray> lines = actual.split('\n');
    for (qsizetype i = 0; i < std::min(expected.size(), lines.size()); ++i) {
        INFO(name << " line " << i + 1);
        REQUIRE(lines[i].toStdString() == expected[i].toStdString()); // the first difference
    }
    CHECK(lines.size() == expected.size());
}

} // namespace crm::test
