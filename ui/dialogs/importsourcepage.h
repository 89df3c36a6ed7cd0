#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;

namespace crm::ui {

struct ImportState;

// The first page of the import: the kind, the file(s), how they were read (format, encoding or
// sheet, the reader's notes) with an override, and the order of n/n/yyyy dates. A file that cannot
// be read is named with its problem, and Next stays off.
class ImportSourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportSourcePage(ImportState &state, QWidget *parent = nullptr);

    bool isComplete() const override;
    // Reads the files chosen (the wizard's tests and File > Import with files given).
    void setFiles(const QStringList &paths);

private:
    void chooseFiles();
    void kindChosen();
    void reread();
    void showSource();

    ImportState &m_state;
    QComboBox *m_kind;
    QLabel *m_files;
    QPushButton *m_choose;
    QLabel *m_format;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QComboBox *m_dateOrder;
    QLabel *m_notes;
    QLabel *m_error;
};

} // namespace crm::ui
