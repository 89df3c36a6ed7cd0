#pragma once

class QProgressDialog;
class QString;
class QWidget;

namespace crm::ui {

// A window-modal progress dialog in thousandths, with Cancel, shown only when the work takes over
// half a second; the caller owns it and drives it. For the long copies: backups, laptops, packages.
QProgressDialog *createProgressDialog(QWidget *parent, const QString &title, const QString &label,
                                      const QString &objectName);

} // namespace crm::ui
