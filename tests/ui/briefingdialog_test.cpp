#include "dialogs/briefingdialog.h"
#include "documents/briefings.h"
#include "mainwindow.h"
#include "pdftext.h"
#include "samplesession.h"
#include "support/documentprinting.h"
#include "support/filedialog.h"
#include "support/settings.h"

#include <QComboBox>
#include <QDir>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
QString yazakiMeeting(test::SampleSession &sample)
{
    const QString investor = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    QString id;
    sample.store().forEach(RecordKind::Meeting, {}, [&](const QVariantMap &meeting) {
        if (meeting.value(u"investor_id"_s) == investor &&
            meeting.value(u"starts_at"_s).toString().startsWith(u"1996-11-20"_s)) {
            id = meeting.value(u"id"_s).toString();
        }
        return true;
    });
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

BriefingDialog::Builder builderFor(test::SampleSession &sample, RecordKind kind, const QString &id)
{
    Database *db = sample.session().database();
    return [db, kind, id](const BriefingOptions &options) { return buildBriefing(*db, kind, id, options); };
}
} // namespace

TEST_CASE("the briefing dialog shows the document in the chosen language and saves it as PDF", "[ui][briefing]")
{
    test::SampleSession sample;
    Settings::setValue(Settings::Key::BriefingTemplateDir, QString());
    BriefingDialog dialog(builderFor(sample, RecordKind::Meeting, yazakiMeeting(sample)));
    dialog.setLanguage(u"fr"_s);
    CHECK(dialog.document().title.startsWith(u"Fiche de rendez-vous – 矢崎総業株式会社"_s));
    CHECK(dialog.findChild<QTextBrowser *>(u"briefingView"_s)->toPlainText().contains(u"Participants"_s));
    dialog.setLanguage(u"ja"_s);
    CHECK(dialog.findChild<QTextBrowser *>(u"briefingView"_s)->toPlainText().contains(u"出席者"_s));
    CHECK(Settings::value(Settings::Key::BriefingLanguage).toString() == u"ja"_s); // remembered

    dialog.setPageSize(QPageSize::Letter);
    CHECK(dialog.document().pageSize == QPageSize::Letter);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"briefing.pdf"_s);
    FileDialog::setNextFileName(path);
    REQUIRE(dialog.savePdf());
    if (const auto text = test::pdfText(path)) {
        CHECK(text->contains(u"面談ブリーフィング"_s));
        CHECK(text->contains(u"山本 誠"_s));
        CHECK(text->contains(u"ページ"_s)); // page numbers in the document's language: "1 / 2 ページ"
        CHECK_FALSE(text->contains(u"Page 1 of"_s));
    }
    dialog.setLanguage(u"en"_s);
}

TEST_CASE("a broken template in the office's folder is reported and the built-in one is shown", "[ui][briefing]")
{
    test::SampleSession sample;
    QTemporaryDir dir;
    {
        QFile file(QDir(dir.path()).filePath(u"meeting-briefing.html"_s));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{{#investor}}never closed");
    }
    BriefingDialog dialog(builderFor(sample, RecordKind::Meeting, yazakiMeeting(sample)));
    dialog.setTemplateDir(dir.path());
    CHECK(dialog.statusText().contains(u"the built-in one was used"_s));
    CHECK(dialog.findChild<QPushButton *>(u"briefingPdfButton"_s)->isEnabled());
    dialog.setTemplateDir(QString());
    CHECK(dialog.statusText().isEmpty());
}

TEST_CASE("printing a briefing paints its header and page numbers on the printer's paper", "[ui][briefing]")
{
    test::SampleSession sample;
    const BriefingDocument doc =
        buildBriefing(*sample.session().database(), RecordKind::Meeting, yazakiMeeting(sample), BriefingOptions{});
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    DocumentPrinting::setUp(printer, doc.title, QPageSize::Letter);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    REQUIRE(DocumentPrinting::paint(printer, doc.html, briefingFrame(doc)));
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::Letter);
    if (const auto text = test::pdfText(dir.filePath(u"printed.pdf"_s))) {
        CHECK(text->contains(u"UNIDO ITPO Tokyo · Meeting briefing"_s));
        CHECK(text->contains(u"Page 1 of "_s));
    }
}
