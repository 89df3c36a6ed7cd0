// The conflict review and the status bar over two real replicas: the sample office database and a
// mission laptop prepared from it, each edited, with packages carried between them (issue 8).
#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "dialogs/syncconflictsdialog.h"
#include "domain/dateformat.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "samplesession.h"
#include "support/settings.h"
#include "sync/replicapreparer.h"
#include "sync/synchronizer.h"
#include "widgets/syncstatuswidget.h"

#include <QDir>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using crm::test::forms::child;
using crm::test::forms::typeText;

namespace {
const QString kTitle = u"title"_s;
const QString kOfficeTitle = u"Director, Tangier aerospace free zone"_s;
const QString kLaptopTitle = u"タンジェ航空宇宙自由区 代表"_s;

// The sample office database (HS, 09:00 UTC) and a laptop prepared from it and open in a session of
// its own (MK, 10:00 UTC: its edits are the newer ones).
class OfficeAndLaptop
{
public:
    OfficeAndLaptop() : m_laptopClock(QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC))
    {
        const PreparedReplica prepared =
            prepareReplica(officeDb(), m_dir.filePath(u"laptop.sqlite"_s), u"Casablanca laptop"_s);
        REQUIRE_FALSE(prepared.path.isEmpty());
        REQUIRE(m_laptop.open(prepared.path, Database::OpenMode::MustExist).isEmpty());
        m_laptop.database()->setClock(&m_laptopClock);
        const auto mk = laptopStore().findIdBy(RecordKind::Officer, u"initials"_s, u"MK"_s);
        REQUIRE(mk);
        m_laptop.setOfficerId(*mk);
        delegateId = office.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    }

    Database &officeDb() { return *office.session().database(); }
    Database &laptopDb() { return *m_laptop.database(); }
    RecordStore &laptopStore() { return *m_laptop.store(); }
    QString officeTitle() { return office.store().get(RecordKind::Delegate, delegateId).value(kTitle).toString(); }
    QString laptopTitle() { return laptopStore().get(RecordKind::Delegate, delegateId).value(kTitle).toString(); }

    // Both sides give the delegate's title a value of their own; the laptop's package reaches the office.
    void conflictingTitles()
    {
        REQUIRE(office.store().update(RecordKind::Delegate, delegateId, {{kTitle, kOfficeTitle}}));
        REQUIRE(laptopStore().update(RecordKind::Delegate, delegateId, {{kTitle, kLaptopTitle}}));
        REQUIRE(laptopToOffice().conflicts == 1);
    }

    SyncImportReport laptopToOffice() { return carry(laptopDb(), officeDb()); }
    SyncImportReport officeToLaptop() { return carry(officeDb(), laptopDb()); }

    test::SampleSession office;
    QString delegateId;

private:
    SyncImportReport carry(Database &from, Database &to)
    {
        const QString path = m_dir.filePath(u"package-%1.crmsync"_s.arg(++m_packages));
        Synchronizer sender(from);
        REQUIRE(sender.status().peers.size() == 1);
        sender.exportTo(sender.status().peers.constFirst().replicaId, path);
        return Synchronizer(to).importFile(path);
    }

    QTemporaryDir m_dir;
    FixedClock m_laptopClock;
    DatabaseSession m_laptop; // after the clock it reads
    int m_packages = 0;
};

QList<QRadioButton *> valueChoices(const QWidget &dialog)
{
    QList<QRadioButton *> choices;
    for (int i = 0;; ++i) {
        auto *choice = dialog.findChild<QRadioButton *>(u"valueChoice%1"_s.arg(i));
        if (!choice) {
            return choices;
        }
        choices << choice;
    }
}

// A radio button takes clicks on its indicator and text, not on the empty width of its row.
void clickRadio(QRadioButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

bool showsNothingToReview(const QWidget &dialog)
{
    return child<QStackedWidget>(dialog, u"conflictPages"_s)->currentWidget()->objectName() == u"noConflictsLabel"_s;
}
} // namespace

