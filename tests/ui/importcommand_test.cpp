// An import is one step of the undo history and one batch of the import history (issue 18): the
// duplicate choices made in the preview are what is written, undo takes the batch back and redo
// brings the very same records, a cancel writes nothing, and a batch can be reverted later.
#include "commands/importcommand.h"
#include "dialogs/importhistorydialog.h"
#include "importtesting.h"
#include "mainwindow.h"
#include "samplewindow.h"
#include "support/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using crm::test::importwizard::WizardFixture;

namespace {
// The contacts file read, matched and previewed: on the preview page.
void preview(WizardFixture &w)
{
    w.chooseKind(RecordKind::Contact);
    w.chooseFiles({w.write(u"contacts.csv"_s, test::importwizard::contactsCsv())});
    w.click(QWizard::NextButton);
    w.click(QWizard::NextButton);
    REQUIRE(w.wizard->currentId() == ImportWizard::PreviewPage);
}

QString tanakaId(test::SampleSession &sample)
{
    return sample.store().findIdBy(RecordKind::Contact, u"email"_s, u"i.tanaka@example.jp"_s).value_or(QString());
}
} // namespace

TEST_CASE("the duplicates are listed with the record they match, and the choice made is what is imported",
          "[ui][import]")
{
    WizardFixture w;
    const qint64 contacts = w.sample.liveCount(RecordKind::Contact);
    const QString yamamoto = w.sample.idOf(RecordKind::Contact, u"email"_s, u"m.yamamoto@yazaki.example"_s);
    const QString title = w.sample.store().get(RecordKind::Contact, yamamoto).value(u"title"_s).toString();
    preview(w);

    auto *duplicates = w.find<QTableWidget>(u"duplicateRows"_s);
    REQUIRE(duplicates->rowCount() == 1);
    CHECK(duplicates->item(0, 0)->text() == u"3"_s);
    CHECK(duplicates->item(0, 2)->text().contains(u"山本"_s));
    CHECK_FALSE(duplicates->item(0, 3)->text().isEmpty()); // why: the name or the e-mail, with the value
    CHECK(w.find<QComboBox>(u"duplicateChoice0"_s)->currentText() == u"Skip"_s);
    CHECK(w.find<QLabel>(u"previewSummary"_s)->text() == u"1 new, 0 to update, 1 skipped, 1 refused"_s);

    // Create anyway for every duplicate, then update the empty fields for this one.
    auto *forAll = w.find<QComboBox>(u"duplicateChoiceAll"_s);
    forAll->setCurrentIndex(forAll->findText(u"Create Anyway"_s));
    Q_EMIT forAll->activated(forAll->currentIndex()); // as a click on the item does
    CHECK(w.find<QComboBox>(u"duplicateChoice0"_s)->currentText() == u"Create Anyway"_s);
    CHECK(w.find<QLabel>(u"previewSummary"_s)->text() == u"2 new, 0 to update, 0 skipped, 1 refused"_s);
    w.chooseText(u"duplicateChoice0"_s, u"Update Empty Fields"_s);
    CHECK(w.find<QLabel>(u"previewSummary"_s)->text() == u"1 new, 1 to update, 0 skipped, 1 refused"_s);
    // The rows say which empty fields of the record there would be filled: only the phone is new.
    auto *rows = w.find<QTableWidget>(u"previewRows"_s);
    REQUIRE(rows->rowCount() == 2);
    CHECK(rows->item(1, 0)->text() == u"3"_s);
    CHECK(rows->item(1, 1)->text() == u"fills Phones of 山本 誠"_s);

    // A refused row: Import waits until the officer leaves it out.
    CHECK_FALSE(w.canGoOn(QWizard::CommitButton));
    w.find<QCheckBox>(u"skipRefused"_s)->setChecked(true);
    w.click(QWizard::CommitButton);
    REQUIRE(w.wizard->currentId() == ImportWizard::DonePage);
    CHECK(w.find<QLabel>(u"importResult"_s)->text().contains(u"1 new, 1 updated"_s));

    CHECK(w.sample.liveCount(RecordKind::Contact) == contacts + 1);
    CHECK_FALSE(tanakaId(w.sample).isEmpty());
    // Update Empty Fields: 山本's phone is added, what the record held is not overwritten.
    const QVariantMap after = w.sample.store().get(RecordKind::Contact, yamamoto);
    CHECK(after.value(u"phones"_s).toStringList() == QStringList{u"03-1111-2222"_s});
    CHECK(after.value(u"title"_s).toString() == title);
    QUndoStack &stack = *w.sample.session().undoStack();
    REQUIRE(stack.count() == 1);
    // "(2 records)" once the English catalogue has this string's plural forms.
    CHECK(stack.undoText().startsWith(u"Import contacts.csv (2 record"_s));
}

