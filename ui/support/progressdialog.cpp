#include "progressdialog.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace crm::ui {
namespace {
struct ProgressDialogTr
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::ProgressDialog)
};
} // namespace

QProgressDialog *createProgressDialog(QWidget *parent, const QString &title, const QString &label,
                                      const QString &objectName)
{
    auto *dialog = new QProgressDialog(label, ProgressDialogTr::tr("Cancel"), 0, 1000, parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    dialog->setMinimumDuration(500);
    dialog->setValue(0);
    return dialog;
}

} // namespace crm::ui
