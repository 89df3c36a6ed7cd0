#include "documents/timelineexport.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
using Kind = TimelineEventKind;

TimelineEvent event(Kind kind, const PartialDate &start, const QString &title, std::optional<PartialDate> end = {})
{
    TimelineEvent e;
    e.kind = kind;
    e.start = start;
    e.end = end;
    e.title = title;
    e.recordKind = kind == Kind::Meeting ? RecordKind::Meeting : RecordKind::Delegate;
    e.recordId = u"id-"_s + title;
    return e;
}

// A delegate's story with every grouping case: dates known to the day, the month or the year,
// closed and open spans, a deal's step back.
QList<TimelineEvent> story()
{
    TimelineEvent rabat = event(Kind::Meeting, QDate(1994, 5, 12), u"Meeting in Rabat"_s);
    rabat.role = u"host"_s;
    TimelineEvent tangier = event(Kind::Meeting, QDate(1994, 11, 2), u"Meeting in Tangier"_s);
    tangier.summary = u"Site options near the port"_s;
    TimelineEvent lead = event(Kind::StageChange, QDate(1996, 10, 15), u"Wire harness: Lead"_s);
    lead.recordKind = RecordKind::Deal;
    TimelineEvent onHold = event(Kind::StageChange, QDate(1997, 2, 1), u"Wire harness: On hold"_s);
    onHold.recordKind = RecordKind::Deal;
    onHold.setback = true;
    return {
        event(Kind::CareerPosition, PartialDate::ofMonth(1991, 3), u"Director, Ministry of Industry"_s,
              PartialDate::ofMonth(2009, 6)),
        event(Kind::Note, PartialDate::ofYear(1994), u"Known only to the year"_s),
        rabat,
        tangier,
        event(Kind::Stay, QDate(1996, 10, 14), u"Programme stay"_s, PartialDate(QDate(1996, 12, 8))),
        lead,
        onHold,
        event(Kind::Impact, QDate(1997, 2, 20), u"Jobs (announced): 1200"_s),
        event(Kind::CareerPosition, PartialDate::ofYear(2015), u"Adviser to the minister"_s),
    };
}

QString year(int y)
{
    return u"Y:"_s + PartialDate::ofYear(y).toDisplay();
}

QString month(int y, int m)
{
    return u"M:"_s + PartialDate::ofMonth(y, m).toDisplay();
}

// The rows as the list shows them: "Y:1994", "M:May 1994", "E:Meeting in Rabat".
QStringList rows(const TimelineModel &model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QString prefix = u"E:"_s;
        switch (index.data(TimelineModel::RowTypeRole).value<TimelineModel::RowType>()) {
        case TimelineModel::RowType::YearHeader:
            prefix = u"Y:"_s;
            break;
        case TimelineModel::RowType::MonthHeader:
            prefix = u"M:"_s;
            break;
        case TimelineModel::RowType::Event:
            break;
        }
        CHECK(model.isHeader(row) == (prefix != u"E:"_s));
        CHECK(index.data(TimelineModel::IsHeaderRole).toBool() == model.isHeader(row));
        CHECK((model.eventAt(row) == nullptr) == model.isHeader(row));
        shown << prefix + index.data().toString();
    }
    return shown;
}

QStringList titles(const QList<TimelineEvent> &events)
{
    QStringList list;
    for (const TimelineEvent &e : events) {
        list << e.title;
    }
    return list;
}

struct Fixture
{
    TimelineModel model{QDate(2026, 11, 29)};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    Fixture() { model.setEvents(story()); }

    int rowOfTitle(const QString &title) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (const TimelineEvent *e = model.eventAt(row); e && e->title == title) {
                return row;
            }
        }
        return -1;
    }
    QModelIndex indexOf(const QString &title) const { return model.index(rowOfTitle(title)); }
};
} // namespace

TEST_CASE("the timeline model groups events under year and month headers, newest first", "[ui][timeline]")
{
    Fixture f;
    CHECK(f.model.newestFirst());
    // Year-only events sit right under their year, before its months.
    CHECK(rows(f.model) == QStringList{year(2015), u"E:Adviser to the minister"_s, year(1997), month(1997, 2),
                                       u"E:Jobs (announced): 1200"_s, u"E:Wire harness: On hold"_s, year(1996),
                                       month(1996, 10), u"E:Wire harness: Lead"_s, u"E:Programme stay"_s, year(1994),
                                       u"E:Known only to the year"_s, month(1994, 11), u"E:Meeting in Tangier"_s,
                                       month(1994, 5), u"E:Meeting in Rabat"_s, year(1991), month(1991, 3),
                                       u"E:Director, Ministry of Industry"_s});
    // Headers count the events they head and cannot be selected.
    CHECK(f.model.index(0).data(TimelineModel::EventCountRole).toInt() == 1);
    CHECK(f.model.index(2).data(TimelineModel::EventCountRole).toInt() == 2);
    CHECK(f.model.index(10).data(TimelineModel::EventCountRole).toInt() == 3);
    CHECK_FALSE(f.model.flags(f.model.index(0)) & Qt::ItemIsSelectable);
    CHECK(f.model.flags(f.model.index(1)) & Qt::ItemIsSelectable);
    CHECK(f.model.visibleEvents().size() == 9);
}

