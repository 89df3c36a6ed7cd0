#include "briefingdialog.h"

#include "documents/briefings.h"
#include "domain/error.h"
#include "support/dialogbuttons.h"
#include "support/documentprinting.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "support/screenfit.h"
#include "support/settings.h"
#include "support/texttone.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

BriefingDialog::BriefingDialog(Builder builder, QWidget *parent)
    : QDialog(parent), m_builder(std::move(builder)), m_language(new QComboBox(this)), m_pageSize(new QComboBox(this)),
      m_templateDir(new QLineEdit(this)), m_status(new QLabel(this)), m_view(new QTextBrowser(this))
{
    setObjectName(u"briefingDialog"_s);
    setWindowTitle(tr("Print Briefing"));
    m_language->setObjectName(u"briefingLanguage"_s);
    // Each language in its own words: an officer looks for "日本語", not "Japanese".
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_pageSize->setObjectName(u"briefingPageSize"_s);
    m_pageSize->addItem(tr("A4"), u"A4"_s);
    m_pageSize->addItem(tr("US Letter"), u"Letter"_s);
    m_templateDir->setObjectName(u"briefingTemplateDir"_s);
    m_templateDir->setPlaceholderText(tr("Built-in templates"));
    m_templateDir->setClearButtonEnabled(true);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the folder of the office's own templates"));
    browse->setAccessibleName(tr("Choose the templates folder")); // "…" says nothing when read out
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Templates folder"), m_templateDir->text());
        if (!dir.isEmpty()) {
            setTemplateDir(dir);
        }
    });

    m_language->setCurrentIndex(
        qMax(0, m_language->findData(Settings::value(Settings::Key::BriefingLanguage).toString())));
    m_pageSize->setCurrentIndex(
        qMax(0, m_pageSize->findData(Settings::value(Settings::Key::BriefingPageSize).toString())));
    m_templateDir->setText(Settings::value(Settings::Key::BriefingTemplateDir).toString());
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        Settings::setValue(Settings::Key::BriefingLanguage, m_language->currentData());
        rebuild();
    });
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this] {
        Settings::setValue(Settings::Key::BriefingPageSize, m_pageSize->currentData());
        rebuild();
    });
    connect(m_templateDir, &QLineEdit::editingFinished, this, [this] {
        Settings::setValue(Settings::Key::BriefingTemplateDir, m_templateDir->text());
        rebuild();
    });

    auto *folder = new QHBoxLayout;
    folder->addWidget(m_templateDir, 1);
    folder->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language of the document"), m_language);
    form->addRow(tr("&Paper"), m_pageSize);
    // A row whose field is a layout gets a label without a buddy, which draws "&" as it is.
    auto *templatesLabel = new QLabel(tr("&Templates"), this);
    templatesLabel->setBuddy(m_templateDir);
    form->addRow(templatesLabel, folder);

    m_view->setObjectName(u"briefingView"_s);
    m_view->setAccessibleName(tr("Briefing preview"));
    // Created before the folder's button, the preview would come before it on Tab.
    setTabOrder(m_templateDir, browse);
    setTabOrder(browse, m_view);
    m_view->setOpenLinks(false);
    m_status->setObjectName(u"briefingStatus"_s);
    m_status->setWordWrap(true);
    setTextTone(m_status, Tone::Warning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto addOutput = [&](const QString &text, const QString &name, const std::function<void()> &action) {
        m_outputs << addActionButton(*buttons, text, name, action);
    };
    addOutput(tr("Pre&view…"), u"briefingPreviewButton"_s, [this] { preview(); });
    addOutput(tr("P&rint…"), u"briefingPrintButton"_s, [this] { print(); });
    addOutput(tr("Save P&DF…"), u"briefingPdfButton"_s, [this] { savePdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(820, 900));
    rebuild();
}

void BriefingDialog::showFor(QWidget *parent, Database &db, RecordKind kind, const QString &id)
{
    BriefingDialog dialog(
        [&db, kind, id](const BriefingOptions &options) { return buildBriefing(db, kind, id, options); }, parent);
    dialog.exec();
}

void BriefingDialog::setLanguage(const QString &code)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(code)));
}

void BriefingDialog::setPageSize(QPageSize::PageSizeId size)
{
    m_pageSize->setCurrentIndex(size == QPageSize::Letter ? 1 : 0);
}

void BriefingDialog::setTemplateDir(const QString &dir)
{
    m_templateDir->setText(dir);
    Settings::setValue(Settings::Key::BriefingTemplateDir, dir);
    rebuild();
}

QString BriefingDialog::statusText() const
{
    return m_status->text();
}

BriefingOptions BriefingDialog::options() const
{
    BriefingOptions options;
    options.language = m_language->currentData().toString();
    options.templateDir = m_templateDir->text().trimmed();
    options.pageSize = m_pageSize->currentData().toString() == u"Letter"_s ? QPageSize::Letter : QPageSize::A4;
    return options;
}

void BriefingDialog::rebuild()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_document = m_builder(options());
        m_status->setText(m_document.warnings.join(u'\n'));
    } catch (const Error &error) {
        m_document = {};
        m_status->setText(error.message());
    }
    QApplication::restoreOverrideCursor();
    m_view->setHtml(m_document.html);
    for (QPushButton *button : std::as_const(m_outputs)) {
        button->setEnabled(!m_document.html.isEmpty());
    }
}

bool BriefingDialog::savePdf()
{
    if (m_document.html.isEmpty()) {
        return false;
    }
    const QString path = FileDialog::saveFileName(
        this, tr("Save the briefing as PDF"),
        FileDialog::suggestedPath(QStandardPaths::DocumentsLocation, m_document.title, u".pdf"_s),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        writeBriefingPdf(path, m_document);
        QApplication::restoreOverrideCursor();
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        MessageBox::critical(this, tr("Cannot save the PDF"), error.message());
        return false;
    }
    return true;
}

void BriefingDialog::print()
{
    if (!m_document.html.isEmpty()) {
        DocumentPrinting::print(this, m_document.title, m_document.html, briefingFrame(m_document));
    }
}

void BriefingDialog::preview()
{
    if (!m_document.html.isEmpty()) {
        DocumentPrinting::preview(this, m_document.title, m_document.html, briefingFrame(m_document));
    }
}

} // namespace crm::ui
