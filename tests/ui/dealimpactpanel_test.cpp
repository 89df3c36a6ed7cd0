#include "samplesession.h"
#include "views/dealimpactpanel.h"
#include "views/delegateimpactpanel.h"
#include "views/storypane.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
struct Fixture
{
    Fixture() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    // The locale the other tests run in (not C, whose numbers have no group separators).
    ~Fixture() { QLocale::setDefault(previous); }

    QLocale previous;

    test::SampleSession sample;
    DealImpactPanel panel{sample.session()};
    QAbstractItemModelTester tester{panel.table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
    QString yazakiDeal = sample.idOf(RecordKind::Deal, u"title"_s, u"Wire-harness plants, Morocco"_s);

    QString cell(int row, int column) const
    {
        const QTableWidgetItem *item = panel.table()->item(row, column);
        return item ? item->text() : QString();
    }
    QStringList column(int column) const
    {
        QStringList texts;
        for (int r = 0; r < panel.table()->rowCount(); ++r) {
            texts << cell(r, column);
        }
        return texts;
    }
};

// Plain text keeps the labels' non-breaking spaces; the tests read ordinary ones.
QString spaced(QString text)
{
    return text.replace(QChar::Nbsp, u' ');
}
} // namespace

TEST_CASE("the deal panel shows each indicator by status, and realised against announced", "[ui][dealimpact]")
{
    Fixture f;
    f.panel.showDeal(f.yazakiDeal);
    QTableWidget *table = f.panel.table();
    REQUIRE(table->rowCount() == 5);
    CHECK(table->horizontalHeaderItem(DealImpactPanel::RatioColumn)->text() == u"Realised /\nannounced"_s);
    CHECK(f.column(DealImpactPanel::IndicatorColumn) == QStringList{u"Capital expenditure"_s, u"Direct jobs"_s,
                                                                    u"Jobs held by women"_s, u"Local managers"_s,
                                                                    u"Local suppliers"_s});
    CHECK(f.cell(0, DealImpactPanel::PlannedColumn) == u"60,000,000 USD\n1999-06"_s);
    CHECK(f.cell(0, DealImpactPanel::AnnouncedColumn) == u"100,000,000 USD\n2000-04"_s);
    CHECK(f.cell(0, DealImpactPanel::RealisedColumn) == u"250,000,000 USD\n2020-12"_s);
    // Jobs were counted in 2005 and 2020: the 2020 count stands, 12,500 of 3,000 announced.
    CHECK(f.cell(1, DealImpactPanel::RealisedColumn) == u"12,500\n2020-12"_s);
    CHECK(f.column(DealImpactPanel::RatioColumn) ==
          QStringList{u"250 %"_s, u"417 %"_s, u"450 %"_s, u"nothing announced"_s, u"nothing announced"_s});
    CHECK(f.cell(3, DealImpactPanel::AnnouncedColumn).isEmpty());
    // The tooltip gives the whole as-of date, as every date is shown (the locale's, year in full).
    const QString tip = table->item(1, DealImpactPanel::RealisedColumn)->toolTip();
    CHECK(tip.startsWith(u"Realised: 12,500 as of "_s));
    CHECK(tip.endsWith(u"31/12/2020"_s));
}

TEST_CASE("the deal panel sums up the stage path and names the credited delegates and missions", "[ui][dealimpact]")
{
    Fixture f;
    f.panel.showDeal(f.yazakiDeal);
    const QString stages = spaced(f.panel.stagesText());
    CHECK(stages.startsWith(u"Stages Lead October 1996 → Contacted November 1996 → Visit / mission March 1999 → "_s));
    CHECK(stages.endsWith(u"→ Operational March 2002 → Aftercare / expansion January 2008"_s));
    CHECK_FALSE(stages.contains(u"↩"_s));
    const QString credits = spaced(f.panel.creditsText());
    CHECK(credits.startsWith(u"Credited "_s));
    // The delegate once with his three roles, then the mission: names, not ids.
    CHECK(credits.contains(u"Hassani (Promotion, Facilitation, Implementation support) · "_s));
    CHECK(credits.endsWith(u"Yazaki investor mission to Morocco, March 1999 (Facilitation)"_s));
    CHECK_FALSE(credits.contains(f.sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s)));

    QSignalSpy open(&f.panel, &DealImpactPanel::openRecordRequested);
    auto *label = f.panel.findChild<QLabel *>(u"dealCredits"_s);
    const QString mission =
        f.sample.idOf(RecordKind::Mission, u"title"_s, u"Yazaki investor mission to Morocco, March 1999"_s);
    REQUIRE(label->text().contains(u"mission/"_s + mission));
    Q_EMIT label->linkActivated(u"mission/"_s + mission);
    REQUIRE(open.size() == 1);
    CHECK(open[0][0].value<RecordKind>() == RecordKind::Mission);
    CHECK(open[0][1].toString() == mission);
}

