#pragma once

#include "import/importer.h"

#include <QWizard>
#include <optional>

class QLabel;

namespace crm::ui {

class DatabaseSession;

// What the pages of the import wizard share: the file read, the mapping, the plan.
struct ImportState
{
    RecordKind kind = RecordKind::Contact;
    QStringList paths;
    imports::SourceOptions options;
    std::optional<imports::ImportSource> source; // read without error
    interchange::ColumnMapping mapping;
    bool mappingStale = true; // the file, sheet or kind changed since the mapping was made
    interchange::ConversionOptions conversion;
    std::optional<imports::ImportPlan> plan; // a complete plan, made for the mapping as it is
    imports::ImportResult result;
};

// File > Import… (issue 18): choose the kind and the file(s), see how they were read, match the
// columns to fields, preview what will be stored (refused rows, duplicates and their choices),
// then import as one step of the undo history.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        SourcePage,
        MappingPage,
        PreviewPage,
        DonePage
    };

    explicit ImportWizard(DatabaseSession &session, QWidget *parent = nullptr);

    ImportState &state() { return m_state; }
    // Runs the plan (ImportCommand on the session's undo stack) with progress and Cancel. False
    // when it was refused (said in a message box) or cancelled (*cancelled); nothing is written then.
    bool runImport(bool skipRefused, bool *cancelled = nullptr);

private:
    void showResult();

    DatabaseSession &m_session;
    ImportState m_state;
    QLabel *m_result;
};

} // namespace crm::ui
