#include "mergeshots.h"

#include "databasesession.h"
#include "dialogs/duplicatesdialog.h"
#include "dialogs/mergedialog.h"
#include "forms/duplicatewarning.h"
#include "forms/recordform.h"
#include "mainwindow.h"
#include "models/duplicategroupsmodel.h"
#include "services/records/records.h"
#include "storage/recordstore.h"
#include "views/recordpane.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTreeView>

using namespace Qt::StringLiterals;

bool mergeShots(crm::ui::DatabaseSession &session, crm::ui::MainWindow &window, const QString &outDir,
                const std::function<bool(QWidget *, const QString &)> &save)
{
    using crm::RecordKind;
    const auto yazaki = session.store()->findIdBy(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    if (!yazaki) {
        return false;
    }
    crm::Records records(*session.database());
    const QString laptop =
        records
            .create(RecordKind::Investor,
                    {{u"name"_s, u"ヤザキ"_s}, {u"sector"_s, u"automotive"_s}, {u"hq_country"_s, u"JP"_s}})
            .id;
    Q_EMIT session.recordsChanged();
    bool ok = true;

    {
        crm::ui::DuplicatesDialog duplicates(session, &window);
        duplicates.resize(900, 520);
        duplicates.setKind(RecordKind::Investor);
        duplicates.setMergeHandled([] { return true; }); // as in the window, which merges what it hands over
        duplicates.show();
        ok &= duplicates.scan();
        // The group holding the laptop's ヤザキ, chosen and opened as the officer would.
        QAbstractItemModel *model = duplicates.view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex group = model->index(row, 0);
            duplicates.view()->expand(group);
            for (int child = 0; child < model->rowCount(group); ++child) {
                if (model->index(child, 0, group).data(crm::ui::DuplicateGroupsModel::IdRole).toString() == laptop) {
                    duplicates.view()->setCurrentIndex(group);
                }
            }
        }
        ok &= save(&duplicates, outDir + u"/find-duplicates.png"_s);
    }
    {
        crm::ui::MergeDialog merge(session, RecordKind::Investor, {*yazaki, laptop}, &window);
        merge.show();
        ok &= save(&merge, outDir + u"/merge-dialog.png"_s);
    }

    // Last, as it leaves a draft open: a new investor typed as ヤザキ, warned of both Yazakis.
    window.showSection(crm::ui::MainWindow::Section::Investors);
    window.newRecord();
    crm::ui::RecordForm *form = window.recordPane()->form();
    auto *name = form ? form->findChild<QLineEdit *>(u"name"_s) : nullptr;
    if (!name || !form->duplicateWarning()) {
        return false;
    }
    name->insert(u"ヤザキ"_s);
    form->duplicateWarning()->checkNow();
    ok &= save(&window, outDir + u"/duplicate-warning.png"_s);
    return ok;
}
