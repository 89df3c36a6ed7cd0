#pragma once

#include "domain/recordkind.h"
#include "import/importer.h"

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace crm::ui {

class DatabaseSession;
class ImportWizard;
struct ImportState;

// The third page of the import, before anything is written: the plan made against the database
// as it is (with progress and Cancel), the first rows as they will be stored, every refused row
// with its column, field and message, and the rows that match an existing record with a choice
// each (skip, update the empty fields, create anyway). Its Import button runs the plan.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportPreviewPage(DatabaseSession &session, ImportWizard &wizard, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // How many planned rows the first table shows.
    static constexpr int PreviewRows = 100;

private:
    void makePlan();
    void showPlan();
    void fillRows();
    void fillRefused();
    void fillDuplicates();
    void showCounts();
    void chooseForAll(int index);
    QString linkTitle(RecordKind kind, const QString &id);
    // The labels of the fields Update Empty Fields would fill in the record a row matches.
    QStringList fieldsToFill(const imports::PlannedRow &planned);

    DatabaseSession &m_session;
    ImportWizard &m_wizard;
    ImportState &m_state;
    QLabel *m_summary;
    QLabel *m_notes;
    QLabel *m_problem;
    QPushButton *m_again;
    QTabWidget *m_tabs;
    QTableWidget *m_rows;
    QTableWidget *m_refused;
    QTableWidget *m_duplicates;
    QComboBox *m_forAll;
    QCheckBox *m_skipRefused;
    QHash<QString, QString> m_linkTitles;
    QHash<QString, QVariantMap> m_existing; // the records duplicates match, read once
};

} // namespace crm::ui
