// Merging duplicates through the real widgets (issue 19): the records side by side, a value picked
// from the other record, Merge, and the merge as one undo step.
#include "commands/mergeactions.h"
#include "commands/mergecommand.h"
#include "dialogs/mergedialog.h"
#include "samplesession.h"
#include "services/records/records.h"
#include "support/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
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
    INFO(name.toStdString());
    REQUIRE(widget);
    return widget;
}

void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QApplication::processEvents(); // a change of survivor rebuilds the table on the next turn
}

// The sample data's Yazaki and a second one typed on a laptop ("ヤザキ", another city), with a
// meeting of its own.
struct TwoYazakis
{
    TwoYazakis()
    {
        Records records(*sample.session().database());
        yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
        sample.clock().advanceSecs(60);
        laptop = records
                     .create(RecordKind::Investor, {{u"name"_s, u"ヤザキ"_s},
                                                    {u"name_latin"_s, u"Yazaki (laptop)"_s},
                                                    {u"sector"_s, u"automotive"_s},
                                                    {u"hq_city"_s, u"Hamamatsu"_s},
                                                    {u"hq_country"_s, u"JP"_s}})
                     .id;
        meeting = records
                      .create(RecordKind::Meeting, {{u"starts_at"_s, u"2026-11-20T10:00:00+09:00"_s},
                                                    {u"time_zone"_s, u"Asia/Tokyo"_s},
                                                    {u"place"_s, u"Hamamatsu"_s},
                                                    {u"investor_id"_s, laptop}})
                      .id;
        sample.clock().advanceSecs(60);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    ~TwoYazakis() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    RecordStore &store() { return sample.store(); }
    QUndoStack &stack() { return *sample.session().undoStack(); }
    QString field(const QString &id, const QString &name)
    {
        return store().get(RecordKind::Investor, id).value(name).toString();
    }
    QString meetingInvestor() { return store().get(RecordKind::Meeting, meeting).value(u"investor_id"_s).toString(); }

    test::SampleSession sample;
    QString yazaki;
    QString laptop;
    QString meeting;
};
} // namespace

TEST_CASE("a value picked from the other record is kept, the meeting moves, and undo and redo take the merge back "
          "and forth",
          "[ui][merge]")
{
    TwoYazakis t;
    QWidget window;
    MergeActions actions(t.sample.session(), &window);
    QString survivorTitle;
    QString otherTitle;
    bool defaultWasKept = false;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<MergeDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return; // no dialog: the checks after mergeRecords() say so
        }
        survivorTitle = child<QLabel>(*dialog, u"recordTitle0"_s)->text();
        otherTitle = child<QLabel>(*dialog, u"recordTitle1"_s)->text();
        defaultWasKept = child<QRadioButton>(*dialog, u"pick_hq_city_0"_s)->isChecked();
        click(child<QRadioButton>(*dialog, u"pick_hq_city_1"_s)); // the laptop's Hamamatsu
        click(child<QPushButton>(*dialog, u"mergeButton"_s));
        if (dialog->isVisible()) {
            dialog->reject(); // refused: the checks below show why
        }
    });
    actions.mergeRecords(RecordKind::Investor, {t.yazaki, t.laptop});

    CHECK(survivorTitle == t.store().title(RecordKind::Investor, t.yazaki));
    CHECK(defaultWasKept); // the record that stays keeps its own value unless the officer picks
    REQUIRE(t.stack().count() == 1);
    CHECK(t.stack().text(0) == u"Merge \u201c%1\u201d into \u201c%2\u201d"_s.arg(otherTitle, survivorTitle));
    CHECK_FALSE(t.store().exists(RecordKind::Investor, t.laptop));
    CHECK(t.field(t.yazaki, u"hq_city"_s) == u"Hamamatsu"_s);
    CHECK(t.field(t.yazaki, u"name"_s) == u"矢崎総業株式会社"_s); // not picked: the survivor's own
    CHECK(t.store().get(RecordKind::Investor, t.yazaki).value(u"aliases"_s).toStringList().contains(u"ヤザキ"_s));
    CHECK(t.meetingInvestor() == t.yazaki);

    t.stack().undo();
    CHECK(t.store().exists(RecordKind::Investor, t.laptop));
    CHECK(t.field(t.laptop, u"hq_city"_s) == u"Hamamatsu"_s);
    CHECK(t.field(t.yazaki, u"hq_city"_s) == u"Tokyo"_s);
    CHECK(t.meetingInvestor() == t.laptop);
    CHECK(t.stack().canRedo());

    t.stack().redo();
    CHECK(t.stack().index() == 1); // not dropped as refused
    CHECK_FALSE(t.store().exists(RecordKind::Investor, t.laptop));
    CHECK(t.field(t.yazaki, u"hq_city"_s) == u"Hamamatsu"_s);
    CHECK(t.meetingInvestor() == t.yazaki);
}

