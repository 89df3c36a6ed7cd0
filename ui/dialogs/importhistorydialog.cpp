#include "importhistorydialog.h"

#include "databasesession.h"
#include "domain/dateformat.h"
#include "domain/error.h"
#include "domain/officerzone.h"
#include "import/importer.h"
#include "models/recordkindlabel.h"
#include "support/messagebox.h"
#include "support/screenfit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

ImportHistoryDialog::ImportHistoryDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_list(new QTreeWidget(this)),
      m_revert(new QPushButton(tr("&Revert Import…"), this))
{
    setObjectName(u"importHistoryDialog"_s);
    setWindowTitle(tr("Import History"));
    auto *intro = new QLabel(tr("Every import of this database. Reverting one removes the records it created and "
                                "empties the fields it filled, as long as none of them was edited since."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"importBatches"_s);
    m_list->setAccessibleName(tr("Imports"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Imported"), tr("File"), tr("As"), tr("New"), tr("Updated"), tr("Skipped"), tr("Reverted")});
    m_list->header()->setSectionResizeMode(File, QHeaderView::Stretch);
    m_revert->setObjectName(u"revertImport"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revert, &QPushButton::clicked, this, &ImportHistoryDialog::revertChosen);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ImportHistoryDialog::updateButtons);
    fitToScreen(this, QSize(900, 480));
    refresh();
}

void ImportHistoryDialog::refresh()
{
    m_list->clear();
    Database *db = m_session.database();
    if (!db) {
        updateButtons();
        return;
    }
    QList<imports::ImportBatch> batches;
    try {
        batches = imports::Importer(*db).batches();
    } catch (const Error &error) {
        m_session.reportReadFailure(error);
    }
    const QLocale locale;
    for (const imports::ImportBatch &batch : std::as_const(batches)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(Imported, Qt::UserRole, batch.id);
        item->setText(Imported, formatDateTime(toOfficerTime(batch.importedAt), locale));
        item->setText(File, batch.fileName);
        item->setToolTip(File, batch.fileName);
        item->setText(Kind, recordKindPluralLabel(batch.kind));
        item->setText(Created, locale.toString(batch.created));
        item->setText(Updated, locale.toString(batch.updated));
        item->setText(Skipped, locale.toString(batch.skipped));
        for (int column : {Created, Updated, Skipped}) {
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(Reverted,
                      batch.revertedAt.isValid() ? formatDateTime(toOfficerTime(batch.revertedAt), locale) : QString());
        item->setData(Reverted, Qt::UserRole, batch.revertedAt.isValid());
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != File) {
            m_list->resizeColumnToContents(column);
        }
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateButtons();
}

void ImportHistoryDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_revert->setEnabled(item && !item->data(Reverted, Qt::UserRole).toBool() && !m_session.isReadOnly());
}

void ImportHistoryDialog::revertChosen()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    Database *db = m_session.database();
    if (!item || !db) {
        return;
    }
    const QString id = item->data(Imported, Qt::UserRole).toString();
    const QString question = tr("Revert the import of %1 on %2?\n\nThe %3 records it created are removed for good, "
                                "and the fields it filled in %4 records are emptied again.")
                                 .arg(item->text(File), item->text(Imported), item->text(Created), item->text(Updated));
    if (MessageBox::question(this, tr("Revert Import"), question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    try {
        imports::Importer(*db).revert(id);
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Cannot Revert the Import"),
                             tr("Nothing was changed.\n\n%1").arg(error.message()));
        return;
    }
    Q_EMIT m_session.recordsChanged();
    refresh();
}

} // namespace crm::ui
