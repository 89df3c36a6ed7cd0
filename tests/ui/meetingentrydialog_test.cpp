#include "dialogs/entryinput.h"
#include "dialogs/meetingentrydialog.h"
#include "samplesession.h"
#include "support/messagebox.h"
#include "widgets/recordchecklist.h"
#include "widgets/recordpicker.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
template<class T>
T *child(QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

// Types into a picker and takes the first match from its completion popup, as an officer would.
void pick(QWidget &dialog, const QString &pickerName, const QString &typed)
{
    auto *picker = child<RecordPicker>(dialog, pickerName);
    picker->setFocus();
    picker->selectAll();
    QTest::keyClicks(picker, typed);
    QAbstractItemView *popup = picker->findChild<QCompleter *>()->popup();
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    REQUIRE_FALSE(picker->recordId().isEmpty());
}

QStringList attendeeIds(const QVariantMap &meeting, const QString &side)
{
    QStringList ids;
    for (const QVariant &value : meeting.value(u"attendees"_s).toList()) {
        if (value.toMap().value(u"side"_s) == side) {
            ids << value.toMap().value(u"person_id"_s).toString();
        }
    }
    return ids;
}

void showActive(QWidget &widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}
} // namespace

TEST_CASE("the meeting entry screen starts from the mission under way, in its time zone", "[ui][meetingentry]")
{
    test::SampleSession sample;
    sample.clock().set(QDateTime(QDate(2026, 9, 15), QTime(9, 0), Qt::UTC)); // the Viet Nam mission's second day
    MeetingEntryDialog dialog(sample.session());
    CHECK(child<RecordPicker>(dialog, u"missionPicker"_s)->text() ==
          u"Aomine Energy investor mission to Viet Nam, September 2026"_s);
    CHECK(child<QComboBox>(dialog, u"timeZoneCombo"_s)->currentText() == u"Asia/Ho_Chi_Minh"_s);
    // 09:00 UTC on the database clock is 16:00 in Ho Chi Minh City.
    CHECK(child<QDateTimeEdit>(dialog, u"startsAtEdit"_s)->dateTime().time() == QTime(16, 0));
    CHECK(child<QComboBox>(dialog, u"followUpOwnerCombo"_s)->currentData() == sample.officerId());
    CHECK(child<RecordCheckList>(dialog, u"officerPicker"_s)->checkedIds().contains(sample.officerId()));
    CHECK_FALSE(child<RecordCheckList>(dialog, u"delegatePicker"_s)->checkedIds().isEmpty()); // its participants
}

TEST_CASE("the meeting entry screen chooses no mission once the last one has ended", "[ui][meetingentry]")
{
    const QString local = entryinput::officerTimeZone();
    REQUIRE(local != u"Asia/Ho_Chi_Minh"_s);
    test::SampleSession sample; // 2026-11-29: the Viet Nam mission ended on 2026-09-18
    MeetingEntryDialog dialog(sample.session());
    CHECK(child<RecordPicker>(dialog, u"missionPicker"_s)->recordId().isEmpty());
    CHECK(child<RecordPicker>(dialog, u"missionPicker"_s)->text().isEmpty());
    CHECK(child<QComboBox>(dialog, u"timeZoneCombo"_s)->currentText() == local);
    CHECK(child<RecordCheckList>(dialog, u"delegatePicker"_s)->checkedIds().isEmpty());
    CHECK(child<RecordCheckList>(dialog, u"officerPicker"_s)->checkedIds() == QStringList{sample.officerId()});
}

TEST_CASE("with the mission cleared the time zone follows the place, else the officer's own", "[ui][meetingentry]")
{
    const QString local = entryinput::officerTimeZone();
    REQUIRE(local != u"Asia/Ho_Chi_Minh"_s);
    REQUIRE(local != u"Africa/Casablanca"_s);
    test::SampleSession sample;
    sample.clock().set(QDateTime(QDate(2026, 9, 15), QTime(9, 0), Qt::UTC));
    MeetingEntryDialog dialog(sample.session());
    showActive(dialog);
    auto *mission = child<RecordPicker>(dialog, u"missionPicker"_s);
    auto *zone = child<QComboBox>(dialog, u"timeZoneCombo"_s);
    REQUIRE(zone->currentText() == u"Asia/Ho_Chi_Minh"_s);

    mission->setFocus();
    mission->selectAll();
    QTest::keyClick(mission, Qt::Key_Delete);
    CHECK(mission->recordId().isEmpty());
    CHECK(zone->currentText() == local);
    CHECK(child<RecordCheckList>(dialog, u"delegatePicker"_s)->checkedIds().isEmpty()); // its people go with it

    QTest::keyClicks(child<QLineEdit>(dialog, u"placeEdit"_s), u"Casablanca Marina, tower B"_s);
    CHECK(zone->currentText() == u"Africa/Casablanca"_s);
    child<QLineEdit>(dialog, u"placeEdit"_s)->clear();
    CHECK(zone->currentText() == local);

    // A zone the officer chose stays, whatever the place says.
    zone->setCurrentText(u"Asia/Bangkok"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"placeEdit"_s), u"Casablanca"_s);
    CHECK(zone->currentText() == u"Asia/Bangkok"_s);
}