TEST_CASE("the officer can make the other record the one that stays", "[ui][merge]")
{
    TwoYazakis t;
    MergeDialog dialog(t.sample.session(), RecordKind::Investor, {t.yazaki, t.laptop});
    dialog.show();
    CHECK(dialog.survivorId() == t.yazaki);

    click(child<QRadioButton>(dialog, u"survivor1"_s));
    CHECK(dialog.survivorId() == t.laptop);
    // The one that stays comes first, with its own values proposed.
    CHECK(child<QLabel>(dialog, u"recordTitle0"_s)->text() == t.store().title(RecordKind::Investor, t.laptop));
    CHECK(child<QRadioButton>(dialog, u"survivor0"_s)->isChecked());
    CHECK(child<QRadioButton>(dialog, u"pick_hq_city_0"_s)->isChecked());
    CHECK(child<QRadioButton>(dialog, u"pick_hq_city_0"_s)->text() == u"Hamamatsu"_s);

    click(child<QPushButton>(dialog, u"mergeButton"_s));
    INFO(dialog.errorText().toStdString());
    CHECK(dialog.result().survivorId == t.laptop);
    CHECK_FALSE(t.store().exists(RecordKind::Investor, t.yazaki));
    CHECK(t.field(t.laptop, u"hq_city"_s) == u"Hamamatsu"_s);
    CHECK(t.meetingInvestor() == t.laptop);
}

TEST_CASE("the merge dialog names each choice, hides the fields alike and states the links that move", "[ui][merge]")
{
    TwoYazakis t;
    MergeDialog dialog(t.sample.session(), RecordKind::Investor, {t.yazaki, t.laptop});
    dialog.show();
    auto *hamamatsu = child<QRadioButton>(dialog, u"pick_hq_city_1"_s);
    CHECK(hamamatsu->accessibleName().contains(u"Hamamatsu"_s));
    CHECK(hamamatsu->accessibleName().contains(u"Yazaki (laptop)"_s));
    CHECK_FALSE(child<QRadioButton>(dialog, u"survivor1"_s)->accessibleName().isEmpty());

    // Both are in Japan: the row waits behind the toggle.
    QLabel *country = child<QLabel>(dialog, u"fieldLabel_hq_country"_s);
    CHECK_FALSE(country->isVisible());
    click(child<QCheckBox>(dialog, u"showIdenticalFields"_s));
    CHECK(country->isVisible());
    CHECK(child<QLabel>(dialog, u"fieldLabel_hq_city"_s)->isVisible()); // differing rows always show

    CHECK(dialog.preview().linksToMove >= 1);
    CHECK(
        child<QLabel>(dialog, u"mergeLinksSummary"_s)->text().contains(QString::number(dialog.preview().linksToMove)));
}

TEST_CASE("a merge refused because a record went to the Trash meanwhile is shown and changes nothing", "[ui][merge]")
{
    TwoYazakis t;
    MergeDialog dialog(t.sample.session(), RecordKind::Investor, {t.yazaki, t.laptop});
    dialog.show();
    Records(*t.sample.session().database()).trash(RecordKind::Investor, t.laptop); // another window
    const QVariantMap before = t.store().get(RecordKind::Investor, t.yazaki);

    click(child<QRadioButton>(dialog, u"pick_hq_city_1"_s));
    click(child<QPushButton>(dialog, u"mergeButton"_s));
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(child<QWidget>(dialog, u"mergeError"_s)->isVisible());
    CHECK(t.stack().count() == 0);
    CHECK(t.store().get(RecordKind::Investor, t.yazaki) == before);
    CHECK(t.meetingInvestor() == t.laptop);
}

TEST_CASE("a merge refused because a record was edited in another window meanwhile changes nothing", "[ui][merge]")
{
    TwoYazakis t;
    MergeDialog dialog(t.sample.session(), RecordKind::Investor, {t.yazaki, t.laptop});
    dialog.show();
    Records(*t.sample.session().database())
        .update(RecordKind::Investor, t.laptop, {{u"hq_city"_s, u"Kosai"_s}}); // not on show here

    click(child<QRadioButton>(dialog, u"pick_hq_city_1"_s));
    click(child<QPushButton>(dialog, u"mergeButton"_s));
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(t.stack().count() == 0);
    CHECK(t.store().exists(RecordKind::Investor, t.laptop));
    CHECK(t.field(t.yazaki, u"hq_city"_s) == u"Tokyo"_s);
    CHECK(t.meetingInvestor() == t.laptop);
}