TEST_CASE("a field both replicas changed is decided in the review dialog by keeping the value that lost", "[ui][sync]")
{
    OfficeAndLaptop two;
    two.conflictingTitles();
    const QString current = two.officeTitle();
    REQUIRE(current == kLaptopTitle); // the newer change is on show until someone decides

    SyncConflictsDialog dialog(two.office.session());
    dialog.show();
    REQUIRE(dialog.conflictCount() == 1);
    auto *list = child<QListWidget>(dialog, u"conflictList"_s);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(u"Hassani"_s));
    CHECK(list->item(0)->text().contains(u"Title"_s));
    CHECK(child<QLabel>(dialog, u"conflictHeading"_s)->text().contains(u"Delegate"_s));

    const QList<QRadioButton *> choices = valueChoices(dialog);
    REQUIRE(choices.size() == 2);
    CHECK(choices.at(0)->text() == kLaptopTitle);
    CHECK(choices.at(1)->text() == kOfficeTitle);
    // Where each value was made, by whom and when (in local time).
    const QString laptopOrigin = child<QLabel>(dialog, u"valueOrigin0"_s)->text();
    CHECK(laptopOrigin.contains(u"Casablanca laptop"_s));
    CHECK(laptopOrigin.contains(u"小林 美咲"_s));
    CHECK(laptopOrigin.contains(u"on show now"_s));
    const QString officeOrigin = child<QLabel>(dialog, u"valueOrigin1"_s)->text();
    CHECK(officeOrigin.contains(u"Office"_s));
    CHECK(officeOrigin.contains(u"佐藤 花子"_s));
    CHECK(officeOrigin.contains(formatDateTime(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC).toLocalTime())));

    auto *apply = child<QPushButton>(dialog, u"applyButton"_s);
    CHECK_FALSE(apply->isEnabled()); // nothing chosen yet
    clickRadio(choices.at(1));
    REQUIRE(choices.at(1)->isChecked());
    REQUIRE(apply->isEnabled());
    QSignalSpy resolved(&dialog, &SyncConflictsDialog::conflictResolved);
    QSignalSpy refreshed(&two.office.session(), &DatabaseSession::recordsChanged);
    QTest::mouseClick(apply, Qt::LeftButton);

    CHECK(dialog.errorText().isEmpty());
    CHECK(two.officeTitle() == kOfficeTitle);
    CHECK(Synchronizer(two.officeDb()).conflicts().isEmpty());
    CHECK(resolved.count() == 1);
    CHECK(refreshed.count() >= 1);
    CHECK(dialog.conflictCount() == 0);
    CHECK(showsNothingToReview(dialog));

    // The decision travels: the laptop takes it with the next package, and has nothing left to review.
    two.officeToLaptop();
    CHECK(two.laptopTitle() == kOfficeTitle);
    CHECK(Synchronizer(two.laptopDb()).conflicts().isEmpty());
}

TEST_CASE("a value typed in the review dialog becomes the field's value on both replicas", "[ui][sync]")
{
    OfficeAndLaptop two;
    two.conflictingTitles();
    SyncConflictsDialog dialog(two.office.session());
    dialog.show();
    auto *edit = child<QLineEdit>(dialog, u"newValueEdit"_s);
    CHECK(edit->text() == kLaptopTitle); // starts from the value on show, to be corrected
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, u"Directeur, zone franche aéronautique de Tanger"_s);
    CHECK(child<QRadioButton>(dialog, u"newValueChoice"_s)->isChecked()); // typing chose it
    QTest::mouseClick(child<QPushButton>(dialog, u"applyButton"_s), Qt::LeftButton);

    INFO(dialog.errorText().toStdString());
    CHECK(two.officeTitle() == u"Directeur, zone franche aéronautique de Tanger"_s);
    CHECK(Synchronizer(two.officeDb()).conflicts().isEmpty());
    two.officeToLaptop();
    CHECK(two.laptopTitle() == u"Directeur, zone franche aéronautique de Tanger"_s);
}

TEST_CASE("a record moved to the Trash at the office while the laptop edited it is restored or kept there",
          "[ui][sync]")
{
    OfficeAndLaptop two;
    two.office.store().moveToTrash(RecordKind::Delegate, two.delegateId);
    REQUIRE(two.laptopStore().update(RecordKind::Delegate, two.delegateId, {{kTitle, kLaptopTitle}}));
    REQUIRE(two.laptopToOffice().conflicts == 1);

    SyncConflictsDialog dialog(two.office.session());
    dialog.show();
    REQUIRE(dialog.conflictCount() == 1);
    REQUIRE(dialog.conflicts().constFirst().type == SyncConflict::Type::DeletedWhileEdited);
    CHECK(child<QLabel>(dialog, u"conflictField"_s)->text().contains(u"Trash"_s));
    CHECK(child<QLabel>(dialog, u"deletionOrigin"_s)->text().contains(u"Office"_s));
    const QString edited = child<QLabel>(dialog, u"editedField0"_s)->text();
    CHECK(edited.contains(u"Title"_s));
    CHECK(edited.contains(kLaptopTitle));
    CHECK(child<QLabel>(dialog, u"editOrigin0"_s)->text().contains(u"Casablanca laptop"_s));
    CHECK(child<QPushButton>(dialog, u"applyButton"_s)->isHidden());
    const auto inTrash = [&two] {
        return !two.office.store().get(RecordKind::Delegate, two.delegateId).value(u"deleted_at"_s).isNull();
    };
    REQUIRE(inTrash());

    SECTION("restored with the edits")
    {
        QTest::mouseClick(child<QPushButton>(dialog, u"restoreButton"_s), Qt::LeftButton);
        INFO(dialog.errorText().toStdString());
        CHECK_FALSE(inTrash());
        CHECK(two.officeTitle() == kLaptopTitle);
    }
    SECTION("kept in the Trash")
    {
        QTest::mouseClick(child<QPushButton>(dialog, u"keepInTrashButton"_s), Qt::LeftButton);
        INFO(dialog.errorText().toStdString());
        CHECK(inTrash());
    }
    CHECK(Synchronizer(two.officeDb()).conflicts().isEmpty());
    CHECK(showsNothingToReview(dialog));
}

