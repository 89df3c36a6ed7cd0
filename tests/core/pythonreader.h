#pragma once

#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <catch2/catch.hpp>

// Our files read by real readers: Debian's python3 modules (python3-vobject, python3-icalendar,
// python3-openpyxl), which .ci/setup installs. A missing interpreter or module fails the test with
// the fix named: a skipped check would pass for the wrong reason.
namespace crm::test {

// Debian's interpreter, whose dist-packages hold the python3-* modules, before any other on PATH.
inline QString python3()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
}

// Runs script with input on its standard input and returns what it printed (UTF-8).
inline QString runPython(const QString &module, const QString &script, const QByteArray &input)
{
    QProcess probe;
    probe.start(python3(), {QStringLiteral("-c"), QStringLiteral("import ") + module});
    if (!probe.waitForStarted()) {
        FAIL("python3 is not installed: run .ci/setup (apt-get install python3 python3-" << module.toStdString()
                                                                                         << ")");
    }
    probe.waitForFinished();
    if (probe.exitCode() != 0) {
        FAIL("the python3 module " << module.toStdString() << " is missing: run .ci/setup (apt-get install python3-"
                                   << module.toStdString() << ")");
    }
    QProcess python;
    python.start(python3(), {QStringLiteral("-c"), script});
    REQUIRE(python.waitForStarted());
    python.write(input);
    python.closeWriteChannel();
    REQUIRE(python.waitForFinished(60000));
    const QString errors = QString::fromUtf8(python.readAllStandardError());
    INFO(errors.toStdString());
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput());
}

} // namespace crm::test