TEST_CASE("records core will not merge are refused before the dialog opens", "[ui][merge]")
{
    TwoYazakis t;
    QWidget window;
    MergeActions actions(t.sample.session(), &window);
    bool opened = false;
    QTimer::singleShot(0, qApp, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            opened = true;
            dialog->close();
        }
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions.mergeRecords(RecordKind::Investor, {t.yazaki, t.yazaki});
    QApplication::processEvents();
    CHECK_FALSE(opened);
    CHECK(MessageBox::lastText().contains(u"cannot be merged"_s));
    CHECK(t.stack().count() == 0);
}

TEST_CASE("an undo of a merge refused because the survivor was edited elsewhere is shown and dropped", "[ui][merge]")
{
    TwoYazakis t;
    MergeRequest request;
    request.kind = RecordKind::Investor;
    request.keepId = t.yazaki;
    request.otherIds = {t.laptop};
    REQUIRE_FALSE(MergeCommand::run(t.stack(), t.sample.session(), request));
    REQUIRE(t.stack().count() == 1);
    t.sample.clock().advanceSecs(60);
    // Another window edits the merged record: taking the merge back would lose that edit.
    Records(*t.sample.session().database()).update(RecordKind::Investor, t.yazaki, {{u"hq_city"_s, u"Kosai"_s}});
    QSignalSpy failed(&t.sample.session(), &DatabaseSession::commandFailed);

    t.stack().undo();
    QApplication::processEvents(); // the failure is told once the stack has finished
    REQUIRE(failed.count() == 1);
    const QString shown = failed.at(0).at(0).toString();
    CHECK(shown.contains(t.store().title(RecordKind::Investor, t.yazaki)));
    CHECK(t.stack().count() == 0); // off the history, not counted as undone
    CHECK_FALSE(t.stack().canRedo());
    CHECK_FALSE(t.store().exists(RecordKind::Investor, t.laptop));
    CHECK(t.field(t.yazaki, u"hq_city"_s) == u"Kosai"_s);
    CHECK(t.meetingInvestor() == t.yazaki);
}

TEST_CASE("merging asks for two records at least", "[ui][merge]")
{
    TwoYazakis t;
    QWidget window;
    MergeActions actions(t.sample.session(), &window);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions.mergeRecords(RecordKind::Investor, {t.yazaki});
    CHECK(MessageBox::lastText().contains(u"two or more"_s));
    CHECK(t.stack().count() == 0);
}

TEST_CASE("choosing a survivor core refuses keeps the table on show and says why", "[ui][merge]")
{
    TwoYazakis t;
    MergeDialog dialog(t.sample.session(), RecordKind::Investor, {t.yazaki, t.laptop});
    dialog.show();
    Records(*t.sample.session().database()).trash(RecordKind::Investor, t.laptop); // another window

    click(child<QRadioButton>(dialog, u"survivor1"_s));
    CHECK(dialog.survivorId() == t.yazaki);
    CHECK(child<QRadioButton>(dialog, u"survivor0"_s)->isChecked());
    CHECK_FALSE(child<QRadioButton>(dialog, u"survivor1"_s)->isChecked());
    CHECK_FALSE(dialog.errorText().isEmpty());
}

TEST_CASE("the values picked stay picked when the officer changes which record stays", "[ui][merge]")
{
    TwoYazakis t;
    MergeDialog dialog(t.sample.session(), RecordKind::Investor, {t.yazaki, t.laptop});
    dialog.show();
    click(child<QRadioButton>(dialog, u"pick_hq_city_1"_s)); // the laptop's Hamamatsu
    click(child<QRadioButton>(dialog, u"survivor1"_s));      // the laptop's record stays...
    REQUIRE(dialog.survivorId() == t.laptop);
    click(child<QRadioButton>(dialog, u"survivor1"_s)); // ...no, Yazaki Corporation after all
    REQUIRE(dialog.survivorId() == t.yazaki);

    CHECK(child<QRadioButton>(dialog, u"pick_hq_city_1"_s)->isChecked());
    CHECK(dialog.request().chosen.value(u"hq_city"_s).toString() == u"Hamamatsu"_s);
    CHECK(dialog.request().seen.size() == 2);
}
