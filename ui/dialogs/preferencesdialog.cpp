#include "preferencesdialog.h"

#include "databasesession.h"
#include "dialogs/entryinput.h"
#include "dialogs/officerdialog.h"
#include "dialogs/programmereportdialog.h"
#include "domain/error.h"
#include "domain/officerzone.h"
#include "forms/errorlabel.h"
#include "support/filedialog.h"
#include "support/localepreferences.h"
#include "support/messagebox.h"
#include "support/settings.h"
#include "support/translations.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// Selects the item whose data is value, or the first when none has it.
void selectData(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

// English, 日本語, Français: each language in its own words, as the officer who reads it looks for it.
void addLanguages(QComboBox *combo)
{
    for (const QString &code : interfaceLanguages()) {
        combo->addItem(nativeLanguageName(code), code);
    }
}
} // namespace

PreferencesDialog::PreferencesDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_language(new QComboBox(this)), m_zone(new QComboBox(this)),
      m_documentLanguage(new QComboBox(this)), m_pageSize(new QComboBox(this)), m_templateDir(new QLineEdit(this)),
      m_currency(new QComboBox(this)), m_officer(new QLabel(this)), m_error(new ErrorLabel(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_error->setObjectName(u"preferencesError"_s);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageGroup());
    layout->addWidget(documentsGroup());
    layout->addWidget(officerGroup());
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::languageGroup()
{
    auto *group = new QGroupBox(tr("Language and time"), this);
    m_language->setObjectName(u"uiLanguage"_s);
    //: The first choice of the language of the screens; %1 is the system's language in its own words
    m_language->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    addLanguages(m_language);
    selectData(m_language, Settings::value(Settings::Key::UiLanguage).toString());
    m_language->setToolTip(tr("The language of menus, forms and messages, and the way dates, numbers and "
                              "amounts are written"));

    m_zone->setObjectName(u"officerTimeZone"_s);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->lineEdit()->setObjectName(u"officerTimeZoneEdit"_s);
    //: %1 is this computer's IANA time zone (Asia/Tokyo)
    m_zone->addItem(tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QString &zone : entryinput::regionTimeZones()) {
        m_zone->addItem(zone, zone);
    }
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const QString zone = Settings::value(Settings::Key::OfficerTimeZone).toString();
    if (zone.isEmpty() || m_zone->findData(zone) >= 0) {
        selectData(m_zone, zone);
    } else {
        m_zone->setEditText(zone); // a zone outside the region list (Etc/UTC), kept as chosen
    }
    m_zone->setToolTip(tr("The times of notes, follow-ups, the history and new meetings are shown and typed in "
                          "this zone"));

    auto *form = new QFormLayout(group);
    form->addRow(tr("&Language of the screens:"), m_language);
    form->addRow(tr("Your &time zone:"), m_zone);
    return group;
}

QWidget *PreferencesDialog::documentsGroup()
{
    auto *group = new QGroupBox(tr("Printed documents and reports"), this);
    m_documentLanguage->setObjectName(u"documentLanguage"_s);
    addLanguages(m_documentLanguage);
    selectData(m_documentLanguage, Settings::value(Settings::Key::BriefingLanguage).toString());
    m_documentLanguage->setToolTip(tr("The language Print Briefing starts with; each document can still be "
                                      "printed in another"));
    m_pageSize->setObjectName(u"documentPageSize"_s);
    m_pageSize->addItem(tr("A4"), u"A4"_s);
    m_pageSize->addItem(tr("US Letter"), u"Letter"_s);
    selectData(m_pageSize, Settings::value(Settings::Key::BriefingPageSize).toString());

    m_templateDir->setObjectName(u"templateDir"_s);
    m_templateDir->setPlaceholderText(tr("Built-in templates"));
    m_templateDir->setClearButtonEnabled(true);
    m_templateDir->setText(QDir::toNativeSeparators(Settings::value(Settings::Key::BriefingTemplateDir).toString()));
    auto *browse = new QPushButton(tr("C&hoose…"), group);
    browse->setObjectName(u"templateDirButton"_s);
    browse->setToolTip(tr("Choose the folder of the office's own templates"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseTemplateDir);
    auto *folder = new QHBoxLayout;
    folder->addWidget(m_templateDir, 1);
    folder->addWidget(browse);

    m_currency->setObjectName(u"reportCurrency"_s);
    try {
        for (const QString &code : ProgrammeReportDialog::currencies(m_session)) {
            m_currency->addItem(code, code);
        }
    } catch (const Error &error) {
        m_session.reportReadFailure(error); // the rates cannot be read: USD alone is offered
        m_currency->clear();
        m_currency->addItem(u"USD"_s, u"USD"_s);
    }
    const QString currency = Settings::value(Settings::Key::ReportCurrency).toString();
    if (m_currency->findData(currency) < 0) {
        m_currency->addItem(currency, currency); // chosen before its rates were removed: kept
    }
    selectData(m_currency, currency);
    m_currency->setToolTip(tr("The currency the programme report converts capex into"));

    auto *form = new QFormLayout(group);
    form->addRow(tr("Language of &documents:"), m_documentLanguage);
    form->addRow(tr("&Paper:"), m_pageSize);
    auto *folderLabel = new QLabel(tr("Te&mplates folder:"), group);
    folderLabel->setBuddy(m_templateDir);
    form->addRow(folderLabel, folder);
    form->addRow(tr("Report &currency:"), m_currency);
    return group;
}

QWidget *PreferencesDialog::officerGroup()
{
    auto *group = new QGroupBox(tr("Officer"), this);
    m_officer->setObjectName(u"officerName"_s);
    m_officer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changeOfficer = new QPushButton(tr("Change &Officer…"), group);
    m_changeOfficer->setObjectName(u"changeOfficerButton"_s);
    m_changeOfficer->setToolTip(tr("Who is making changes: every change is recorded under this name"));
    // Choosing another officer writes to the database (a new officer is a record).
    m_changeOfficer->setEnabled(m_session.store() && !m_session.isReadOnly());
    connect(m_changeOfficer, &QPushButton::clicked, this, &PreferencesDialog::changeOfficer);
    auto *row = new QHBoxLayout(group);
    row->addWidget(m_officer, 1);
    row->addWidget(m_changeOfficer);
    showOfficer();
    return group;
}

void PreferencesDialog::showOfficer()
{
    QString text = tr("No officer chosen");
    if (m_session.store() && !m_session.officerId().isEmpty()) {
        try {
            text = m_session.store()->title(RecordKind::Officer, m_session.officerId());
        } catch (const Error &error) {
            text = tr("(cannot be read)");
            m_session.reportReadFailure(error);
        }
    }
    m_officer->setText(text);
}

void PreferencesDialog::changeOfficer()
{
    OfficerDialog dialog(m_session, this);
    dialog.exec();
    showOfficer();
}

void PreferencesDialog::chooseTemplateDir()
{
    const QString dir = FileDialog::existingDirectory(this, tr("Templates folder"), m_templateDir->text());
    if (!dir.isEmpty()) {
        m_templateDir->setText(QDir::toNativeSeparators(dir));
    }
}

std::optional<QString> PreferencesDialog::chosenZone() const
{
    const QString text = m_zone->currentText().trimmed();
    if (const int index = m_zone->findText(text, Qt::MatchFixedString); index >= 0) {
        return m_zone->itemData(index).toString();
    }
    if (text.isEmpty()) {
        return QString();
    }
    if (QTimeZone::isTimeZoneIdAvailable(text.toUtf8())) {
        return text;
    }
    // Part of one zone's name, as the completer offers it: "tokyo" is Asia/Tokyo.
    const QStringList matching = entryinput::regionTimeZones().filter(text, Qt::CaseInsensitive);
    if (matching.size() == 1) {
        return matching.first();
    }
    return std::nullopt;
}

void PreferencesDialog::showError(const QString &text, QWidget *field)
{
    m_error->setText(text);
    m_error->show();
    field->setFocus();
}

void PreferencesDialog::accept()
{
    const std::optional<QString> zone = chosenZone();
    if (!zone) {
        //: %1 is what the officer typed in the time zone field
        showError(tr("“%1” is not a time zone. Choose one from the list, or type its name, such as "
                     "Asia/Tokyo or Europe/Paris.")
                      .arg(m_zone->currentText().trimmed()),
                  m_zone);
        return;
    }
    const QString templateDir = QDir::fromNativeSeparators(m_templateDir->text().trimmed());
    if (!templateDir.isEmpty() && !QFileInfo(templateDir).isDir()) {
        //: %1 is a folder's path
        showError(tr("The templates folder %1 does not exist. Choose another, or clear the field to use the "
                     "built-in templates.")
                      .arg(QDir::toNativeSeparators(templateDir)),
                  m_templateDir);
        return;
    }

    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != Settings::value(Settings::Key::UiLanguage).toString();
    Settings::setValue(Settings::Key::UiLanguage, language);
    Settings::setValue(Settings::Key::OfficerTimeZone, *zone);
    Settings::setValue(Settings::Key::BriefingLanguage, m_documentLanguage->currentData());
    Settings::setValue(Settings::Key::BriefingPageSize, m_pageSize->currentData());
    Settings::setValue(Settings::Key::BriefingTemplateDir, templateDir);
    Settings::setValue(Settings::Key::ReportCurrency, m_currency->currentData());
    setOfficerZone(chosenTimeZone()); // times drawn from now on follow it

    // The whole window was built in the old language: it speaks the new one from the next start.
    if (languageChanged && interfaceLocale().language() != QLocale().language()) {
        m_restartWanted =
            MessageBox::question(this, tr("Preferences"),
                                 tr("The language changes when Delegates CRM starts again. "
                                    "Restart now?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    }
    QDialog::accept();
}

} // namespace crm::ui
