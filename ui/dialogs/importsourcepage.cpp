#include "importsourcepage.h"

#include "domain/error.h"
#include "forms/errorlabel.h"
#include "importsupport.h"
#include "importwizard.h"
#include "models/recordkindlabel.h"
#include "support/filedialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

ImportSourcePage::ImportSourcePage(ImportState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_kind(new QComboBox(this)), m_files(new QLabel(this)),
      m_choose(new QPushButton(tr("&Choose Files…"), this)), m_format(new QLabel(this)),
      m_encoding(new QComboBox(this)), m_sheet(new QComboBox(this)), m_dateOrder(new QComboBox(this)),
      m_notes(new QLabel(this)), m_error(new ErrorLabel(this))
{
    setObjectName(u"importSourcePage"_s);
    setTitle(tr("What to Import"));
    setSubTitle(tr("A spreadsheet saved as CSV or text, an Excel workbook (.xlsx), or business cards (.vcf; "
                   "choose several at once for a folder of cards)."));

    m_kind->setObjectName(u"importKind"_s);
    for (RecordKind kind : ImportText::importableKinds()) {
        m_kind->addItem(recordKindPluralLabel(kind), static_cast<int>(kind));
    }
    m_files->setObjectName(u"importFiles"_s);
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files->setText(tr("No file chosen yet."));
    m_choose->setObjectName(u"chooseFiles"_s);
    m_format->setObjectName(u"importFormat"_s);
    m_encoding->setObjectName(u"importEncoding"_s);
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(tr("UTF-8"), u"UTF-8"_s);
    m_encoding->addItem(tr("UTF-16LE (Excel's Unicode text)"), u"UTF-16LE"_s);
    m_encoding->addItem(tr("UTF-16BE"), u"UTF-16BE"_s);
    m_encoding->addItem(tr("Shift_JIS (CP932, Japanese Windows)"), u"windows-31j"_s);
    m_encoding->addItem(tr("Windows-1252 (Western European)"), u"windows-1252"_s);
    m_encoding->setToolTip(tr("The file is read again in the encoding chosen."));
    m_sheet->setObjectName(u"importSheet"_s);
    m_dateOrder->setObjectName(u"importDateOrder"_s);
    m_dateOrder->addItem(tr("Refuse them (ask the sender)"), static_cast<int>(interchange::DayMonthOrder::Refuse));
    m_dateOrder->addItem(tr("Day first (31/12/2024)"), static_cast<int>(interchange::DayMonthOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2024)"), static_cast<int>(interchange::DayMonthOrder::MonthFirst));
    m_dateOrder->setToolTip(tr("How dates such as 01/04/2024 are read: 1 April in a French or Japanese file, "
                               "January 4 in an American one. Dates written 2024-04-01 or 2024/4/1 are always "
                               "read."));
    m_notes->setObjectName(u"importNotes"_s);
    m_notes->setWordWrap(true);
    m_error->setObjectName(u"importError"_s);
    m_error->hide();

    auto *files = new QHBoxLayout;
    files->addWidget(m_files, 1);
    files->addWidget(m_choose, 0, Qt::AlignTop);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Import &as:"), m_kind);
    form->addRow(tr("Files:"), files);
    form->addRow(tr("Read as:"), m_format);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("S&heet:"), m_sheet);
    form->addRow(tr("Dates like &01/04/2024:"), m_dateOrder);
    // Below the form, where wrapped text gets the height its lines need.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notes);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &ImportSourcePage::chooseFiles);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportSourcePage::kindChosen);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        m_state.options.encoding = m_encoding->currentData().toString();
        reread();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (m_sheet->currentIndex() >= 0 && m_sheet->currentText() != m_state.options.sheet) {
            m_state.options.sheet = m_sheet->currentText();
            reread();
        }
    });
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] {
        m_state.conversion.slashDates = static_cast<interchange::DayMonthOrder>(m_dateOrder->currentData().toInt());
        m_state.plan.reset();
    });
    kindChosen();
    showSource();
}

