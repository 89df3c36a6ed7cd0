#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace crm::ui {

struct ImportState;

// The second page of the import: one row per column of the file, with its header, a few of its
// values, the field it fills (a choice of the kind's fields by their form labels, or Skip), how it
// was matched and why a column is skipped. A mapping can be saved as JSON and loaded again.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    void loadMapping();
    void saveMapping();

private:
    enum Column
    {
        Header,
        Samples,
        Field,
        Matched,
        Note,
        ColumnCount
    };

    void fill();
    void showMatches();
    void fieldChosen(int row);

    ImportState &m_state;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace crm::ui
