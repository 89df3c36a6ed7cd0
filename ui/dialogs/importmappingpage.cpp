#include "importmappingpage.h"

#include "domain/error.h"
#include "importsupport.h"
#include "importwizard.h"
#include "support/filedialog.h"
#include "support/messagebox.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr int SampleCount = 3;

QString jsonFilter()
{
    return ImportMappingPage::tr("Column mappings (*.json);;All files (*)");
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_table(new QTableWidget(this)), m_message(new QLabel(this))
{
    setObjectName(u"importMappingPage"_s);
    setTitle(tr("Columns and Fields"));
    setSubTitle(tr("Each column of the file fills the field chosen for it, or is skipped. Columns were matched "
                   "by their headers; change any match here."));
    m_table->setObjectName(u"mappingTable"_s);
    m_table->setAccessibleName(tr("Columns and the fields they go to"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Values"), tr("Field"), tr("Matched"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Samples, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_message->setObjectName(u"mappingMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *load = new QPushButton(tr("&Load Mapping…"), this);
    load->setObjectName(u"loadMapping"_s);
    load->setToolTip(tr("Use a mapping saved for an earlier file of the same layout."));
    auto *save = new QPushButton(tr("Sa&ve Mapping…"), this);
    save->setObjectName(u"saveMapping"_s);
    save->setToolTip(tr("Keep this mapping for the next file of the same layout, here or with the command-line "
                        "tool's --mapping."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(load, &QPushButton::clicked, this, &ImportMappingPage::loadMapping);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
}

void ImportMappingPage::initializePage()
{
    if (m_state.source && m_state.mappingStale) {
        m_state.mapping = interchange::ColumnMapping::guess(m_state.kind, m_state.source->table.header);
        m_state.mappingStale = false;
        m_message->clear();
        m_message->hide();
    }
    fill();
}

bool ImportMappingPage::isComplete() const
{
    for (const interchange::ColumnMatch &column : m_state.mapping.columns()) {
        if (!column.skipped()) {
            return true;
        }
    }
    return false;
}

void ImportMappingPage::fill()
{
    m_table->clearContents();
    if (!m_state.source) {
        m_table->setRowCount(0);
        return;
    }
    const interchange::Table &table = m_state.source->table;
    const auto fields = ImportText::fillableFields(m_state.kind);
    m_table->setRowCount(static_cast<int>(table.header.size()));
    for (int row = 0; row < table.header.size(); ++row) {
        auto *header = new QTableWidgetItem(table.header.at(row));
        header->setToolTip(table.header.at(row));
        m_table->setItem(row, Header, header);
        QStringList samples;
        for (qsizetype r = 0; r < table.rows.size() && samples.size() < SampleCount; ++r) {
            const QString text = ImportText::cell(table.cell(r, row));
            if (!text.isEmpty()) {
                samples << text;
            }
        }
        auto *values = new QTableWidgetItem(samples.join(u" · "_s));
        values->setToolTip(samples.join(u'\n'));
        m_table->setItem(row, Samples, values);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(u"fieldCombo"_s + QString::number(row));
        combo->setAccessibleName(tr("Field for column %1").arg(table.header.at(row)));
        combo->addItem(tr("Skip"), QString());
        for (const auto &[field, label] : fields) {
            combo->addItem(label, field);
        }
        m_table->setCellWidget(row, Field, combo);
        m_table->setItem(row, Matched, new QTableWidgetItem);
        m_table->setItem(row, Note, new QTableWidgetItem);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { fieldChosen(row); });
    }
    showMatches();
    m_table->resizeColumnToContents(Header);
    m_table->resizeColumnToContents(Field);
    m_table->resizeColumnToContents(Matched);
    m_table->setColumnWidth(Header, qMin(m_table->columnWidth(Header), 220));
}

void ImportMappingPage::showMatches()
{
    const QList<interchange::ColumnMatch> &columns = m_state.mapping.columns();
    for (int row = 0; row < m_table->rowCount() && row < columns.size(); ++row) {
        const interchange::ColumnMatch &match = columns.at(row);
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, Field))) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(qMax(0, combo->findData(match.field)));
        }
        m_table->item(row, Matched)->setText(ImportText::matchSource(match.source));
        m_table->item(row, Note)->setText(match.note);
        m_table->item(row, Note)->setToolTip(match.note);
    }
    Q_EMIT completeChanged();
}

void ImportMappingPage::fieldChosen(int row)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, Field));
    if (!combo) {
        return;
    }
    try {
        m_state.mapping.choose(row, combo->currentData().toString());
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Column Mapping"), error.message());
    }
    m_state.plan.reset();
    showMatches();
}

void ImportMappingPage::saveMapping()
{
    const QString suggested =
        m_state.paths.isEmpty()
            ? QString()
            : QFileInfo(m_state.paths.constFirst())
                  .absoluteDir()
                  .filePath(QFileInfo(m_state.paths.constFirst()).completeBaseName() + u"-mapping.json"_s);
    const QString path = FileDialog::saveFileName(this, tr("Save Mapping"), suggested, jsonFilter());
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(m_state.mapping.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        MessageBox::critical(this, tr("Save Mapping"),
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_message->setText(tr("Mapping saved as %1.").arg(QDir::toNativeSeparators(path)));
    m_message->show();
}

void ImportMappingPage::loadMapping()
{
    if (!m_state.source) {
        return;
    }
    const QString dir = m_state.paths.isEmpty() ? QString() : QFileInfo(m_state.paths.constFirst()).absolutePath();
    const QString path = FileDialog::openFileName(this, tr("Load Mapping"), dir, jsonFilter());
    if (path.isEmpty()) {
        return;
    }
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Load Mapping"), tr("Cannot read %1: %2").arg(shown, file.errorString()));
        return;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        MessageBox::critical(this, tr("Load Mapping"),
                             tr("%1 is not a saved column mapping: %2").arg(shown, parse.errorString()));
        return;
    }
    try {
        const auto applied =
            interchange::ColumnMapping::fromJson(document.object(), m_state.kind).applyTo(m_state.source->table.header);
        m_state.mapping = applied.mapping;
        QStringList lines{tr("Mapping loaded from %1.").arg(shown)};
        if (!applied.missingHeaders.isEmpty()) {
            lines
                << tr("Columns it names that this file does not have: %1.").arg(applied.missingHeaders.join(tr(", ")));
        }
        if (!applied.unnamedColumns.isEmpty()) {
            lines
                << tr("Columns of this file it does not name, skipped: %1.").arg(applied.unnamedColumns.join(tr(", ")));
        }
        m_message->setText(lines.join(u'\n'));
        m_message->show();
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Load Mapping"), tr("Cannot use %1: %2").arg(shown, error.message()));
        return;
    }
    m_state.plan.reset();
    showMatches();
}

} // namespace crm::ui