TEST_CASE("a saved deal shows its setbacks and new figures at once", "[ui][dealimpact]")
{
    Fixture f;
    const QString aomine =
        f.sample.idOf(RecordKind::Deal, u"title"_s, u"Solar PV module assembly line, Upper Egypt (fictional)"_s);
    f.panel.showDeal(aomine);
    // Lead, contacted, negotiation, then on hold: the pause is a setback.
    CHECK(spaced(f.panel.stagesText()).endsWith(u"Negotiation April 2026 → ↩ On hold August 2026"_s));
    REQUIRE(f.panel.table()->rowCount() == 2);
    CHECK(f.cell(0, DealImpactPanel::RatioColumn) == u"planned only"_s);

    QVariantMap deal = f.sample.store().get(RecordKind::Deal, aomine);
    QVariantList impact = deal.value(u"impact"_s).toList();
    impact << QVariantMap{{u"indicator"_s, u"capex"_s},
                          {u"status"_s, u"announced"_s},
                          {u"value"_s, u"40000000.00"_s},
                          {u"currency"_s, u"USD"_s},
                          {u"as_of"_s, u"2026-08-20"_s}}
           << QVariantMap{{u"indicator"_s, u"capex"_s},
                          {u"status"_s, u"realised"_s},
                          {u"value"_s, u"9500000.00"_s},
                          {u"currency"_s, u"EUR"_s},
                          {u"as_of"_s, u"2026-11-01"_s}};
    f.sample.store().update(RecordKind::Deal, aomine, {{u"impact"_s, impact}});
    Q_EMIT f.sample.session().recordsChanged();
    CHECK(f.cell(0, DealImpactPanel::AnnouncedColumn) == u"40,000,000 USD\n2026-08"_s);
    CHECK(f.cell(0, DealImpactPanel::RatioColumn) == u"EUR vs USD, not converted"_s);
}

TEST_CASE("the deal panel hides what a deal does not have", "[ui][dealimpact]")
{
    Fixture f;
    const QString lost =
        f.sample.idOf(RecordKind::Deal, u"title"_s, u"Aero-structure machining workshop, Cairo (fictional)"_s);
    f.panel.showDeal(lost);
    CHECK_FALSE(f.panel.isEmpty());
    CHECK(f.panel.table()->isHidden()); // a lost deal without figures: no empty table
    CHECK(spaced(f.panel.stagesText()).endsWith(u"→ ↩ Lost July 2026"_s));
    f.panel.showDeal(QString());
    CHECK(f.panel.isEmpty());
    CHECK(f.panel.stagesText().isEmpty());
    CHECK(f.panel.creditsText().isEmpty());
    CHECK(f.panel.table()->rowCount() == 0);
}

TEST_CASE("the story pane of a deal starts with the deal panel, an investor's does not", "[ui][dealimpact][story]")
{
    Fixture f;
    StoryPane story(f.sample.session());
    story.showRecord(RecordKind::Deal, f.yazakiDeal);
    CHECK(story.dealImpact()->isVisibleTo(&story));
    CHECK_FALSE(story.impact()->isVisibleTo(&story));
    CHECK(story.dealImpact()->dealId() == f.yazakiDeal);
    CHECK(story.dealImpact()->table()->rowCount() == 5);

    story.showRecord(RecordKind::Investor,
                     f.sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s));
    CHECK_FALSE(story.dealImpact()->isVisibleTo(&story));
    CHECK(story.dealImpact()->dealId().isEmpty());

    story.showRecord(RecordKind::Delegate, f.sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s));
    CHECK_FALSE(story.dealImpact()->isVisibleTo(&story));
    CHECK(story.impact()->isVisibleTo(&story));
}
