#include "domain/dateformat.h"
#include "formtesting.h"
#include "models/timelinemodel.h"
#include "samplesession.h"
#include "views/timelineview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using crm::test::forms::child;
using crm::test::forms::typeText;

namespace {
struct Fixture
{
    test::SampleSession sample;
    QString hassani = sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    QString yazakiDeal = sample.idOf(RecordKind::Deal, u"title"_s, u"Wire-harness plants, Morocco"_s);
    TimelineView view{sample.session()};
    QListView *list = child<QListView>(view, u"timelineList"_s);
    QLineEdit *filter = child<QLineEdit>(view, u"timelineFilter"_s);
    QAbstractItemModelTester tester{list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal};

    Fixture()
    {
        view.resize(1000, 700);
        view.showDelegate(hassani);
    }

    TimelineModel *model() const { return view.model(); }
    bool listShown() const { return child<QStackedWidget>(view, u"timelineStack"_s)->currentWidget() == list; }
    QString emptyText() const { return child<QLabel>(view, u"timelineEmpty"_s)->text(); }
    QModelIndex rowWhere(const std::function<bool(const TimelineEvent &)> &wanted) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (const TimelineEvent *e = model()->eventAt(row); e && wanted(*e)) {
                return model()->index(row);
            }
        }
        return {};
    }
};

bool mentions(const TimelineEvent &e, const QString &text)
{
    return QString(e.title + u' ' + e.summary + u' ' + e.role).contains(text, Qt::CaseInsensitive);
}
} // namespace

TEST_CASE("the timeline view shows a delegate's whole story", "[ui][timeline]")
{
    Fixture f;
    const QList<TimelineEvent> expected = Timeline(*f.sample.session().database()).forDelegate(f.hassani);
    REQUIRE(!expected.isEmpty());
    CHECK(f.view.subjectKind() == RecordKind::Delegate);
    CHECK(f.view.subjectId() == f.hassani);
    CHECK(f.view.events().size() == expected.size());
    CHECK(f.view.visibleEvents().size() == expected.size());
    CHECK(f.listShown());
    CHECK(f.model()->isHeader(0)); // the newest year heads the list
    CHECK(f.model()->today() == QDate(2026, 11, 29));
    CHECK(child<QLabel>(f.view, u"timelineCount"_s)->text() == u"%1 events"_s.arg(expected.size()));
}

TEST_CASE("typing in the timeline filter narrows the list at once", "[ui][timeline]")
{
    Fixture f;
    QSignalSpy visible(&f.view, &TimelineView::visibleEventsChanged);
    QSignalSpy reread(&f.view, &TimelineView::eventsChanged);
    const qsizetype all = f.view.events().size();
    typeText(f.filter, u"TANGER"_s);
    CHECK(visible.count() == 6); // one filter per key
    CHECK(reread.count() == 0);  // and no database read
    const QList<TimelineEvent> shown = f.view.visibleEvents();
    REQUIRE(!shown.isEmpty());
    CHECK(shown.size() < all);
    for (const TimelineEvent &e : shown) {
        INFO(e.title.toStdString());
        CHECK(mentions(e, u"tanger"_s));
    }
    CHECK(child<QLabel>(f.view, u"timelineCount"_s)->text().startsWith(u"%1 of %2"_s.arg(shown.size()).arg(all)));

    QTest::keyClicks(f.filter, u" nothing-like-this"_s);
    CHECK(f.view.visibleEvents().isEmpty());
    CHECK_FALSE(f.listShown());
    CHECK(f.emptyText() == u"No events match the filter"_s);

    f.filter->clear();
    CHECK(f.view.visibleEvents().size() == all);
    CHECK(f.listShown());
}

TEST_CASE("deals only leaves the deal's stage changes and impact figures", "[ui][timeline]")
{
    Fixture f;
    child<QAction>(f.view, u"timelineDealsOnly"_s)->trigger();
    const QList<TimelineEvent> shown = f.view.visibleEvents();
    REQUIRE(!shown.isEmpty());
    for (const TimelineEvent &e : shown) {
        CHECK((e.kind == TimelineEventKind::StageChange || e.kind == TimelineEventKind::Impact));
        CHECK(e.recordKind == RecordKind::Deal);
    }
    CHECK(child<QPushButton>(f.view, u"timelineKinds"_s)->text() == u"Deals only"_s);
    CHECK(child<QAction>(f.view, u"timelineKind_stage_change"_s)->isChecked());
    CHECK_FALSE(child<QAction>(f.view, u"timelineKind_meeting"_s)->isChecked());

    // Ticking one more kind adds it; all kinds again brings everything back.
    child<QAction>(f.view, u"timelineKind_meeting"_s)->trigger();
    CHECK(f.model()->filter().kinds == QSet<TimelineEventKind>{TimelineEventKind::StageChange,
                                                               TimelineEventKind::Impact, TimelineEventKind::Meeting});
    child<QAction>(f.view, u"timelineAllKinds"_s)->trigger();
    CHECK(f.view.visibleEvents().size() == f.view.events().size());
    CHECK(child<QPushButton>(f.view, u"timelineKinds"_s)->text() == u"All kinds"_s);
}

