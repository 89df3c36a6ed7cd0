#include "commands/duplicatecommands.h"
#include "dialogs/duplicatesdialog.h"
#include "models/duplicategroupsmodel.h"
#include "samplewindow.h"
#include "views/recordpane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
// The sample data plus a second Yazaki typed in katakana (as a laptop offline would have made it),
// and Records > Find Duplicates open on investors.
struct Fixture : SampleWindow
{
    explicit Fixture(bool mergeHandled = true) : SampleWindow(u"investor"_s)
    {
        yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
        second = sample.store().create(RecordKind::Investor,
                                       {{u"name"_s, u"ヤザキ"_s}, {u"website"_s, u"https://yazaki-group.com/ja"_s}});
        if (mergeHandled) {
            merges = std::make_unique<QSignalSpy>(window->duplicateCommands(), &DuplicateCommands::mergeRequested);
        }
        action(u"actionFindDuplicates"_s)->trigger();
        dialog = window->duplicateCommands()->dialog();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
    }
    ~Fixture() { DuplicatesDialog::setProgressObserver({}); }

    template<class T>
    T *widget(const QString &name) const
    {
        return child<T>(*dialog, name);
    }
    void chooseKind(RecordKind kind) const
    {
        auto *combo = widget<QComboBox>(u"duplicateKind"_s);
        const int at = combo->findData(static_cast<int>(kind));
        REQUIRE(at >= 0);
        combo->setCurrentIndex(at);
    }
    void scan() const { QTest::mouseClick(widget<QPushButton>(u"scanButton"_s), Qt::LeftButton); }
    // The row of the group holding both Yazakis, or -1.
    int yazakiGroup() const
    {
        const QList<DuplicateGroup> &groups = dialog->model()->groups();
        for (int row = 0; row < groups.size(); ++row) {
            if (groups.at(row).ids.contains(yazaki) && groups.at(row).ids.contains(second)) {
                return row;
            }
        }
        return -1;
    }
    void select(const QModelIndex &index) const
    {
        QTreeView *view = widget<QTreeView>(u"duplicateGroupsView"_s);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        REQUIRE(view->currentIndex().siblingAtColumn(0) == index);
    }

    QString yazaki;
    QString second;
    std::unique_ptr<QSignalSpy> merges;
    DuplicatesDialog *dialog = nullptr;
};
} // namespace

TEST_CASE("Find Duplicates finds a second Yazaki with the reason and the score", "[ui][duplicates]")
{
    Fixture f;
    CHECK(f.dialog->kind() == RecordKind::Investor); // the list on show
    f.scan();
    const int row = f.yazakiGroup();
    REQUIRE(row >= 0);
    const DuplicateGroup group = f.dialog->model()->groups().at(row);
    REQUIRE_FALSE(group.reasons.isEmpty());
    DuplicateGroupsModel *model = f.dialog->model();
    const QModelIndex index = model->groupIndex(row);
    CHECK(model->data(index.siblingAtColumn(DuplicateGroupsModel::ReasonColumn))
              .toString()
              .contains(duplicateReasonText(group.reasons.first())));
    CHECK(model->data(index.siblingAtColumn(DuplicateGroupsModel::ScoreColumn)).toString() ==
          QLocale().toString(group.score));
    CHECK(group.score > 0);
    CHECK(model->data(index).toString().contains(f.sample.store().title(RecordKind::Investor, f.yazaki)));
    CHECK(model->rowCount(index) == group.ids.size());
    CHECK(f.widget<QLabel>(u"duplicateStatus"_s)->text().contains(QLocale().toString(model->rowCount())));
}

TEST_CASE("Merge… hands the chosen group's ids to whoever merges", "[ui][duplicates]")
{
    Fixture f;
    f.scan();
    const int row = f.yazakiGroup();
    REQUIRE(row >= 0);
    auto *merge = f.widget<QPushButton>(u"mergeButton"_s);
    f.select(f.dialog->model()->recordIndex(row, 1)); // a record's row stands for its group
    REQUIRE(merge->isEnabled());
    // The window merges what it is handed: its merge dialog opens, and is cancelled here.
    bool mergeDialogShown = false;
    QTimer::singleShot(0, qApp, [&mergeDialogShown] {
        if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            mergeDialogShown = modal->objectName() == u"mergeDialog"_s;
            modal->reject();
        }
    });
    QTest::mouseClick(merge, Qt::LeftButton);
    CHECK(mergeDialogShown);
    REQUIRE(f.merges->count() == 1);
    const QList<QVariant> args = f.merges->takeFirst();
    CHECK(args.at(0).value<RecordKind>() == RecordKind::Investor);
    const QStringList ids = args.at(1).toStringList();
    CHECK(ids == f.dialog->model()->groups().at(row).ids);
    CHECK(ids.contains(f.yazaki));
    CHECK(ids.contains(f.second));
}

