#pragma once

#include "domain/recordkind.h"
#include "import/importer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

class QProgressDialog;
class QWidget;

namespace crm::ui {

// What the import wizard and the import history show of the import service's values, in the
// officer's words (one place for each enum's text).
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::ImportText)

public:
    // The kinds a file can be imported as, the usual ones first.
    static QList<RecordKind> importableKinds();
    // The fields of a kind a column can fill, by their form labels: (JSON name, label).
    static QList<std::pair<QString, QString>> fillableFields(RecordKind kind);
    static QString fieldLabel(RecordKind kind, const QString &field);
    static QString matchSource(interchange::MatchSource source);
    static QString duplicateReason(imports::DuplicateReason reason);
    static QString choice(imports::DuplicateChoice choice);
    // "CSV file, Shift_JIS (CP932)", "Excel workbook, sheet Contacts", "3 vCard files, UTF-8".
    static QString sourceDescription(const imports::ImportSource &source, qsizetype files);
    // A cell as the officer typed it, on one line: a date in the user's format, a number without ".0".
    static QString cell(const QVariant &value);
};

// What a plan will do with the choices made: the preview's summary and the Import button follow it.
struct PlanCounts
{
    qsizetype created = 0;
    qsizetype updated = 0;
    qsizetype skipped = 0;
    qsizetype refused = 0;

    static PlanCounts of(const imports::ImportPlan &plan);
    QString summary() const; // "120 new, 3 to update, 5 skipped, 2 refused"
};

// The progress of a plan or a run shown in a window-modal dialog with Cancel. Tests watch it
// through setObserver() (and cancel there), since the dialog only shows after half a second.
class ImportProgressDialog final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::ImportProgressDialog)

public:
    ImportProgressDialog(QWidget *parent, const QString &label);
    ~ImportProgressDialog();
    Q_DISABLE_COPY_MOVE(ImportProgressDialog)

    imports::ImportProgress callback();

    using Observer = std::function<void(QProgressDialog &dialog, qint64 done, qint64 total)>;
    static void setObserver(Observer observer);

private:
    QProgressDialog *m_dialog;
};

} // namespace crm::ui
