// Merging from the main window (issue 19): a list's Merge… on two selected records and Find
// Duplicates' Merge… both reach the merge dialog, and the survivor's history says what went into it.
#include "dialogs/duplicatesdialog.h"
#include "dialogs/mergedialog.h"
#include "models/duplicategroupsmodel.h"
#include "models/historymodel.h"
#include "models/recordlistmodel.h"
#include "samplewindow.h"
#include "services/records/records.h"
#include "views/recordlistpane.h"
#include "views/recordpane.h"

#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {

int rowOf(RecordListPane &pane, const QString &id)
{
    auto *model = qobject_cast<RecordListModel *>(pane.view()->model());
    REQUIRE(model);
    return model->rowOf(id);
}

// A second Yazaki typed on a laptop, with a meeting of its own; the lists hear of it.
struct LaptopYazaki
{
    explicit LaptopYazaki(SampleWindow &w)
    {
        Records records(*w.sample.session().database());
        yazaki = w.sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
        laptop = records
                     .create(RecordKind::Investor,
                             {{u"name"_s, u"ヤザキ"_s}, {u"sector"_s, u"automotive"_s}, {u"hq_country"_s, u"JP"_s}})
                     .id;
        meeting = records
                      .create(RecordKind::Meeting, {{u"starts_at"_s, u"2026-11-20T10:00:00+09:00"_s},
                                                    {u"time_zone"_s, u"Asia/Tokyo"_s},
                                                    {u"place"_s, u"Hamamatsu"_s},
                                                    {u"investor_id"_s, laptop}})
                      .id;
        Q_EMIT w.sample.session().recordsChanged();
    }
    QString yazaki;
    QString laptop;
    QString meeting;
};

// Presses Merge in the next merge dialog, keeping what it proposes.
void mergeInNextDialog(QString *survivorShown)
{
    QTimer::singleShot(0, qApp, [survivorShown] {
        auto *dialog = qobject_cast<MergeDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        *survivorShown = dialog->survivorId();
        QTest::mouseClick(child<QPushButton>(*dialog, u"mergeButton"_s), Qt::LeftButton);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
}

} // namespace

TEST_CASE("Merge… in a list merges the selected records into the current one, and the history says so", "[ui][merge]")
{
    SampleWindow w(u"investor"_s);
    LaptopYazaki t(w);
    RecordListPane *pane = w.window->listPane(RecordKind::Investor);
    QAction *merge = child<QAction>(*pane->view(), u"listMerge"_s);
    pane->selectRecord(t.laptop);
    CHECK_FALSE(merge->isEnabled()); // one record: nothing to merge

    pane->selectRecord(t.yazaki);
    const int laptopRow = rowOf(*pane, t.laptop);
    REQUIRE(laptopRow >= 0);
    const QModelIndex laptopIndex = pane->view()->model()->index(laptopRow, 0);
    pane->view()->scrollTo(laptopIndex);
    QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      pane->view()->visualRect(laptopIndex).center());
    REQUIRE(pane->selectedIds().size() == 2);
    CHECK(merge->isEnabled());

    QString survivorShown;
    mergeInNextDialog(&survivorShown);
    merge->trigger();

    CHECK(survivorShown == t.laptop); // the record the officer was on (the last clicked) is proposed
    const QString survivor = survivorShown;
    const QString gone = survivor == t.yazaki ? t.laptop : t.yazaki;
    CHECK_FALSE(w.sample.store().exists(RecordKind::Investor, gone));
    CHECK(w.sample.store().get(RecordKind::Meeting, t.meeting).value(u"investor_id"_s).toString() == survivor);
    CHECK(w.window->recordPane()->recordId() == survivor); // the window shows the survivor
    CHECK(w.sample.session().undoStack()->undoText().startsWith(u"Merge"_s));

    // The survivor's history holds the merged record's lines and one that says where it went.
    Records records(*w.sample.session().database());
    HistoryModel history;
    history.setRecord(&records, RecordKind::Investor, survivor);
    bool mergeLine = false;
    for (int row = 0; row < history.rowCount(); ++row) {
        if (history.index(row, HistoryModel::ActionColumn).data().toString() == u"Merged into"_s) {
            mergeLine = history.index(row, HistoryModel::ToColumn).data().toString() ==
                        records.title(RecordKind::Investor, survivor);
        }
    }
    CHECK(mergeLine);

    w.action(u"actionUndo"_s)->trigger();
    CHECK(w.sample.store().exists(RecordKind::Investor, gone));
    CHECK(w.sample.store().get(RecordKind::Meeting, t.meeting).value(u"investor_id"_s).toString() == t.laptop);
}

TEST_CASE("Find Duplicates' Merge… opens the merge of the group from the main window", "[ui][merge]")
{
    SampleWindow w(u"investor"_s);
    LaptopYazaki t(w);
    w.action(u"actionFindDuplicates"_s)->trigger();
    auto *dialog = w.window->findChild<DuplicatesDialog *>(u"duplicatesDialog"_s);
    REQUIRE(dialog);
    dialog->setKind(RecordKind::Investor);
    REQUIRE(dialog->scan());
    QModelIndex group;
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        const QModelIndex index = dialog->model()->index(row, 0);
        QStringList ids;
        for (int r = 0; r < dialog->model()->rowCount(index); ++r) {
            ids << dialog->model()->index(r, 0, index).data(DuplicateGroupsModel::IdRole).toString();
        }
        if (ids.contains(t.yazaki) && ids.contains(t.laptop)) {
            group = index;
        }
    }
    REQUIRE(group.isValid());
    dialog->view()->setCurrentIndex(group);
    QPushButton *merge = child<QPushButton>(*dialog, u"mergeButton"_s);
    REQUIRE(merge->isEnabled()); // the window handles merges

    QString survivorShown;
    mergeInNextDialog(&survivorShown);
    QTest::mouseClick(merge, Qt::LeftButton);

    CHECK((survivorShown == t.yazaki || survivorShown == t.laptop));
    CHECK(w.sample.store().exists(RecordKind::Investor, t.yazaki) !=
          w.sample.store().exists(RecordKind::Investor, t.laptop));
    CHECK(w.sample.store().get(RecordKind::Meeting, t.meeting).value(u"investor_id"_s).toString() == survivorShown);
}