TEST_CASE("the meeting entry screen saves a meeting with its follow-up, and undo removes both", "[ui][meetingentry]")
{
    test::SampleSession sample;
    const qint64 meetingsBefore = sample.liveCount(RecordKind::Meeting);
    MeetingEntryDialog dialog(sample.session());
    showActive(dialog);

    pick(dialog, u"missionPicker"_s, u"autumn 2025"_s);
    CHECK(child<QComboBox>(dialog, u"timeZoneCombo"_s)->currentText() == u"Asia/Tokyo"_s); // "Tokyo"
    pick(dialog, u"investorPicker"_s, u"yazaki"_s);
    child<QDateTimeEdit>(dialog, u"startsAtEdit"_s)->setDateTime(QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));

    auto *delegateFilter = child<QLineEdit>(dialog, u"delegateFilterEdit"_s);
    QTest::keyClicks(delegateFilter, u"hassani"_s);
    QTest::keyClick(delegateFilter, Qt::Key_Return); // ticks the match, clears the filter
    CHECK(delegateFilter->text().isEmpty());
    auto *contacts = child<QListWidget>(dialog, u"contactList"_s);
    REQUIRE(contacts->count() == 3); // Yazaki's people, filled when the investor was picked
    contacts->setFocus();
    contacts->setCurrentRow(0);
    QTest::keyClick(contacts, Qt::Key_Space);
    CHECK(contacts->item(0)->checkState() == Qt::Checked);

    QTest::keyClicks(child<QComboBox>(dialog, u"interestCombo"_s), u"4"_s);
    child<QLineEdit>(dialog, u"interpreterEdit"_s)->insert(u"渡辺 涼子"_s); // keyClicks is ASCII only
    QTest::keyClicks(child<QLineEdit>(dialog, u"languageEdit"_s), u"French / Japanese"_s);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"informationRequestedEdit"_s), u"Labour costs in Tangier"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"nextStepEdit"_s), u"Send the free-zone regulations"_s);
    auto *due = child<QLineEdit>(dialog, u"followUpDueEdit"_s);
    QTest::keyClicks(due, u"+7"_s);
    QTest::keyClick(due, Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog.result() == QDialog::Accepted);
    const QString id = dialog.savedMeetingId();
    REQUIRE_FALSE(id.isEmpty());
    const QVariantMap meeting = sample.store().get(RecordKind::Meeting, id);
    const QString hassani = sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    const QString kobayashi = sample.idOf(RecordKind::Officer, u"initials"_s, u"MK"_s);
    CHECK(meeting.value(u"investor_id"_s) ==
          sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s));
    CHECK(meeting.value(u"interest_level"_s).toInt() == 4);
    CHECK(meeting.value(u"time_zone"_s) == u"Asia/Tokyo"_s);
    CHECK(sample.store().get(RecordKind::Meeting, id, MapFormat::Json).value(u"starts_at"_s) ==
          u"2026-11-30T10:00:00+09:00"_s);
    // Tesfaye and Mansour came ticked with the mission, Hassani by hand.
    CHECK(attendeeIds(meeting, u"delegate"_s).contains(hassani));
    CHECK(attendeeIds(meeting, u"delegate"_s).size() == 3);
    CHECK(attendeeIds(meeting, u"investor"_s).size() == 1);
    QStringList officers = attendeeIds(meeting, u"itpo"_s);
    officers.sort();
    QStringList expected{sample.officerId(), kobayashi};
    expected.sort();
    CHECK(officers == expected);

    const auto followUpId = sample.store().findIdBy(RecordKind::FollowUp, u"linked_id"_s, id);
    REQUIRE(followUpId);
    const QVariantMap followUp = sample.store().get(RecordKind::FollowUp, *followUpId);
    CHECK(followUp.value(u"linked_kind"_s) == u"meeting"_s);
    CHECK(followUp.value(u"title"_s) == u"Send the free-zone regulations"_s);
    CHECK(followUp.value(u"owner_id"_s) == sample.officerId());
    CHECK(followUp.value(u"due_date"_s) == u"2026-12-06"_s);

    QUndoStack *stack = sample.session().undoStack();
    stack->undo();
    CHECK_FALSE(sample.store().exists(RecordKind::Meeting, id));
    CHECK_FALSE(sample.store().exists(RecordKind::FollowUp, *followUpId));
    CHECK(sample.liveCount(RecordKind::Meeting) == meetingsBefore);
    stack->redo();
    CHECK(sample.store().get(RecordKind::Meeting, id).value(u"attendees"_s) == meeting.value(u"attendees"_s));
    CHECK(sample.store().get(RecordKind::FollowUp, *followUpId).value(u"due_date"_s) == u"2026-12-06"_s);
}

