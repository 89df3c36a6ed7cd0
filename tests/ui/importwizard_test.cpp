// File > Import… (issue 18): the source page reads the office's files as they are (encodings,
// workbooks, several cards at once) and names a file it cannot read; the mapping page matches
// columns to fields and saves and loads a mapping; the preview shows the rows, the refused ones and
// the duplicates before anything is written.
#include "importtesting.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using crm::test::importwizard::interchangeFile;
using crm::test::importwizard::WizardFixture;

TEST_CASE("a Shift_JIS CSV from Japanese Excel is read as CP932, and read as UTF-8 it is refused by name",
          "[ui][import]")
{
    WizardFixture w;
    REQUIRE(w.wizard->currentId() == ImportWizard::SourcePage);
    CHECK_FALSE(w.canGoOn()); // no file yet
    w.chooseKind(RecordKind::Contact);
    w.chooseFiles({interchangeFile(u"excel-ja-cp932.csv"_s)});
    CHECK(w.find<QLabel>(u"importFormat"_s)->text().contains(u"Shift_JIS (CP932)"_s));
    CHECK(w.find<QLabel>(u"importFormat"_s)->text().contains(u"3 row"_s));
    CHECK(w.find<QLabel>(u"importError"_s)->isHidden());
    CHECK(w.canGoOn());

    // The officer says it is UTF-8: the bytes of 髙 and ㈱ are not, and the page says so.
    w.choose(u"importEncoding"_s, u"UTF-8"_s);
    auto *error = w.find<QLabel>(u"importError"_s);
    CHECK(error->isVisibleTo(w.wizard.get()));
    CHECK(error->text().contains(u"excel-ja-cp932.csv"_s));
    CHECK(w.find<QLabel>(u"importFormat"_s)->text().isEmpty());
    CHECK_FALSE(w.canGoOn());

    // Back to detection: readable again.
    w.choose(u"importEncoding"_s, QString());
    CHECK(error->isHidden());
    CHECK(w.canGoOn());

    // The mapping page: the Japanese headers matched by the usual headers of offices.
    w.click(QWizard::NextButton);
    REQUIRE(w.wizard->currentId() == ImportWizard::MappingPage);
    auto *table = w.find<QTableWidget>(u"mappingTable"_s);
    REQUIRE(table->rowCount() == 6);
    const int name = w.mappingRow(u"氏名"_s);
    CHECK(w.find<QComboBox>(u"fieldCombo"_s + QString::number(name))->currentData().toString() == u"full_name"_s);
    CHECK(table->item(name, 3)->text() == u"by usual header"_s);
    CHECK(table->item(name, 1)->text().contains(u"髙橋 一郎"_s));
}

TEST_CASE("an empty file and a binary file are refused on the source page without a crash", "[ui][import]")
{
    WizardFixture w;
    w.chooseFiles({w.write(u"empty.csv"_s, {})});
    CHECK(w.find<QLabel>(u"importError"_s)->text().contains(u"empty.csv"_s));
    CHECK_FALSE(w.canGoOn());
    w.chooseFiles({w.write(u"binary.csv"_s, QByteArray("PK\x03\x04\x00\x00\xff\xfe\x00\x01", 10))});
    CHECK(w.find<QLabel>(u"importError"_s)->text().contains(u"binary.csv"_s));
    CHECK_FALSE(w.canGoOn());
}

TEST_CASE("a workbook shows its sheets and the sheet chosen is the one read", "[ui][import]")
{
    WizardFixture w;
    w.chooseKind(RecordKind::Contact);
    w.chooseFiles({interchangeFile(u"libreoffice-contacts.xlsx"_s)});
    auto *sheet = w.find<QComboBox>(u"importSheet"_s);
    REQUIRE(sheet->count() == 2);
    CHECK(sheet->currentText() == u"Contacts"_s);
    CHECK(sheet->isEnabled());
    CHECK_FALSE(w.find<QComboBox>(u"importEncoding"_s)->isEnabled()); // a workbook has no text encoding
    CHECK(w.find<QLabel>(u"importFormat"_s)->text().contains(u"Excel workbook"_s));

    w.chooseText(u"importSheet"_s, u"Notes"_s);
    CHECK(w.find<QLabel>(u"importFormat"_s)->text().contains(u"Notes"_s));
    w.click(QWizard::NextButton);
    auto *table = w.find<QTableWidget>(u"mappingTable"_s);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == u"Topic"_s);
    CHECK(table->item(1, 0)->text() == u"Due"_s);
}

TEST_CASE("several vCard files chosen at once are read as one table of cards", "[ui][import]")
{
    WizardFixture w;
    w.chooseKind(RecordKind::Contact);
    w.chooseFiles({interchangeFile(u"aosp-v21_japanese_1.vcf"_s), interchangeFile(u"aosp-v21_japanese_2.vcf"_s),
                   interchangeFile(u"handmade-ios-japanese.vcf"_s)});
    const QString format = w.find<QLabel>(u"importFormat"_s)->text();
    CHECK(format.contains(u"3 vCard file"_s)); // "files" once the catalogue has the plural
    CHECK(w.find<QLabel>(u"importError"_s)->isHidden());
    CHECK(w.find<QLabel>(u"importFiles"_s)->text().contains(u"handmade-ios-japanese.vcf"_s));
    CHECK(w.wizard->state().source->table.rows.size() >= 3);
    CHECK(w.canGoOn());
}

