#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "forms/dateedit.h"
#include "forms/instantedit.h"
#include "forms/recordform.h"
#include "formtesting.h"
#include "models/followupmodel.h"
#include "models/historymodel.h"
#include "models/recordlistmodel.h"
#include "models/timelinemodel.h"
#include "models/trashmodel.h"
#include "services/timeline.h"

#include <QDateTimeEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
// Runs a test in American English, the locale whose short dates have two-digit years.
struct AmericanLocale
{
    AmericanLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~AmericanLocale() { QLocale::setDefault(QLocale::system()); } // the locale the other tests run in
};

const QRegularExpression americanDate(u"\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b"_s);
const QRegularExpression twoDigitYear(u"\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b"_s);
const QRegularExpression isoDate(u"\\d{4}-\\d{2}-\\d{2}"_s);

// Every display text of a column: each must hold a date written the locale's way, in full.
void checkDates(const QAbstractItemModel &model, int column)
{
    REQUIRE(model.rowCount() > 0);
    int dated = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = model.index(row, column).data().toString();
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(isoDate));
        CHECK_FALSE(text.contains(twoDigitYear));
        dated += text.contains(americanDate) ? 1 : 0;
    }
    CHECK(dated > 0);
}
} // namespace

TEST_CASE("lists show dates in the locale's way with four-digit years, never ISO", "[ui][dates]")
{
    AmericanLocale american;
    SampleForms sample;

    FollowUpModel followUps(sample.session());
    followUps.setShowDone(true);
    checkDates(followUps, FollowUpModel::DueColumn);
    const QString jobsFigures = u"Collect 2025 realised jobs figures for the Yazaki plants from AMDIE"_s;
    bool found = false;
    for (int row = 0; row < followUps.rowCount(); ++row) {
        if (followUps.index(row, FollowUpModel::TitleColumn).data().toString() == jobsFigures) {
            CHECK(followUps.index(row, FollowUpModel::DueColumn).data().toString() == u"3/31/2026"_s);
            found = true;
        }
    }
    CHECK(found);

    RecordListModel missions(sample.session(), RecordKind::Mission);
    int dateColumn = -1;
    for (int c = 0; c < missions.columnCount(); ++c) {
        if (missions.index(0, c).data().toString().contains(americanDate)) {
            dateColumn = c;
        }
        CHECK_FALSE(missions.index(0, c).data().toString().contains(twoDigitYear));
    }
    CHECK(dateColumn >= 0);

    const QString yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    HistoryModel history;
    const Records records = recordsOf(sample.session());
    history.setRecord(&records, RecordKind::Investor, yazaki);
    checkDates(history, HistoryModel::WhenColumn);

    REQUIRE_FALSE(
        CommandRunner::apply(*sample.session().undoStack(),
                             std::make_unique<TrashRecordCommand>(sample.session(), RecordKind::Investor, yazaki,
                                                                  TrashRecordCommand::Direction::ToTrash)));
    TrashModel trash(sample.session());
    trash.refresh();
    checkDates(trash, TrashModel::DeletedAtColumn);
}

TEST_CASE("the timeline writes its days the locale's way with four-digit years", "[ui][dates]")
{
    AmericanLocale american;
    TimelineModel model(QDate(2026, 11, 29));
    TimelineEvent meeting;
    meeting.kind = TimelineEventKind::Meeting;
    meeting.start = PartialDate(QDate(2026, 9, 30));
    meeting.title = u"Meeting"_s;
    TimelineEvent founded;
    founded.kind = TimelineEventKind::Meeting;
    founded.start = PartialDate::ofMonth(1995, 3);
    founded.title = u"Founded"_s;
    model.setEvents({meeting, founded});
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts << model.index(row).data(TimelineModel::DateTextRole).toString();
    }
    INFO(texts.join(u" | "_s).toStdString());
    CHECK(texts.contains(u"9/30/2026"_s));
    CHECK(texts.contains(u"March 1995"_s));
}

TEST_CASE("a date field takes the locale's short date and ISO, and shows what it read", "[ui][dates][forms]")
{
    AmericanLocale american;
    SampleForms sample;
    RecordForm form(RecordKind::Mission, sample.session());
    form.setRecord(sample.store().get(RecordKind::Mission, sample.idsOf(RecordKind::Mission).first()));
    form.show();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    auto *end = child<DateEdit>(form, u"end_date"_s);
    CHECK(end->text().contains(americanDate)); // a stored date is shown the locale's way

    const auto type = [&](const QString &text) {
        end->setFocus();
        end->clear();
        QTest::keyClicks(end, text);
        QTest::keyClick(end, Qt::Key_Tab);
    };
    type(u"9/30/2026"_s);
    CHECK(end->text() == u"9/30/2026"_s);
    CHECK(form.value().value(u"end_date"_s) == u"2026-09-30"_s);
    type(u"2099-01-02"_s);
    CHECK(end->text() == u"1/2/2099"_s);
    CHECK(form.value().value(u"end_date"_s) == u"2099-01-02"_s);
    type(u"9/30/26"_s); // the locale's own short form, two-digit year
    CHECK(end->text() == u"9/30/2026"_s);
    CHECK(form.value().value(u"end_date"_s) == u"2026-09-30"_s);
    CHECK(form.validate());

    type(u"next tuesday"_s);
    CHECK(end->text() == u"next tuesday"_s); // kept as typed, for the officer to correct
    CHECK_FALSE(form.validate());
    QLabel *error = errorLabel(form, u"end_date"_s);
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(u"End date"_s));
}

TEST_CASE("a date-and-time field shows the locale's day with the year in full and reads it back", "[ui][dates][forms]")
{
    AmericanLocale american;
    const QString iso = QDateTime(QDate(2026, 9, 30), QTime(14, 5)).toUTC().toString(Qt::ISODateWithMs);
    const QString shown = InstantEdit::localText(iso);
    CHECK(shown.startsWith(u"9/30/2026 "_s));
    CHECK(InstantEdit::isoFromText(shown) == iso);
    CHECK(InstantEdit::isoFromText(u"2026-09-30 14:05"_s) == iso); // ISO as before

    SampleForms sample;
    RecordForm form(RecordKind::Meeting, sample.session());
    auto *starts = child<QDateTimeEdit>(form, u"starts_at"_s);
    CHECK(starts->displayFormat().contains(u"yyyy"_s));
    CHECK(starts->displayFormat().startsWith(u"M/d/yyyy"_s));
}