TEST_CASE("a meeting without an investor is refused at the investor field and nothing is written", "[ui][meetingentry]")
{
    test::SampleSession sample;
    const qint64 meetings = sample.liveCount(RecordKind::Meeting);
    const qint64 followUps = sample.liveCount(RecordKind::FollowUp);
    MeetingEntryDialog dialog(sample.session());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, u"nextStepEdit"_s), u"Call back in January"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"followUpDueEdit"_s), u"2027-01-15"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);

    auto *error = child<QLabel>(dialog, u"investorIdError"_s);
    CHECK(error->isVisible());
    CHECK(error->text() == u"Investor is required"_s);
    CHECK_FALSE(child<QLabel>(dialog, u"followupDueDateError"_s)->isVisible());
    CHECK(dialog.isVisible());
    CHECK(child<QLineEdit>(dialog, u"nextStepEdit"_s)->text() == u"Call back in January"_s);
    CHECK(sample.liveCount(RecordKind::Meeting) == meetings);
    CHECK(sample.liveCount(RecordKind::FollowUp) == followUps);
    CHECK(sample.session().undoStack()->count() == 0);
}

TEST_CASE("text that names no investor and a date that is not one are both shown, and kept", "[ui][meetingentry]")
{
    test::SampleSession sample;
    const qint64 meetings = sample.liveCount(RecordKind::Meeting);
    MeetingEntryDialog dialog(sample.session());
    dialog.show();
    QTest::keyClicks(child<RecordPicker>(dialog, u"investorPicker"_s), u"Nonexistent Heavy Industries"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"followUpDueEdit"_s), u"next tuesday"_s);
    CHECK_FALSE(dialog.save());

    CHECK(child<QLabel>(dialog, u"investorIdError"_s)->text().contains(u"Nonexistent Heavy Industries"_s));
    CHECK(child<QLabel>(dialog, u"followupDueDateError"_s)->isVisible());
    CHECK(child<RecordPicker>(dialog, u"investorPicker"_s)->text() == u"Nonexistent Heavy Industries"_s);
    CHECK(sample.liveCount(RecordKind::Meeting) == meetings);

    // Once corrected, the errors go away with a successful save.
    auto *investor = child<RecordPicker>(dialog, u"investorPicker"_s);
    investor->clear();
    QTest::keyClicks(investor, u"Shinonome"_s);
    child<QLineEdit>(dialog, u"followUpDueEdit"_s)->setText(u"2026-12-10"_s);
    CHECK_FALSE(dialog.save()); // a follow-up needs a task: typed, or the next step
    CHECK(child<QLabel>(dialog, u"followupTitleError"_s)->text() == u"Task is required"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"followUpTitleEdit"_s), u"Send the Hawassa lease terms"_s);
    CHECK(dialog.save());
    CHECK_FALSE(child<QLabel>(dialog, u"investorIdError"_s)->isVisible());
    CHECK(sample.liveCount(RecordKind::Meeting) == meetings + 1);
}

TEST_CASE("leaving the meeting entry screen with typed notes asks first", "[ui][meetingentry]")
{
    test::SampleSession sample;
    MeetingEntryDialog dialog(sample.session());
    dialog.show();
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"summaryEdit"_s), u"Promising first contact."_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.reject();
    CHECK(dialog.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("screenshot of the meeting entry screen with the sample data", "[ui][meetingentry][screenshot]")
{
    test::SampleSession sample;
    MeetingEntryDialog dialog(sample.session());
    showActive(dialog);
    pick(dialog, u"investorPicker"_s, u"yazaki"_s);
    child<RecordCheckList>(dialog, u"delegatePicker"_s)
        ->setChecked(sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s), true);
    child<QListWidget>(dialog, u"contactList"_s)->item(0)->setCheckState(Qt::Checked);
    QTest::keyClicks(child<QComboBox>(dialog, u"interestCombo"_s), u"3"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"languageEdit"_s), u"French / Japanese"_s);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"informationRequestedEdit"_s),
                     u"Labour costs and skills in Tangier; customs regime for free zones."_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"nextStepEdit"_s), u"Send the free-zone regulations in English"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"followUpDueEdit"_s), u"next week"_s);
    CHECK(dialog.grab().save(u"/tmp/meetingentry.png"_s));
    CHECK_FALSE(dialog.save()); // shows how an error looks next to its field
    CHECK(dialog.grab().save(u"/tmp/meetingentry-errors.png"_s));
}

TEST_CASE("every widget of the meeting entry screen is named and every label leads somewhere", "[ui][meetingentry]")
{
    test::SampleSession sample;
    MeetingEntryDialog dialog(sample.session());
    dialog.show();
    // Qt's own parts of combo boxes, line edits and scroll areas are not ours to name.
    const QStringList internal{u"QLineEditIconButton"_s, u"QComboBoxPrivateContainer"_s, u"QComboBoxListView"_s,
                               u"QComboBoxPrivateScroller"_s, u"QScrollBar"_s};
    QStringList unnamed;
    for (const QWidget *widget : dialog.findChildren<QWidget *>()) {
        const QString className = QString::fromLatin1(widget->metaObject()->className());
        if (widget->objectName().isEmpty() && !internal.contains(className)) {
            unnamed << className;
        }
    }
    CHECK(unnamed.isEmpty());
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&')) {
            INFO(label->objectName().toStdString());
            CHECK(label->buddy());
        }
    }
}
