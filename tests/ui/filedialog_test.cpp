#include "support/filedialog.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm::ui;

TEST_CASE("a suggested file name keeps the title's words and drops what file systems refuse", "[ui][filedialog]")
{
    const QString path =
        FileDialog::suggestedPath(QStandardPaths::DocumentsLocation, u" Timeline – 矢崎: A/B \"1996\"?\t"_s, u".pdf"_s);
    CHECK(QFileInfo(path).fileName() == u"Timeline – 矢崎_ A_B _1996___.pdf"_s);
    CHECK(QFileInfo(path).absolutePath() ==
          QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absolutePath());

    const QString longTitle(200, u'x');
    CHECK(QFileInfo(FileDialog::suggestedPath(QStandardPaths::PicturesLocation, longTitle, u".png"_s)).fileName() ==
          QString(80, u'x') + u".png"_s);
}