TEST_CASE("a double-click or Enter on a Yazaki stage change asks to open the deal", "[ui][timeline]")
{
    Fixture f;
    f.view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.view));
    f.view.showDealsOnly();
    QSignalSpy opened(&f.view, &TimelineView::openRecordRequested);
    const QModelIndex stage = f.rowWhere(
        [&](const TimelineEvent &e) { return e.kind == TimelineEventKind::StageChange && e.recordId == f.yazakiDeal; });
    REQUIRE(stage.isValid());
    f.list->scrollTo(stage);
    const QPoint centre = f.list->visualRect(stage).center();

    QTest::mouseClick(f.list->viewport(), Qt::LeftButton, {}, centre);
    CHECK(opened.isEmpty()); // a click only selects
    CHECK(f.list->currentIndex() == stage);

    QTest::mouseDClick(f.list->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).value<RecordKind>() == RecordKind::Deal);
    CHECK(opened.at(0).at(1).toString() == f.yazakiDeal);

    f.list->setFocus();
    QTest::keyClick(f.list, Qt::Key_Return);
    REQUIRE(opened.count() == 2);
    CHECK(opened.at(1).at(1).toString() == f.yazakiDeal);

    // A header opens nothing.
    f.list->setCurrentIndex(f.model()->index(0));
    QTest::mouseDClick(f.list->viewport(), Qt::LeftButton, {}, f.list->visualRect(f.model()->index(0)).center());
    CHECK(opened.count() == 2);
}

TEST_CASE("the timeline view filters by period and order", "[ui][timeline]")
{
    Fixture f;
    f.view.setPeriod(QDate(1999, 1, 1), QDate(1999, 12, 31));
    CHECK(child<QLineEdit>(f.view, u"timelineFrom"_s)->text() == formatDate(QDate(1999, 1, 1)));
    CHECK(child<QLineEdit>(f.view, u"timelineTo"_s)->text() == formatDate(QDate(1999, 12, 31)));
    REQUIRE(!f.view.visibleEvents().isEmpty());
    for (const TimelineEvent &e : f.view.visibleEvents()) {
        CHECK(e.start.first() <= QDate(1999, 12, 31));
        CHECK(e.lastDay(QDate(2026, 11, 29)) >= QDate(1999, 1, 1));
    }

    // The officer types a period: half a date changes nothing, a whole one filters.
    f.view.setPeriod(std::nullopt, std::nullopt);
    QSignalSpy edited(&f.view, &TimelineView::periodEdited);
    auto *from = child<QLineEdit>(f.view, u"timelineFrom"_s);
    QTest::keyClicks(from, u"2003-0"_s);
    CHECK(f.view.visibleEvents().size() == f.view.events().size());
    QTest::keyClicks(from, u"1-01"_s);
    CHECK(f.model()->filter().from == QDate(2003, 1, 1));
    CHECK(edited.count() >= 1);
    for (const TimelineEvent &e : f.view.visibleEvents()) {
        CHECK(e.lastDay(QDate(2026, 11, 29)) >= QDate(2003, 1, 1));
    }
    f.view.setPeriod(std::nullopt, std::nullopt);

    auto *order = child<QToolButton>(f.view, u"timelineNewestFirst"_s);
    CHECK(f.model()->newestFirst());
    CHECK(order->text() == u"Newest first"_s);
    QTest::mouseClick(order, Qt::LeftButton);
    CHECK_FALSE(f.model()->newestFirst());
    CHECK(order->text() == u"Oldest first"_s);
    const QList<TimelineEvent> oldest = f.view.visibleEvents();
    REQUIRE(oldest.size() > 1);
    CHECK(!(oldest.last().start < oldest.first().start));
    CHECK(f.view.events().first().start ==
          Timeline(*f.sample.session().database()).forDelegate(f.hassani).first().start);
}

