#include "models/pipelinemodel.h"
#include "samplesession.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
QStringList titlesIn(const PipelineModel &model, const QString &stage)
{
    QStringList titles;
    const QModelIndex parent = model.stageIndex(stage);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        titles << model.index(row, 0, parent).data().toString();
    }
    return titles;
}

const QString yazakiTitle = u"Wire-harness plants, Morocco"_s;
const QString cairoTitle = u"Aero-structure machining workshop, Cairo (fictional)"_s;

struct Fixture
{
    test::SampleSession sample;
    PipelineModel model{sample.session()};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};
} // namespace

TEST_CASE("the pipeline model has one row per stage with the deals in it", "[ui][pipeline]")
{
    Fixture f;
    CHECK(f.model.rowCount() == 11);
    CHECK(titlesIn(f.model, u"aftercare"_s) == QStringList{yazakiTitle});
    CHECK(titlesIn(f.model, u"lost"_s) == QStringList{cairoTitle});
    CHECK(titlesIn(f.model, u"visit"_s).size() == 2);
    CHECK(titlesIn(f.model, u"lead"_s).isEmpty());
    const QModelIndex aftercare = f.model.stageIndex(u"aftercare"_s);
    CHECK(aftercare.data(PipelineModel::CountRole) == 1);
    CHECK(aftercare.data().toString() == u"Aftercare / expansion (1)"_s);
    CHECK(f.model.cards().size() == 7);
}

TEST_CASE("a pipeline card carries investor, host country, sector and latest figures", "[ui][pipeline]")
{
    Fixture f;
    const QModelIndex yazaki = f.model.indexOf(f.sample.idOf(RecordKind::Deal, u"title"_s, yazakiTitle));
    REQUIRE(yazaki.isValid());
    CHECK(yazaki.parent() == f.model.stageIndex(u"aftercare"_s));
    CHECK(yazaki.data(PipelineModel::InvestorRole).toString() == u"矢崎総業株式会社 (Yazaki Corporation)"_s);
    CHECK(yazaki.data(PipelineModel::HostCountryRole).toString() == u"MA"_s);
    CHECK(yazaki.data(PipelineModel::HostCountryNameRole).toString() == u"Morocco"_s);
    CHECK(yazaki.data(PipelineModel::SectorRole).toString() == u"automotive"_s);
    CHECK(yazaki.data(PipelineModel::JobsRole).toString().contains(u"12,500"_s));
    CHECK_FALSE(yazaki.data(PipelineModel::CapexRole).toString().isEmpty());
}

TEST_CASE("the pipeline model filters in SQL and stays consistent through resets", "[ui][pipeline]")
{
    Fixture f;
    PipelineFilter morocco;
    morocco.hostCountry = u"MA"_s;
    f.model.setFilter(morocco);
    CHECK(f.model.cards().size() == 2);
    PipelineFilter year2000;
    year2000.year = 2000;
    f.model.setFilter(year2000);
    CHECK(f.model.cards().size() == 1);
    f.model.setFilter({});
    CHECK(f.model.cards().size() == 7);
}

TEST_CASE("a card dropped on another stage asks for the move instead of making it", "[ui][pipeline]")
{
    Fixture f;
    const QString id = f.sample.idOf(RecordKind::Deal, u"title"_s, yazakiTitle);
    const QModelIndex yazaki = f.model.indexOf(id);
    std::unique_ptr<QMimeData> data(f.model.mimeData({yazaki}));
    REQUIRE(data);
    CHECK(data->hasFormat(PipelineModel::mimeType()));
    const QModelIndex lost = f.model.stageIndex(u"lost"_s);
    CHECK(f.model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, lost));
    CHECK_FALSE(f.model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, f.model.stageIndex(u"aftercare"_s)));
    QSignalSpy asked(&f.model, &PipelineModel::stageMoveRequested);
    CHECK_FALSE(f.model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, lost)); // nothing moved yet
    REQUIRE(asked.count() == 1);
    CHECK(asked.at(0).at(0).toString() == id);
    CHECK(asked.at(0).at(1).toString() == u"lost"_s);
    CHECK(f.model.indexOf(id).parent() == f.model.stageIndex(u"aftercare"_s));
}

TEST_CASE("a pipeline card names which figure is announced and which realised", "[ui][pipeline]")
{
    Fixture f;
    const QModelIndex yazaki = f.model.indexOf(f.sample.idOf(RecordKind::Deal, u"title"_s, yazakiTitle));
    REQUIRE(yazaki.isValid());
    // An amount is never broken across the lines of a narrow card.
    CHECK(yazaki.data(PipelineModel::CapexRole).toString() ==
          u"Announced 100\u00a0M\u00a0USD · Realised 250\u00a0M\u00a0USD"_s);
    CHECK(yazaki.data(PipelineModel::JobsRole).toString() == u"Announced 3,000 · Realised 12,500"_s);
    CHECK(yazaki.data(Qt::ToolTipRole).toString().contains(u"Capex: Announced 100\u00a0M\u00a0USD"_s));
}