TEST_CASE("the review dialog of a database without conflicts says there is nothing to review", "[ui][sync]")
{
    test::SampleSession sample;
    SyncConflictsDialog dialog(sample.session());
    CHECK(dialog.conflictCount() == 0);
    CHECK(showsNothingToReview(dialog));
}

TEST_CASE("the status bar names the replica, the last exchange, the changes to send and the conflicts", "[ui][sync]")
{
    SECTION("hidden while sync is off")
    {
        test::SampleSession sample;
        SyncStatusWidget status(sample.session());
        CHECK(status.isHidden());
        CHECK_FALSE(status.status().enabled);
    }
    SECTION("on after a laptop was prepared")
    {
        OfficeAndLaptop two;
        SyncStatusWidget status(two.office.session());
        CHECK_FALSE(status.isHidden());
        const QString prepared = formatDateTime(two.office.clock().nowUtc().toLocalTime());
        CHECK(status.text() == u"Office · last sync with Casablanca laptop: %1 · nothing to send"_s.arg(prepared));

        // An edit through the undo stack is counted as soon as it is made.
        REQUIRE_FALSE(CommandRunner::apply(*two.office.session().undoStack(),
                                           std::make_unique<UpdateRecordCommand>(two.office.session(),
                                                                                 RecordKind::Delegate, two.delegateId,
                                                                                 QVariantMap{{kTitle, kOfficeTitle}})));
        CHECK(status.text().contains(u" · 1 change"_s)); // "1 change to send"

        REQUIRE(two.laptopStore().update(RecordKind::Delegate, two.delegateId, {{kTitle, kLaptopTitle}}));
        two.laptopToOffice();
        status.refresh();
        CHECK(status.text().contains(u" · 1 change"_s));
        CHECK(status.text().contains(u" · 1 conflict"_s));
        CHECK(status.toolTip().contains(u"Casablanca laptop: received %1"_s.arg(prepared)));
        CHECK(status.toolTip().contains(u"review the conflicts"_s));

        QSignalSpy review(&status, &SyncStatusWidget::reviewRequested);
        QTest::mouseClick(&status, Qt::LeftButton);
        CHECK(review.count() == 1);
    }
}

TEST_CASE("the review dialog and the status bar show Japanese values whole at their default sizes", "[ui][sync]")
{
    OfficeAndLaptop two;
    two.conflictingTitles();
    const QString agencyId = two.office.idOf(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s);
    REQUIRE(two.office.store().update(RecordKind::Agency, agencyId, {{u"acronym"_s, u"AMDI"_s}}));
    REQUIRE(two.laptopStore().update(RecordKind::Agency, agencyId, {{u"acronym"_s, u"モロッコ投資輸出開発庁"_s}}));
    const QString tesfaye = two.office.idOf(RecordKind::Delegate, u"family_name"_s, u"Tesfaye"_s);
    two.office.store().moveToTrash(RecordKind::Delegate, tesfaye);
    REQUIRE(two.laptopStore().update(RecordKind::Delegate, tesfaye, {{u"email"_s, u"tesfaye@eippo.example"_s}}));
    REQUIRE(two.laptopToOffice().conflicts == 3);

    Settings::setValue(Settings::Key::OfficerInitials, u"HS"_s);
    MainWindow window(two.office.session());
    window.show();
    SyncConflictsDialog dialog(two.office.session(), &window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    for (int row = 0; row < dialog.conflictCount(); ++row) {
        dialog.selectConflict(row);
        dialog.layout()->activate();
        QApplication::processEvents();
        for (const QRadioButton *choice : dialog.findChildren<QRadioButton *>()) {
            INFO(choice->text().toStdString());
            CHECK(choice->sizeHint().width() <= choice->width());
        }
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisibleTo(&dialog) && label->wordWrap()) {
                INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
                CHECK(label->heightForWidth(label->width()) <= label->height());
            }
        }
    }
    auto *status = child<SyncStatusWidget>(window, u"syncStatus"_s);
    CHECK(status->isVisible());
    CHECK(status->sizeHint().width() <= status->width());

    // CRM_SCREENSHOT_DIR=docs/screenshots writes the pictures the documentation shows.
    const QString screenshots = qEnvironmentVariable("CRM_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        dialog.selectConflict(0);
        QApplication::processEvents();
        CHECK(dialog.grab().save(QDir(screenshots).filePath(u"sync-conflicts.png"_s)));
        CHECK(window.statusBar()->grab().save(QDir(screenshots).filePath(u"sync-status.png"_s)));
        dialog.selectConflict(dialog.conflictCount() - 1);
        QApplication::processEvents();
        CHECK(dialog.grab().save(QDir(screenshots).filePath(u"sync-conflicts-deleted.png"_s)));
    }
}