TEST_CASE("the timeline view re-reads after an edit and keeps the selected event", "[ui][timeline]")
{
    Fixture f;
    f.view.show();
    const QModelIndex meeting = f.rowWhere([](const TimelineEvent &e) { return e.kind == TimelineEventKind::Meeting; });
    REQUIRE(meeting.isValid());
    const TimelineEvent chosen = *f.model()->eventAt(meeting.row());
    f.list->setCurrentIndex(meeting);
    QSignalSpy reread(&f.view, &TimelineView::eventsChanged);

    // A new note about him comes out on top; the meeting stays the current event.
    f.sample.store().create(RecordKind::Note, {{u"body"_s, u"Called about the Meknes site"_s},
                                               {u"author_id"_s, f.sample.officerId()},
                                               {u"written_at"_s, u"2026-11-29T09:00:00.000Z"_s},
                                               {u"linked_kind"_s, u"delegate"_s},
                                               {u"linked_id"_s, f.hassani}});
    Q_EMIT f.sample.session().recordsChanged();
    CHECK(reread.count() == 1);
    CHECK(f.view.visibleEvents().size() == f.view.events().size());
    const TimelineEvent *current = f.model()->eventAt(f.list->currentIndex().row());
    REQUIRE(current);
    CHECK(current->recordId == chosen.recordId);
    CHECK(current->title == chosen.title);
    CHECK(f.rowWhere([](const TimelineEvent &e) { return e.title == u"Called about the Meknes site"_s; }).isValid());
}

TEST_CASE("the timeline view asks to add a note, a follow-up or a meeting about its subject", "[ui][timeline]")
{
    Fixture f;
    QSignalSpy added(&f.view, &TimelineView::addRequested);
    child<QAction>(f.view, u"timelineAddNote"_s)->trigger();
    child<QAction>(f.view, u"timelineAddFollowUp"_s)->trigger();
    child<QAction>(f.view, u"timelineAddMeeting"_s)->trigger();
    REQUIRE(added.count() == 3);
    CHECK(added.at(0).at(0).value<RecordKind>() == RecordKind::Note);
    CHECK(added.at(1).at(0).value<RecordKind>() == RecordKind::FollowUp);
    CHECK(added.at(2).at(0).value<RecordKind>() == RecordKind::Meeting);

    // With no subject there is nothing to add to, and the list says so.
    f.view.showRecord(RecordKind::Note, u"whatever"_s);
    CHECK_FALSE(f.view.subjectKind().has_value());
    CHECK(f.view.events().isEmpty());
    CHECK_FALSE(child<QPushButton>(f.view, u"timelineAdd"_s)->isEnabled());
    CHECK_FALSE(f.listShown());
    CHECK(!f.emptyText().isEmpty());
}

TEST_CASE("the keyboard moves from event to event over the year and month headers", "[ui][timeline]")
{
    Fixture f;
    f.view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.view));
    f.list->setFocus();
    REQUIRE(f.model()->isHeader(0));
    f.list->setCurrentIndex(f.model()->index(2));
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(f.list, Qt::Key_Down);
        CHECK_FALSE(f.model()->isHeader(f.list->currentIndex().row()));
    }
    CHECK(f.list->currentIndex().row() > 12);
    QTest::keyClick(f.list, Qt::Key_End);
    CHECK(f.list->currentIndex().row() == f.model()->rowCount() - 1);
    QTest::keyClick(f.list, Qt::Key_PageUp);
    CHECK(f.list->currentIndex().row() < f.model()->rowCount() - 1);
    CHECK_FALSE(f.model()->isHeader(f.list->currentIndex().row()));
    QTest::keyClick(f.list, Qt::Key_Home);
    int first = 0;
    while (f.model()->isHeader(first)) {
        ++first;
    }
    CHECK(first == 2); // under the headers of 2026 and of September 2026
    CHECK(f.list->currentIndex().row() == first);
    QTest::keyClick(f.list, Qt::Key_PageDown);
    CHECK(f.list->currentIndex().row() > 1);
    CHECK_FALSE(f.model()->isHeader(f.list->currentIndex().row()));
}

TEST_CASE("open spans last until the database clock's day from the start, not the computer's", "[ui][timeline][clock]")
{
    test::SampleSession sample;
    sample.clock().set(QDateTime(QDate(2041, 3, 15), QTime(9, 0), Qt::UTC));
    TimelineView view(sample.session());
    CHECK(view.model()->today() == QDate(2041, 3, 15));
    view.showDelegate(sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s));
    CHECK(view.model()->today() == QDate(2041, 3, 15));
}
