#include "pdftext.h"

#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace crm::test {

std::optional<QString> pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the text of the PDF was not checked");
        return std::nullopt;
    }
    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace crm::test