bool ImportSourcePage::isComplete() const
{
    return m_state.source.has_value();
}

void ImportSourcePage::chooseFiles()
{
    const QStringList paths = FileDialog::openFileNames(
        this, tr("Import Files"),
        m_state.paths.isEmpty() ? QString() : QFileInfo(m_state.paths.constFirst()).absolutePath(),
        tr("Spreadsheets and business cards (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV and text (*.csv *.tsv "
           "*.txt);;Excel workbooks (*.xlsx);;Business cards (*.vcf *.vcard);;All files (*)"));
    if (!paths.isEmpty()) {
        setFiles(paths);
    }
}

void ImportSourcePage::setFiles(const QStringList &paths)
{
    m_state.paths = paths;
    m_state.options = {};
    const QSignalBlocker blockEncoding(m_encoding);
    const QSignalBlocker blockSheet(m_sheet);
    m_encoding->setCurrentIndex(0);
    m_sheet->clear();
    reread();
}

void ImportSourcePage::kindChosen()
{
    m_state.kind = static_cast<RecordKind>(m_kind->currentData().toInt());
    m_state.mappingStale = true;
    m_state.plan.reset();
}

void ImportSourcePage::reread()
{
    m_state.source.reset();
    m_state.plan.reset();
    m_state.mappingStale = true;
    m_error->clear();
    if (!m_state.paths.isEmpty()) {
        const QString shown = m_state.paths.size() == 1
                                  ? QFileInfo(m_state.paths.constFirst()).fileName()
                                  : tr("%n file(s)", nullptr, static_cast<int>(m_state.paths.size()));
        try {
            m_state.source = m_state.paths.size() == 1
                                 ? imports::readSource(m_state.paths.constFirst(), m_state.options)
                                 : imports::readSources(m_state.paths, m_state.options);
        } catch (const Error &error) {
            m_error->setText(tr("Cannot read %1: %2").arg(shown, error.message()));
        } catch (const std::exception &error) {
            // No input may crash the wizard; the reader's own words are the best there are.
            m_error->setText(tr("Cannot read %1: %2").arg(shown, QString::fromLocal8Bit(error.what())));
        }
    }
    showSource();
    Q_EMIT completeChanged();
}

void ImportSourcePage::showSource()
{
    QStringList names;
    QStringList paths;
    for (const QString &path : std::as_const(m_state.paths)) {
        names << QFileInfo(path).fileName();
        paths << QDir::toNativeSeparators(path);
    }
    if (!names.isEmpty()) {
        // The names on one line (the folder in the tooltip), so that a long path cannot widen the page.
        m_files->setText(names.size() <= 3 ? names.join(tr(", "))
                                           : tr("%1 and %n more", nullptr, static_cast<int>(names.size() - 2))
                                                 .arg(names.mid(0, 2).join(tr(", "))));
        m_files->setToolTip(paths.join(u'\n'));
    }
    m_error->setVisible(!m_error->text().isEmpty());
    const std::optional<imports::ImportSource> &source = m_state.source;
    m_format->setText(source ? ImportText::sourceDescription(*source, m_state.paths.size()) : QString());
    const bool workbook = source && source->format == imports::FileFormat::Xlsx;
    // The encoding of a file that failed to read may be what is wrong with it.
    m_encoding->setEnabled(!m_state.paths.isEmpty() && !workbook);
    m_sheet->setEnabled(workbook && source->sheets.size() > 1);
    if (workbook) {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(source->sheets);
        const QString sheet = m_state.options.sheet.isEmpty() ? source->sheets.value(0) : m_state.options.sheet;
        m_sheet->setCurrentIndex(static_cast<int>(source->sheets.indexOf(sheet)));
    } else if (source) {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
    }
    QStringList notes = source ? source->table.notes : QStringList();
    m_notes->setText(notes.isEmpty() ? QString() : tr("Notes:") + u"\n• "_s + notes.join(u"\n• "_s));
    m_notes->setVisible(!notes.isEmpty());
}

} // namespace crm::ui