TEST_CASE("Merge… stays off while nobody handles merges", "[ui][duplicates]")
{
    // The main window always handles them; a Find Duplicates window of its own does not.
    Fixture f;
    DuplicatesDialog alone(f.sample.session());
    alone.setKind(RecordKind::Investor);
    REQUIRE(alone.scan());
    int row = -1;
    for (int r = 0; r < alone.model()->groups().size(); ++r) {
        if (alone.model()->groups().at(r).ids.contains(f.second)) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    alone.view()->setCurrentIndex(alone.model()->groupIndex(row));
    auto *merge = child<QPushButton>(alone, u"mergeButton"_s);
    CHECK_FALSE(merge->isEnabled());

    // A handler connected once the window is open counts from the next choice on.
    QSignalSpy merges(&alone, &DuplicatesDialog::mergeRequested);
    alone.view()->setCurrentIndex(alone.model()->recordIndex(row, 0));
    REQUIRE(merge->isEnabled());
    QTest::mouseClick(merge, Qt::LeftButton);
    CHECK(merges.count() == 1);
}

TEST_CASE("Open on a record of a group shows it in the window", "[ui][duplicates]")
{
    Fixture f;
    f.scan();
    const int row = f.yazakiGroup();
    REQUIRE(row >= 0);
    auto *open = f.widget<QPushButton>(u"openDuplicateButton"_s);
    f.select(f.dialog->model()->groupIndex(row));
    CHECK_FALSE(open->isEnabled()); // a group is not one record

    const QModelIndex record = f.dialog->model()->recordIndex(row, 1);
    const QString id = f.dialog->model()->idAt(record);
    f.select(record);
    REQUIRE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(f.window->recordPane()->kind() == RecordKind::Investor);
    CHECK(f.window->recordPane()->recordId() == id);
    CHECK(f.dialog->isVisible()); // the list stays for the next one
}

TEST_CASE("Enter on a record of a group opens it and keeps the list as scanned", "[ui][duplicates]")
{
    Fixture f;
    f.scan();
    const int row = f.yazakiGroup();
    REQUIRE(row >= 0);
    const QModelIndex record = f.dialog->model()->recordIndex(row, 0);
    const QString id = f.dialog->model()->idAt(record);
    f.select(record);
    QSignalSpy rescanned(f.dialog->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(f.widget<QTreeView>(u"duplicateGroupsView"_s), Qt::Key_Return);
    CHECK(f.window->recordPane()->recordId() == id);
    CHECK(rescanned.isEmpty()); // Enter is not also the Scan button's
}

TEST_CASE("a group whose records were merged or deleted since the scan leaves the list", "[ui][duplicates]")
{
    Fixture f;
    f.scan();
    REQUIRE(f.yazakiGroup() >= 0);
    const qsizetype groups = f.dialog->model()->rowCount();
    f.sample.store().moveToTrash(RecordKind::Investor, f.second);
    Q_EMIT f.sample.session().recordsChanged();
    CHECK(f.yazakiGroup() < 0);
    CHECK(f.dialog->model()->rowCount() == groups - 1);
}

TEST_CASE("a cancelled scan says so and keeps what it found", "[ui][duplicates]")
{
    Fixture f;
    int steps = 0;
    DuplicatesDialog::setProgressObserver([&steps](QProgressDialog &dialog, qint64, qint64) {
        ++steps;
        dialog.cancel();
    });
    CHECK_FALSE(f.dialog->scan());
    CHECK(steps == 1);
    CHECK(f.widget<QLabel>(u"duplicateStatus"_s)->text().contains(u"cancelled"_s));
    CHECK(f.widget<QPushButton>(u"scanButton"_s)->isEnabled());
}

TEST_CASE("the duplicate groups model passes the model tester through scans and removals", "[ui][duplicates][model]")
{
    DuplicateGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    DuplicateGroup a{RecordKind::Investor,        {u"a1"_s, u"a2"_s, u"a3"_s},
                     {u"A"_s, u"A'"_s, u"A\""_s}, {DuplicateReason::Email, DuplicateReason::Name},
                     {u"a@x.example"_s, u"a"_s},  95};
    DuplicateGroup b{RecordKind::Investor,       {u"b1"_s, u"b2"_s}, {u"B"_s, u"B'"_s},
                     {DuplicateReason::Website}, {u"b.example"_s},   85};
    model.setGroups({a, b});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.rowCount(model.groupIndex(0)) == 3);
    CHECK(model.idAt(model.recordIndex(0, 2)) == u"a3"_s);
    CHECK(model.idAt(model.groupIndex(0)).isEmpty());
    CHECK(model.groupAt(model.recordIndex(1, 1))->ids == b.ids);
    CHECK(model.data(model.groupIndex(0).siblingAtColumn(DuplicateGroupsModel::ScoreColumn),
                     DuplicateGroupsModel::SortRole) == 95);
    CHECK(model.data(model.recordIndex(1, 0), DuplicateGroupsModel::IdRole) == u"b1"_s);
    CHECK(model.data(model.groupIndex(0).siblingAtColumn(DuplicateGroupsModel::ReasonColumn)).toString() ==
          duplicateReasonText(DuplicateReason::Email) + u": a@x.example; "_s +
              duplicateReasonText(DuplicateReason::Name) + u": a"_s);

    // a1 gone leaves a2 and a3 alike; b2 gone leaves b1 alone.
    CHECK(model.removeGone([](RecordKind, const QString &id) { return id != u"a1"_s && id != u"b2"_s; }) == 1);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.groupAt(model.groupIndex(0))->ids == a.ids);
    model.setGroups({});
    CHECK(model.rowCount() == 0);
}