TEST_CASE("an import is one undo step: undo removes its records, redo brings back the same ids", "[ui][import]")
{
    WizardFixture w;
    const qint64 contacts = w.sample.liveCount(RecordKind::Contact);
    preview(w);
    w.find<QCheckBox>(u"skipRefused"_s)->setChecked(true);
    w.click(QWizard::CommitButton);
    const QString id = tanakaId(w.sample);
    REQUIRE_FALSE(id.isEmpty());
    QSignalSpy changed(&w.sample.session(), &DatabaseSession::recordsChanged);

    QUndoStack &stack = *w.sample.session().undoStack();
    stack.undo();
    CHECK(w.sample.liveCount(RecordKind::Contact) == contacts);
    CHECK_FALSE(w.sample.store().exists(RecordKind::Contact, id));
    CHECK(changed.count() >= 1); // the lists follow
    stack.redo();
    CHECK(w.sample.liveCount(RecordKind::Contact) == contacts + 1);
    CHECK(tanakaId(w.sample) == id);
    CHECK(stack.count() == 1);
    CHECK(stack.canUndo());
}

TEST_CASE("an undo refused because an imported record was edited since says so and leaves the records", "[ui][import]")
{
    WizardFixture w;
    preview(w);
    w.find<QCheckBox>(u"skipRefused"_s)->setChecked(true);
    w.click(QWizard::CommitButton);
    const QString id = tanakaId(w.sample);
    REQUIRE_FALSE(id.isEmpty());
    w.sample.store().update(RecordKind::Contact, id, {{u"title"_s, u"部長"_s}});
    QSignalSpy failed(&w.sample.session(), &DatabaseSession::commandFailed);

    QUndoStack &stack = *w.sample.session().undoStack();
    stack.undo();
    QCoreApplication::processEvents(); // the failure is told once the stack has finished
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString().contains(u"Import contacts.csv"_s));
    CHECK(w.sample.store().exists(RecordKind::Contact, id));
    CHECK(stack.count() == 0); // taken off the history, which keeps telling the truth
}

TEST_CASE("a cancelled import writes nothing and pushes no step; the preview can be cancelled too", "[ui][import]")
{
    WizardFixture w;
    const qint64 contacts = w.sample.liveCount(RecordKind::Contact);
    preview(w);
    w.find<QCheckBox>(u"skipRefused"_s)->setChecked(true);
    bool asked = false;
    ImportProgressDialog::setObserver([&asked](QProgressDialog &dialog, qint64, qint64) {
        asked = true;
        dialog.cancel();
    });
    w.click(QWizard::CommitButton);
    REQUIRE(asked);
    CHECK(w.wizard->currentId() == ImportWizard::PreviewPage);
    CHECK(w.find<QLabel>(u"previewProblem"_s)->text().contains(u"cancelled"_s));
    CHECK(w.sample.liveCount(RecordKind::Contact) == contacts);
    CHECK(w.sample.session().undoStack()->count() == 0);
    CHECK(imports::Importer(*w.sample.session().database()).batches().isEmpty());

    // Preview again, cancelled: no plan, so nothing to import.
    asked = false;
    QTest::mouseClick(w.find<QAbstractButton>(u"previewAgain"_s), Qt::LeftButton);
    REQUIRE(asked);
    CHECK_FALSE(w.canGoOn(QWizard::CommitButton));
    ImportProgressDialog::setObserver({});
    QTest::mouseClick(w.find<QAbstractButton>(u"previewAgain"_s), Qt::LeftButton);
    CHECK(w.find<QTableWidget>(u"previewRows"_s)->rowCount() == 2);
}

