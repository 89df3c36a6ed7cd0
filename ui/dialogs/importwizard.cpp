#include "importwizard.h"

#include "commands/importcommand.h"
#include "databasesession.h"
#include "importmappingpage.h"
#include "importpreviewpage.h"
#include "importsourcepage.h"
#include "importsupport.h"
#include "models/recordkindlabel.h"
#include "support/messagebox.h"
#include "support/screenfit.h"

#include <QLabel>
#include <QLocale>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

ImportWizard::ImportWizard(DatabaseSession &session, QWidget *parent)
    : QWizard(parent), m_session(session), m_result(new QLabel)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePage, new ImportSourcePage(m_state, this));
    setPage(MappingPage, new ImportMappingPage(m_state, this));
    setPage(PreviewPage, new ImportPreviewPage(session, *this, this));
    auto *done = new QWizardPage(this);
    done->setObjectName(u"importDonePage"_s);
    done->setTitle(tr("Imported"));
    m_result->setObjectName(u"importResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(done);
    layout->addWidget(m_result);
    layout->addStretch(1);
    setPage(DonePage, done);
    // Room for a mapping of a dozen columns and the preview's table; all of a laptop's screen at most.
    fitToScreen(this, QSize(1100, 720));
}

bool ImportWizard::runImport(bool skipRefused, bool *cancelled)
{
    if (cancelled) {
        *cancelled = false;
    }
    if (!m_state.plan || !m_session.database()) {
        return false;
    }
    imports::ImportResult result;
    std::optional<Error> refused;
    {
        ImportProgressDialog progress(this, tr("Importing %1…").arg(m_state.plan->fileName));
        refused = ImportCommand::run(*m_session.undoStack(), m_session, *m_state.plan, imports::RunOptions{skipRefused},
                                     progress.callback(), result);
    }
    if (refused) {
        MessageBox::critical(this, tr("Import Failed"),
                             tr("Nothing was imported from %1.\n\n%2").arg(m_state.plan->fileName, refused->message()));
        return false;
    }
    if (result.cancelled) {
        if (cancelled) {
            *cancelled = true;
        }
        return false;
    }
    m_state.result = result;
    showResult();
    return true;
}

void ImportWizard::showResult()
{
    const QLocale locale;
    const imports::ImportResult &result = m_state.result;
    QStringList lines;
    lines << tr("%1 imported as %2: %3 new, %4 updated with empty fields filled, %5 skipped.")
                 .arg(m_state.plan->fileName, recordKindPluralLabel(m_state.kind).toLower(),
                      locale.toString(result.created), locale.toString(result.updated),
                      locale.toString(result.skipped));
    if (result.refused > 0) {
        lines << tr("%n refused row(s) left out.", nullptr, static_cast<int>(result.refused));
    }
    lines << tr("Edit > Undo takes the whole import back in one step; File > Import History… lists it and can "
                "revert it later, as long as its records were not edited since.");
    m_result->setText(lines.join(u"\n\n"_s));
}

} // namespace crm::ui
