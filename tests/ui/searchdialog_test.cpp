#include "dialogs/searchdialog.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "models/searchresultsmodel.h"
#include "samplesession.h"
#include "support/settings.h"
#include "views/recordpane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
struct Fixture
{
    Fixture() { dialog.show(); }

    // Types into the box as the officer does, then searches without waiting for the typing pause.
    void type(const QString &text)
    {
        dialog.searchBox()->clear();
        dialog.searchBox()->insert(text); // as an input method commits it (keyClicks() is ASCII only)
        dialog.searchNow();
    }
    SearchResultsModel *model() const { return dialog.resultsModel(); }
    std::optional<SearchHit> current() const { return model()->hitAt(dialog.resultsView()->currentIndex()); }
    QString status() const { return dialog.findChild<QLabel *>(u"searchStatus"_s)->text(); }

    test::SampleSession sample;
    SearchDialog dialog{sample.session()};
    QAbstractItemModelTester tester{dialog.resultsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal};
};
} // namespace

TEST_CASE("the search box finds a company by its reading while typing, and Enter opens it", "[ui][search]")
{
    Fixture f;
    const QString yazaki = f.sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    // Typed, and left to the pause after typing: no Enter needed for the results to come.
    f.dialog.searchBox()->insert(u"ヤザキ"_s); // as an input method commits it
    REQUIRE(QTest::qWaitFor([&] { return f.model()->hitCount() > 0; }));
    // Groups first, named with their count; the company is the best hit of the first group.
    const QModelIndex group = f.model()->index(0, 0);
    CHECK(group.data().toString().startsWith(u"Investors ("_s));
    REQUIRE(f.current());
    CHECK(f.current()->kind == RecordKind::Investor);
    CHECK(f.current()->id == yazaki);
    CHECK(f.model()
              ->index(0, SearchResultsModel::TitleColumn, group)
              .data()
              .toString()
              .startsWith(u"矢崎総業株式会社"_s));
    CHECK_FALSE(f.model()->flags(group).testFlag(Qt::ItemIsSelectable));

    QSignalSpy opened(&f.dialog, &SearchDialog::openRequested);
    QTest::keyClick(f.dialog.searchBox(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).value<RecordKind>() == RecordKind::Investor);
    CHECK(opened.at(0).at(1).toString() == yazaki);
    CHECK_FALSE(f.dialog.isVisible());
}

TEST_CASE("the search box finds the variant kanji of a business card from the common form", "[ui][search][kanji]")
{
    Fixture f;
    const QString yamazaki =
        f.sample.store().create(RecordKind::Delegate, {{u"family_name"_s, u"山﨑"_s}, {u"given_name"_s, u"髙志"_s}});
    const QString takasaki = f.sample.store().create(RecordKind::Investor, {{u"name"_s, u"髙﨑精工株式会社"_s}});
    f.type(u"山崎"_s);
    REQUIRE(f.current());
    CHECK(f.current()->id == yamazaki);
    CHECK(f.model()->hitCount() == 1);
    f.type(u"高崎精工"_s);
    REQUIRE(f.current());
    CHECK(f.current()->id == takasaki);
    CHECK(f.model()->index(0, SearchResultsModel::TitleColumn, f.model()->index(0, 0)).data().toString() ==
          u"髙﨑精工株式会社"_s); // shown as written on the card
}

TEST_CASE("Down and Up choose among the hits across groups without leaving the box", "[ui][search]")
{
    Fixture f;
    f.type(u"yazaki"_s);
    QList<std::pair<RecordKind, QString>> order;
    for (int g = 0; g < f.model()->rowCount(); ++g) {
        const QModelIndex group = f.model()->index(g, 0);
        for (int row = 0; row < f.model()->rowCount(group); ++row) {
            const auto hit = f.model()->hitAt(f.model()->index(row, 0, group));
            REQUIRE(hit);
            order.append({hit->kind, hit->id});
        }
    }
    REQUIRE(f.model()->rowCount() >= 2); // the company and, at least, its meetings or notes
    REQUIRE(order.size() >= 3);
    for (qsizetype i = 1; i < order.size(); ++i) {
        QTest::keyClick(f.dialog.searchBox(), Qt::Key_Down);
        REQUIRE(f.current());
        CHECK(std::pair(f.current()->kind, f.current()->id) == order.at(i));
    }
    QTest::keyClick(f.dialog.searchBox(), Qt::Key_Down); // stays on the last
    CHECK(std::pair(f.current()->kind, f.current()->id) == order.last());
    QTest::keyClick(f.dialog.searchBox(), Qt::Key_Up);
    CHECK(std::pair(f.current()->kind, f.current()->id) == order.at(order.size() - 2));
    CHECK(f.dialog.focusWidget() == f.dialog.searchBox());
}

TEST_CASE("a word from a note finds the note and says what it is about", "[ui][search]")
{
    Fixture f;
    // The sample's note on Yazaki: "矢崎総業とは1996年の初回面談以来の関係。…"
    f.type(u"初回面談"_s);
    bool found = false;
    for (int g = 0; g < f.model()->rowCount(); ++g) {
        const QModelIndex group = f.model()->index(g, 0);
        for (int row = 0; row < f.model()->rowCount(group); ++row) {
            const auto hit = f.model()->hitAt(f.model()->index(row, 0, group));
            if (hit && hit->kind == RecordKind::Note) {
                found = true;
                CHECK(f.model()
                          ->index(row, SearchResultsModel::TitleColumn, group)
                          .data()
                          .toString()
                          .contains(u"矢崎総業株式会社"_s));
                CHECK(f.model()
                          ->index(row, SearchResultsModel::MatchedColumn, group)
                          .data()
                          .toString()
                          .contains(u"初回面談"_s));
            }
        }
    }
    CHECK(found);
}

TEST_CASE("text nobody wrote finds nothing and says so, and search syntax is taken literally", "[ui][search]")
{
    Fixture f;
    f.type(u"zzqqxx"_s);
    CHECK(f.model()->hitCount() == 0);
    CHECK(f.status() == u"Nothing found for “zzqqxx”."_s);
    for (const QString &text : {u"\"unbalanced"_s, u"(a OR b) AND NEAR(c*"_s, u"-^:*"_s}) {
        f.type(text);
        CHECK(f.status().startsWith(u"Nothing found"_s));
    }
}

TEST_CASE("Ctrl+K in the window searches, and the hit chosen opens in the record pane", "[ui][search][mainwindow]")
{
    test::SampleSession sample;
    Settings::setValue(Settings::Key::OfficerInitials, u"HS"_s);
    sample.session().setOfficerId(sample.idOf(RecordKind::Officer, u"initials"_s, u"HS"_s));
    MainWindow window(sample.session());
    window.show();
    auto *action = window.findChild<QAction *>(u"actionSearch"_s);
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K));
    action->trigger();
    auto *dialog = window.findChild<SearchDialog *>();
    REQUIRE(dialog);
    dialog->searchBox()->insert(u"hassâni"_s);
    const QString hassani = sample.idOf(RecordKind::Delegate, u"latin_family_name"_s, u"Hassani"_s);
    QTest::keyClick(dialog->searchBox(), Qt::Key_Return);
    CHECK(window.recordPane()->recordId() == hassani);
}
