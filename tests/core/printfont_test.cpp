#include "documents/documentwriter.h"
#include "pdftext.h"

#include <QFontDatabase>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextLayout>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// Kanji that Noto Sans CJK and IPAex Gothic turn into Kangxi radicals (山 -> ⼭, 長 -> ⻑), kana,
// French accents and an Arabic name.
const QString kJapanese = u"山田 長見 見本 矢崎総業 「やざき」 カタカナ"_s;
const QString kFrench = u"Délégué, Fès, Œuvre"_s;
const QString kArabic = u"محمد الحسني"_s;

// The standard output of a poppler tool, or nullopt (with a warning) when poppler-utils is missing.
std::optional<QByteArray> poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        WARN(tool.toStdString() << " (poppler-utils) is not installed: the PDF was not checked");
        return std::nullopt;
    }
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

QString writeSample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"fonts.pdf"_s);
    writePdfDocument(path, u"<p>%1</p><p>%2</p><p>%3</p>"_s.arg(kJapanese, kFrench, kArabic), u"Fonts"_s,
                     u"Delegates CRM"_s);
    return path;
}

bool arabicInstalled()
{
    return !QFontDatabase::families(QFontDatabase::Arabic).isEmpty();
}
} // namespace

TEST_CASE("the print font takes Japanese from the shipped IPA Gothic, after the Latin family", "[pdf][font]")
{
    const QStringList families = printFont().families();
    INFO(families.join(u", "_s).toStdString());
    const qsizetype japanese = families.indexOf(u"IPAGothic"_s);
    REQUIRE(japanese >= 0);
    CHECK(japanese <= 1); // right after the Latin family, when one is installed
    CHECK(QFontDatabase::hasFamily(u"IPAGothic"_s));
}

TEST_CASE("Japanese, French and Arabic text is drawn with real glyphs, never tofu boxes", "[pdf][font]")
{
    for (const QString &text : {kJapanese, kFrench, kArabic}) {
        if (text == kArabic && !arabicInstalled()) {
            WARN("no Arabic font is installed (fonts-noto-core): Arabic glyphs were not checked");
            continue;
        }
        INFO(text.toStdString());
        QTextLayout layout(text, printFont());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        bool ipaGothic = false;
        for (const QGlyphRun &run : layout.glyphRuns()) {
            const QString family = run.rawFont().familyName();
            INFO(family.toStdString());
            CHECK(!run.glyphIndexes().contains(0u)); // glyph 0 is the font's "missing" box
            ipaGothic = ipaGothic || family == u"IPAGothic"_s;
            if (text == kJapanese) {
                CHECK(!family.contains(u"CJK"_s)); // not a system CJK font with the Kangxi trap
            }
        }
        CHECK(ipaGothic == (text == kJapanese));
    }
}

TEST_CASE("a PDF's Japanese, French and Arabic text copies as the original characters", "[pdf][font]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeSample(dir);
    const std::optional<QString> text = test::pdfText(path);
    if (!text) {
        return;
    }
    // Each word on its own: pdftotext may put the spaces and the direction marks differently.
    QStringList words = kJapanese.split(u' ') + kFrench.split(u' ');
    if (arabicInstalled()) {
        words += kArabic.split(u' ');
    }
    for (const QString &word : std::as_const(words)) {
        INFO(word.toStdString() << " in " << text->toStdString());
        CHECK(text->contains(word));
    }
    QString lookAlikes; // Kangxi radicals, Arabic presentation forms
    for (const QChar c : *text) {
        if ((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) || (c.unicode() >= 0xFB50 && c.unicode() <= 0xFEFF)) {
            lookAlikes += c;
        }
    }
    CHECK(lookAlikes.toStdString() == "");
}

TEST_CASE("a PDF embeds the shipped IPA Gothic", "[pdf][font]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeSample(dir);
    const std::optional<QByteArray> fonts = poppler(u"pdffonts"_s, {path});
    if (!fonts) {
        return;
    }
    INFO(fonts->toStdString());
    bool ipaGothic = false;
    // name, type..., encoding, emb, sub, uni, object, generation
    for (const QByteArray &line : fonts->split('\n').mid(2)) {
        const QList<QByteArray> columns = line.simplified().split(' ');
        if (columns.size() < 6) {
            continue;
        }
        CHECK(columns.at(columns.size() - 5) == "yes"); // every font is embedded
        ipaGothic = ipaGothic || columns.front().endsWith("IPAGothic");
    }
    CHECK(ipaGothic);
}

TEST_CASE("a PDF's first page renders with ink on it", "[pdf][font]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeSample(dir);
    const QString prefix = dir.filePath(u"page"_s);
    if (!poppler(u"pdftoppm"_s,
                 {u"-r"_s, u"50"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-png"_s, u"-singlefile"_s, path, prefix})) {
        return;
    }
    const QImage page(prefix + u".png"_s);
    REQUIRE(!page.isNull());
    qsizetype dark = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    CHECK(dark > 100);
}
