#include "models/crediteddealsmodel.h"
#include "samplesession.h"
#include "views/delegateimpactpanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
struct Fixture
{
    Fixture() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~Fixture() { QLocale::setDefault(QLocale::system()); } // c() would drop group separators for later tests

    test::SampleSession sample;
    DelegateImpactPanel panel{sample.session()};
    QAbstractItemModelTester tester{panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
    QString hassani = sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    QString yazakiDeal = sample.idOf(RecordKind::Deal, u"title"_s, u"Wire-harness plants, Morocco"_s);

    QString label(const char *name) const { return panel.findChild<QLabel *>(QString::fromLatin1(name))->text(); }
};
} // namespace

TEST_CASE("the impact panel lists a delegate's credited deals and sums their figures once", "[ui][impact]")
{
    Fixture f;
    f.panel.showDelegate(f.hassani);
    CreditedDealsModel *model = f.panel.model();
    REQUIRE(model->rowCount() == 2);
    const QModelIndex yazaki = model->index(1, CreditedDealsModel::DealColumn);
    CHECK(yazaki.data().toString() == u"Wire-harness plants, Morocco"_s);
    CHECK(model->index(1, CreditedDealsModel::StageColumn).data().toString() == u"Aftercare / expansion"_s);
    CHECK(model->index(1, CreditedDealsModel::CountryColumn).data().toString() == u"Morocco"_s);
    CHECK(model->index(1, CreditedDealsModel::RolesColumn).data().toString() ==
          u"Promotion, Facilitation, Implementation support"_s);
    CHECK(model->index(1, CreditedDealsModel::JobsColumn).data().toString() == u"12,500 / 3,000"_s);
    CHECK(model->index(1, CreditedDealsModel::CapexColumn).data().toString() == u"250 M USD / 100 M USD"_s);
    CHECK(model->index(0, CreditedDealsModel::CapexColumn).data().toString() == u"– / 4.5 bn JPY"_s);
    CHECK(model->index(0, CreditedDealsModel::JobsColumn).data().toString() == u"– / 350"_s);
    CHECK(model->index(1, CreditedDealsModel::InvestorColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(u"Promotion, Facilitation, Implementation support"_s));

    CHECK(f.label("impactDeals").contains(u">2<"_s));
    CHECK(f.label("impactJobs").contains(u"12,500"_s));
    CHECK(f.label("impactJobs").contains(u"announced: 3,350"_s));
    CHECK(f.label("impactCapex").contains(u"250,000,000.00 USD"_s));
    CHECK(f.label("impactCapex").contains(u"4,500,000,000 JPY + 100,000,000.00 USD"_s));
}

TEST_CASE("activating a credited deal asks to open it, and edits show at once", "[ui][impact]")
{
    Fixture f;
    f.panel.resize(900, 400);
    f.panel.show();
    f.panel.showDelegate(f.hassani);
    auto *table = f.panel.findChild<QTableView *>(u"creditedDeals"_s);
    QSignalSpy open(&f.panel, &DelegateImpactPanel::openRecordRequested);
    table->setFocus();
    table->setCurrentIndex(f.panel.model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open[0][0].value<RecordKind>() == RecordKind::Deal);
    CHECK(open[0][1].toString() == f.yazakiDeal);

    // Dropping the delegate's credit on the Yazaki deal takes it off his page.
    f.sample.store().update(RecordKind::Deal, f.yazakiDeal, {{u"credits"_s, QVariantList{}}});
    Q_EMIT f.sample.session().recordsChanged();
    CHECK(f.panel.model()->rowCount() == 1);
    CHECK(f.label("impactJobs").contains(u"announced: 350"_s));
}

TEST_CASE("the panel follows the delegate on show, and is empty without one", "[ui][impact]")
{
    Fixture f;
    f.panel.showDelegate(f.sample.idOf(RecordKind::Delegate, u"latin_family_name"_s, u"Nguyen"_s));
    CHECK(f.panel.model()->rowCount() == 1);
    f.panel.showDelegate(QString());
    CHECK(f.panel.model()->rowCount() == 0);
    CHECK(f.label("impactDeals").contains(u">0<"_s));
    CHECK(f.label("impactCapex").contains(u"none"_s));
}