TEST_CASE("a column skipped or matched again on the mapping page is what the preview shows", "[ui][import]")
{
    WizardFixture w;
    w.chooseKind(RecordKind::Contact);
    w.chooseFiles({w.write(u"contacts.csv"_s, test::importwizard::contactsCsv())});
    w.click(QWizard::NextButton);
    const int post = w.mappingRow(u"役職"_s);
    CHECK(w.find<QComboBox>(u"fieldCombo"_s + QString::number(post))->currentData().toString() == u"title"_s);

    w.click(QWizard::NextButton);
    REQUIRE(w.wizard->currentId() == ImportWizard::PreviewPage);
    auto *rows = w.find<QTableWidget>(u"previewRows"_s);
    const int position = WizardFixture::columnOf(*rows, u"Position"_s);
    REQUIRE(position >= 0);
    REQUIRE(rows->rowCount() >= 1);
    CHECK(rows->item(0, position)->text() == u"課長"_s);

    // Back: the post is skipped, and the column shows in the preview no more.
    w.click(QWizard::BackButton);
    w.choose(u"fieldCombo"_s + QString::number(post), QString());
    auto *mapping = w.find<QTableWidget>(u"mappingTable"_s);
    CHECK(mapping->item(post, 3)->text() == u"skipped"_s);
    w.click(QWizard::NextButton);
    CHECK(rows->item(0, position)->text().isEmpty());

    // The post matched to the department instead, by the officer.
    w.click(QWizard::BackButton);
    w.choose(u"fieldCombo"_s + QString::number(post), u"department"_s);
    CHECK(mapping->item(post, 3)->text() == u"chosen"_s);
    w.click(QWizard::NextButton);
    const int department = WizardFixture::columnOf(*rows, u"Department"_s);
    REQUIRE(department >= 0);
    CHECK(rows->item(0, department)->text() == u"課長"_s);
}

TEST_CASE("a mapping saved from the mapping page is loaded for the next file, its missing columns named",
          "[ui][import]")
{
    QTemporaryDir kept;
    const QString saved = kept.filePath(u"layout.json"_s);
    {
        WizardFixture w;
        w.chooseKind(RecordKind::Contact);
        w.chooseFiles({w.write(u"contacts.csv"_s, test::importwizard::contactsCsv())});
        w.click(QWizard::NextButton);
        w.choose(u"fieldCombo"_s + QString::number(w.mappingRow(u"役職"_s)), u"department"_s);
        w.choose(u"fieldCombo"_s + QString::number(w.mappingRow(u"フリガナ"_s)), QString());
        FileDialog::setNextFileName(saved);
        QTest::mouseClick(w.find<QAbstractButton>(u"saveMapping"_s), Qt::LeftButton);
        REQUIRE(QFileInfo::exists(saved));
    }
    WizardFixture w;
    w.chooseKind(RecordKind::Contact);
    // The next month's file: the same layout less the reading column.
    w.chooseFiles({w.write(u"contacts-december.csv"_s, QStringLiteral("氏名,会社名,メール,役職\r\n"
                                                                      "田中 一郎,Yazaki,i.tanaka@example.jp,課長\r\n")
                                                           .toUtf8())});
    w.click(QWizard::NextButton);
    const int post = w.mappingRow(u"役職"_s);
    CHECK(w.find<QComboBox>(u"fieldCombo"_s + QString::number(post))->currentData().toString() == u"title"_s);
    FileDialog::setNextFileName(saved);
    QTest::mouseClick(w.find<QAbstractButton>(u"loadMapping"_s), Qt::LeftButton);
    CHECK(w.find<QComboBox>(u"fieldCombo"_s + QString::number(post))->currentData().toString() == u"department"_s);
    CHECK(w.find<QTableWidget>(u"mappingTable"_s)->item(post, 3)->text() == u"by saved mapping"_s);
    const QString message = w.find<QLabel>(u"mappingMessage"_s)->text();
    CHECK(message.contains(u"does not have: フリガナ"_s));
}

TEST_CASE("the preview lists each refused row with its row, column, field and message, and Import waits for "
          "leaving them out",
          "[ui][import]")
{
    WizardFixture w;
    w.chooseKind(RecordKind::Contact);
    w.chooseFiles({interchangeFile(u"excel-ja-cp932.csv"_s)});
    w.click(QWizard::NextButton);
    w.click(QWizard::NextButton);
    REQUIRE(w.wizard->currentId() == ImportWizard::PreviewPage);
    // None of the three companies is an investor of the sample data.
    auto *refused = w.find<QTableWidget>(u"refusedRows"_s);
    REQUIRE(refused->rowCount() >= 3);
    bool found = false;
    for (int row = 0; row < refused->rowCount(); ++row) {
        if (refused->item(row, 0)->text() == u"2"_s && refused->item(row, 1)->text() == u"会社名"_s) {
            found = true;
            CHECK(refused->item(row, 2)->text() == u"Investor"_s);
            CHECK(refused->item(row, 3)->text().contains(u"髙島屋商事"_s));
        }
    }
    CHECK(found);
    CHECK(w.find<QLabel>(u"previewSummary"_s)->text() == u"0 new, 0 to update, 0 skipped, 3 refused"_s);
    CHECK(w.find<QTabWidget>(u"previewTabs"_s)->currentIndex() == 1);
    CHECK_FALSE(w.canGoOn(QWizard::CommitButton));
    w.find<QCheckBox>(u"skipRefused"_s)->setChecked(true);
    CHECK_FALSE(w.canGoOn(QWizard::CommitButton)); // nothing would be left to import
}
