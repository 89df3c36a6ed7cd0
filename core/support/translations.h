#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace crm {

// Installs the application's translators on app, replacing those an earlier call installed:
// the embedded English plural forms ("1 month", "3 months") as the base under every language,
// then Qt's own catalogue for the locale (qtbase_<lang>.qm, when the system has it) and the
// embedded delegates-crm_<lang>.qm, if any, which Qt searches first. Returns the files
// installed, the one searched last first.
QStringList installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace crm