TEST_CASE("an import refused by the database is shown, writes nothing and pushes no step", "[ui][import]")
{
    WizardFixture w;
    preview(w);
    w.find<QCheckBox>(u"skipRefused"_s)->setChecked(true);
    // The same plan written behind the wizard's back: its records' ids are taken now.
    imports::Importer(*w.sample.session().database()).run(*w.wizard->state().plan, imports::RunOptions{true});
    const qint64 contacts = w.sample.liveCount(RecordKind::Contact);
    const qsizetype batches = imports::Importer(*w.sample.session().database()).batches().size();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.click(QWizard::CommitButton);
    CHECK(MessageBox::lastText().contains(u"Nothing was imported from contacts.csv"_s));
    CHECK(w.wizard->currentId() == ImportWizard::PreviewPage);
    CHECK(w.sample.liveCount(RecordKind::Contact) == contacts);
    CHECK(imports::Importer(*w.sample.session().database()).batches().size() == batches);
    CHECK(w.sample.session().undoStack()->count() == 0);
}

TEST_CASE("the import history lists a batch and reverts it after asking; an edited record refuses it", "[ui][import]")
{
    WizardFixture w;
    const qint64 contacts = w.sample.liveCount(RecordKind::Contact);
    preview(w);
    w.find<QCheckBox>(u"skipRefused"_s)->setChecked(true);
    w.click(QWizard::CommitButton);
    const QString id = tanakaId(w.sample);
    REQUIRE_FALSE(id.isEmpty());

    ImportHistoryDialog history(w.sample.session());
    auto *list = test::forms::child<QTreeWidget>(history, u"importBatches"_s);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == u"contacts.csv"_s);
    CHECK(list->topLevelItem(0)->text(2) == u"Contacts"_s);
    CHECK(list->topLevelItem(0)->text(3) == u"1"_s);
    auto *revert = test::forms::child<QPushButton>(history, u"revertImport"_s);

    // Edited since: refused, naming the problem, nothing changed.
    w.sample.store().update(RecordKind::Contact, id, {{u"title"_s, u"部長"_s}});
    MessageBox::setNextAnswer(QMessageBox::Yes);
    {
        const test::importwizard::ModalCloser closer; // the refusal's message box
        QTest::mouseClick(revert, Qt::LeftButton);
    }
    CHECK(MessageBox::lastText().contains(u"Nothing was changed"_s));
    CHECK(w.sample.store().exists(RecordKind::Contact, id));

    // Another database where nothing was edited since the import: it reverts.
    WizardFixture again;
    preview(again);
    again.find<QCheckBox>(u"skipRefused"_s)->setChecked(true);
    again.click(QWizard::CommitButton);
    ImportHistoryDialog second(again.sample.session());
    auto *secondList = test::forms::child<QTreeWidget>(second, u"importBatches"_s);
    REQUIRE(secondList->topLevelItemCount() == 1);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(test::forms::child<QPushButton>(second, u"revertImport"_s), Qt::LeftButton);
    CHECK(again.sample.liveCount(RecordKind::Contact) == contacts + 1); // declined
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(test::forms::child<QPushButton>(second, u"revertImport"_s), Qt::LeftButton);
    CHECK(again.sample.liveCount(RecordKind::Contact) == contacts);
    CHECK_FALSE(secondList->topLevelItem(0)->text(6).isEmpty()); // reverted, with its date
    CHECK_FALSE(test::forms::child<QPushButton>(second, u"revertImport"_s)->isEnabled());
}

TEST_CASE("File > Import opens the import wizard and File > Import History the batches", "[ui][import]")
{
    test::forms::SampleWindow window;
    bool opened = false;
    QTimer::singleShot(0, window.window.get(), [&] {
        auto *wizard = window.window->findChild<ImportWizard *>();
        opened = wizard && wizard->isVisible();
        if (wizard) {
            wizard->reject();
        }
    });
    window.action(u"actionImport"_s)->trigger();
    CHECK(opened);
    CHECK(window.action(u"actionImport"_s)->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    opened = false;
    QTimer::singleShot(0, window.window.get(), [&] {
        auto *dialog = window.window->findChild<ImportHistoryDialog *>();
        opened = dialog && dialog->isVisible();
        if (dialog) {
            dialog->reject();
        }
    });
    window.action(u"actionImportHistory"_s)->trigger();
    CHECK(opened);
}