TEST_CASE("the timeline model lists the oldest first on request, the year-only events still first in their year",
          "[ui][timeline]")
{
    Fixture f;
    f.model.setNewestFirst(false);
    CHECK(rows(f.model) == QStringList{year(1991), month(1991, 3), u"E:Director, Ministry of Industry"_s, year(1994),
                                       u"E:Known only to the year"_s, month(1994, 5), u"E:Meeting in Rabat"_s,
                                       month(1994, 11), u"E:Meeting in Tangier"_s, year(1996), month(1996, 10),
                                       u"E:Programme stay"_s, u"E:Wire harness: Lead"_s, year(1997), month(1997, 2),
                                       u"E:Wire harness: On hold"_s, u"E:Jobs (announced): 1200"_s, year(2015),
                                       u"E:Adviser to the minister"_s});
    // New events keep the chosen order.
    f.model.setEvents(story().mid(0, 3));
    CHECK(titles(f.model.visibleEvents()) ==
          QStringList{u"Director, Ministry of Industry"_s, u"Known only to the year"_s, u"Meeting in Rabat"_s});
}

TEST_CASE("the timeline model filters by kind, text and period", "[ui][timeline]")
{
    Fixture f;
    f.model.setKinds({Kind::Meeting});
    CHECK(rows(f.model) ==
          QStringList{year(1994), month(1994, 11), u"E:Meeting in Tangier"_s, month(1994, 5), u"E:Meeting in Rabat"_s});
    f.model.setKinds({Kind::StageChange, Kind::Impact});
    CHECK(titles(f.model.visibleEvents()) ==
          QStringList{u"Jobs (announced): 1200"_s, u"Wire harness: On hold"_s, u"Wire harness: Lead"_s});
    f.model.setKinds({});
    CHECK(f.model.visibleEvents().size() == 9);

    // Title, summary and role, folded: case and accents do not matter.
    f.model.setFilterText(u"PÖRT"_s);
    CHECK(titles(f.model.visibleEvents()) == QStringList{u"Meeting in Tangier"_s});
    f.model.setFilterText(u"host"_s);
    CHECK(titles(f.model.visibleEvents()) == QStringList{u"Meeting in Rabat"_s});
    f.model.setFilterText(u"wire hold"_s);
    CHECK(titles(f.model.visibleEvents()) == QStringList{u"Wire harness: On hold"_s});
    f.model.setFilterText(u"nothing like this"_s);
    CHECK(f.model.rowCount() == 0);
    f.model.setFilterText({});

    // Spans that overlap the period count, points only inside it.
    f.model.setPeriod(QDate(1996, 11, 1), QDate(1997, 1, 31));
    CHECK(titles(f.model.visibleEvents()) == QStringList{u"Programme stay"_s, u"Director, Ministry of Industry"_s});
    CHECK(f.model.filter().from == QDate(1996, 11, 1));
    f.model.setPeriod(QDate(2020, 1, 1), std::nullopt); // the open position reaches today
    CHECK(titles(f.model.visibleEvents()) == QStringList{u"Adviser to the minister"_s});
    f.model.setPeriod(std::nullopt, std::nullopt);
    CHECK(f.model.visibleEvents().size() == 9);
    CHECK(f.model.events().size() == 9); // the filter never drops events from the model
}

TEST_CASE("the timeline model says when and for how long", "[ui][timeline]")
{
    Fixture f;
    const QModelIndex ministry = f.indexOf(u"Director, Ministry of Industry"_s);
    CHECK(ministry.data(TimelineModel::DateTextRole).toString() ==
          PartialDate::ofMonth(1991, 3).toDisplay() + u" – "_s + PartialDate::ofMonth(2009, 6).toDisplay());
    CHECK(ministry.data(TimelineModel::SpanLengthRole).toString().startsWith(u"18 year"_s));
    CHECK_FALSE(ministry.data(TimelineModel::OpenSpanRole).toBool());

    // An open span lasts until the model's today.
    const QModelIndex adviser = f.indexOf(u"Adviser to the minister"_s);
    CHECK(adviser.data(TimelineModel::DateTextRole).toString() == u"since "_s + PartialDate::ofYear(2015).toDisplay());
    CHECK(adviser.data(TimelineModel::SpanLengthRole).toString().startsWith(u"11 year"_s));
    CHECK(adviser.data(TimelineModel::OpenSpanRole).toBool());
    f.model.setToday(QDate(2030, 6, 1));
    CHECK(adviser.data(TimelineModel::SpanLengthRole).toString().startsWith(u"15 year"_s));

    const QModelIndex stay = f.indexOf(u"Programme stay"_s);
    CHECK(stay.data(TimelineModel::SpanLengthRole).toString().startsWith(u"8 week"_s));
    CHECK(timelineSpanText(event(Kind::Mission, QDate(2024, 5, 1), {}, PartialDate(QDate(2024, 5, 3))), {})
              .startsWith(u"3 day"_s));
    CHECK(timelineSpanText(event(Kind::Mission, QDate(2024, 1, 10), {}, PartialDate(QDate(2024, 4, 20))), {})
              .startsWith(u"3 month"_s));
    CHECK(timelineSpanText(event(Kind::Stay, PartialDate::ofYear(1994), {}, PartialDate::ofMonth(1996, 3)), {})
              .startsWith(u"2 year"_s));

    // Points have a date and no length.
    const QModelIndex rabat = f.indexOf(u"Meeting in Rabat"_s);
    CHECK(rabat.data(TimelineModel::DateTextRole).toString() == PartialDate(QDate(1994, 5, 12)).toDisplay());
    CHECK(rabat.data(TimelineModel::SpanLengthRole).toString().isEmpty());
    CHECK(rabat.data(TimelineModel::KindRole).value<TimelineEventKind>() == Kind::Meeting);
    CHECK(rabat.data(TimelineModel::RecordKindRole).value<RecordKind>() == RecordKind::Meeting);
    CHECK(rabat.data(TimelineModel::RecordIdRole).toString() == u"id-Meeting in Rabat"_s);
    CHECK(rabat.data(TimelineModel::RoleTextRole).toString() == u"host"_s);
    CHECK(f.indexOf(u"Meeting in Tangier"_s).data(TimelineModel::SummaryRole).toString() ==
          u"Site options near the port"_s);
    CHECK(f.indexOf(u"Wire harness: On hold"_s).data(TimelineModel::SetbackRole).toBool());
    CHECK_FALSE(f.indexOf(u"Wire harness: Lead"_s).data(TimelineModel::SetbackRole).toBool());
}

TEST_CASE("the timeline model finds an event again after a reset", "[ui][timeline]")
{
    Fixture f;
    const TimelineEvent rabat = *f.model.eventAt(f.rowOfTitle(u"Meeting in Rabat"_s));
    f.model.setNewestFirst(false);
    CHECK(f.model.rowOf(rabat) == f.rowOfTitle(u"Meeting in Rabat"_s));
    f.model.setKinds({Kind::Note});
    CHECK(f.model.rowOf(rabat) == -1);
}

TEST_CASE("ten thousand events filter by text without a database", "[ui][timeline]")
{
    QList<TimelineEvent> many;
    many.reserve(10000);
    const QStringList places{u"Rabat"_s, u"Tangier"_s, u"Kenitra"_s, u"Meknès"_s, u"東京"_s};
    for (int i = 0; i < 10000; ++i) {
        TimelineEvent e = event(i % 3 == 0 ? Kind::Meeting : Kind::Note, QDate(1990, 1, 1).addDays(i * 3),
                                u"Event %1 in %2"_s.arg(i).arg(places.at(i % places.size())));
        e.recordId = QString::number(i);
        many << e;
    }
    TimelineModel model(QDate(2026, 11, 29));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEvents(many);
    CHECK(model.visibleEvents().size() == 10000);
    CHECK(model.rowCount() > 10000); // with the year and month headers

    model.setFilterText(u"meknes"_s);
    CHECK(model.visibleEvents().size() == 2000);
    model.setFilterText(u"東京"_s);
    CHECK(model.visibleEvents().size() == 2000);
    model.setKinds({Kind::Meeting});
    // A meeting (i % 3 == 0) in Tokyo (i % 5 == 4): i % 15 == 9.
    CHECK(model.visibleEvents().size() == 667);
    for (const TimelineEvent &e : model.visibleEvents()) {
        CHECK(e.recordId.toInt() % 15 == 9);
    }
    model.setKinds({});
    model.setFilterText(u"event 9999 "_s);
    REQUIRE(model.visibleEvents().size() == 1);
    CHECK(model.visibleEvents().first().recordId == u"9999"_s);
    model.setFilterText({});
    CHECK(model.visibleEvents().size() == 10000);
}
