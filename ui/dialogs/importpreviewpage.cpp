#include "importpreviewpage.h"

#include "databasesession.h"
#include "domain/dateformat.h"
#include "domain/error.h"
#include "domain/recordcodec.h"
#include "domain/referencedata.h"
#include "forms/errorlabel.h"
#include "importsupport.h"
#include "importwizard.h"
#include "models/listcolumns.h"
#include "models/recordtitle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
const QList<imports::DuplicateChoice> choices{imports::DuplicateChoice::Skip, imports::DuplicateChoice::UpdateEmpty,
                                              imports::DuplicateChoice::Create};

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(text);
    return cell;
}

QTableWidgetItem *numberItem(int number)
{
    auto *cell = new QTableWidgetItem(QLocale().toString(number));
    cell->setData(Qt::UserRole, number);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}
} // namespace

ImportPreviewPage::ImportPreviewPage(DatabaseSession &session, ImportWizard &wizard, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_wizard(wizard), m_state(wizard.state()), m_summary(new QLabel(this)),
      m_notes(new QLabel(this)), m_problem(new ErrorLabel(this)), m_again(new QPushButton(tr("&Preview Again"), this)),
      m_tabs(new QTabWidget(this)), m_rows(makeTable(this, u"previewRows"_s, {})),
      m_refused(makeTable(this, u"refusedRows"_s, {tr("Row"), tr("Column"), tr("Field"), tr("Problem")})),
      m_duplicates(makeTable(this, u"duplicateRows"_s,
                             {tr("Row"), tr("In the file"), tr("Existing record"), tr("Why"), tr("Choice")})),
      m_forAll(new QComboBox(this)), m_skipRefused(new QCheckBox(tr("&Leave out the refused rows"), this))
{
    setObjectName(u"importPreviewPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(tr("Nothing is written yet. Check the rows, the refused ones and those that match a record "
                   "already there, then import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_summary->setObjectName(u"previewSummary"_s);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_notes->setObjectName(u"previewNotes"_s);
    m_notes->setWordWrap(true);
    m_problem->setObjectName(u"previewProblem"_s);
    m_problem->hide();
    m_again->setObjectName(u"previewAgain"_s);
    m_again->hide();
    m_tabs->setObjectName(u"previewTabs"_s);
    m_forAll->setObjectName(u"duplicateChoiceAll"_s);
    m_forAll->addItem(tr("Choose for every one…"));
    for (imports::DuplicateChoice choice : choices) {
        m_forAll->addItem(ImportText::choice(choice), static_cast<int>(choice));
    }
    m_skipRefused->setObjectName(u"skipRefused"_s);
    m_skipRefused->setToolTip(tr("Without this, a file with a refused row is not imported at all: correct the "
                                 "file, or the mapping, and preview again."));

    auto *duplicates = new QWidget(this);
    auto *forAll = new QHBoxLayout;
    auto *forAllLabel = new QLabel(tr("For &all of them:"), duplicates);
    forAllLabel->setBuddy(m_forAll);
    forAll->addWidget(forAllLabel);
    forAll->addWidget(m_forAll);
    forAll->addStretch(1);
    auto *duplicatesLayout = new QVBoxLayout(duplicates);
    duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    duplicatesLayout->addLayout(forAll);
    duplicatesLayout->addWidget(m_duplicates, 1);
    m_tabs->addTab(m_rows, tr("Rows"));
    m_tabs->addTab(m_refused, tr("Refused"));
    m_tabs->addTab(duplicates, tr("Already There"));
    // The tabs' titles change with their counts; the tables keep a name of their own.
    m_rows->setAccessibleName(tr("Rows to import"));
    m_refused->setAccessibleName(tr("Refused rows"));
    m_duplicates->setAccessibleName(tr("Rows already there"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notes);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_skipRefused);

    connect(m_again, &QPushButton::clicked, this, &ImportPreviewPage::makePlan);
    connect(m_skipRefused, &QCheckBox::toggled, this, &ImportPreviewPage::completeChanged);
    connect(m_forAll, &QComboBox::activated, this, &ImportPreviewPage::chooseForAll);
}

void ImportPreviewPage::initializePage()
{
    makePlan();
}

void ImportPreviewPage::makePlan()
{
    m_state.plan.reset();
    m_linkTitles.clear();
    m_existing.clear();
    m_problem->clear();
    Database *db = m_session.database();
    if (db && m_state.source) {
        ImportProgressDialog progress(this, tr("Preparing the preview…"));
        try {
            imports::ImportPlan plan = imports::ImportPlanner(*db).plan(*m_state.source, m_state.mapping,
                                                                        m_state.conversion, progress.callback());
            if (plan.cancelled) {
                m_problem->setText(tr("The preview was cancelled; nothing was written."));
            } else {
                m_state.plan = std::move(plan);
            }
        } catch (const Error &error) {
            m_problem->setText(tr("Cannot prepare the import: %1").arg(error.message()));
        }
    }
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_again->setVisible(!m_state.plan);
    showPlan();
}

void ImportPreviewPage::showPlan()
{
    m_skipRefused->setChecked(false);
    m_forAll->setCurrentIndex(0);
    const std::optional<imports::ImportPlan> &plan = m_state.plan;
    m_notes->setText(plan && !plan->notes.isEmpty() ? u"• "_s + plan->notes.join(u"\n• "_s) : QString());
    m_notes->setVisible(!m_notes->text().isEmpty());
    fillRows();
    fillRefused();
    fillDuplicates();
    showCounts();
    // Open on what needs the officer first.
    if (plan && plan->refusedCount() > 0) {
        m_tabs->setCurrentIndex(1);
    } else if (plan && plan->duplicateCount() > 0) {
        m_tabs->setCurrentIndex(2);
    } else {
        m_tabs->setCurrentIndex(0);
    }
}

QString ImportPreviewPage::linkTitle(RecordKind kind, const QString &id)
{
    if (id.isEmpty()) {
        return {};
    }
    auto it = m_linkTitles.constFind(id);
    if (it == m_linkTitles.constEnd()) {
        QString title = id;
        try {
            if (const RecordStore *store = m_session.store()) {
                title = titleIfExists(*store, kind, id).value_or(id);
            }
        } catch (const Error &error) {
            m_session.reportReadFailure(error);
        }
        it = m_linkTitles.insert(id, title);
    }
    return *it;
}

QStringList ImportPreviewPage::fieldsToFill(const imports::PlannedRow &planned)
{
    auto it = m_existing.constFind(planned.duplicate->id);
    if (it == m_existing.constEnd()) {
        QVariantMap existing;
        try {
            if (const RecordStore *store = m_session.store()) {
                existing = store->find(m_state.kind, planned.duplicate->id).value_or(QVariantMap());
            }
        } catch (const Error &error) {
            m_session.reportReadFailure(error);
        }
        it = m_existing.insert(planned.duplicate->id, existing);
    }
    QStringList labels;
    for (const QString &field : imports::emptyFieldsFilled(*it, planned.record).keys()) {
        labels << ImportText::fieldLabel(m_state.kind, field);
    }
    return labels;
}

void ImportPreviewPage::fillRows()
{
    const QList<ListColumn> columns = listColumns(m_state.kind);
    QStringList headers{tr("Row"), tr("Will be")};
    for (const ListColumn &column : columns) {
        headers << column.header;
    }
    m_rows->clearContents();
    m_rows->setColumnCount(static_cast<int>(headers.size()));
    m_rows->setHorizontalHeaderLabels(headers);
    m_rows->setRowCount(0);
    if (!m_state.plan) {
        return;
    }
    const KindCodec &codec = codecFor(m_state.kind);
    const QLocale locale;
    int shown = 0;
    for (const imports::PlannedRow &planned : std::as_const(m_state.plan->rows)) {
        if (planned.refused()) {
            continue;
        }
        if (shown == PreviewRows) {
            break;
        }
        QString action = tr("new");
        if (planned.duplicate) {
            switch (planned.choice) {
            case imports::DuplicateChoice::Skip:
                action = tr("skipped: %1 is there").arg(planned.duplicate->title);
                break;
            case imports::DuplicateChoice::UpdateEmpty: {
                const QStringList filled = fieldsToFill(planned);
                action = filled.isEmpty() ? tr("skipped: nothing of %1 is empty").arg(planned.duplicate->title)
                                          : tr("fills %1 of %2").arg(filled.join(tr(", ")), planned.duplicate->title);
                break;
            }
            case imports::DuplicateChoice::Create:
                action = tr("new, beside %1").arg(planned.duplicate->title);
                break;
            }
        }
        // The record as storage will hold it (its title, dates read), as the list will show it.
        QVariantMap stored = planned.record;
        try {
            stored = codec.normalise(planned.record, MapFormat::Json, m_session.clock());
        } catch (const Error &) {
            // Shown as planned; the import itself says what is wrong with it.
        }
        m_rows->insertRow(shown);
        m_rows->setItem(shown, 0, numberItem(planned.sourceRow));
        m_rows->setItem(shown, 1, item(action));
        for (int c = 0; c < columns.size(); ++c) {
            const ListColumn &column = columns.at(c);
            const QVariant value =
                column.value == ListValue::Title ? QVariant(codec.title(stored)) : planned.record.value(column.field);
            QString text;
            if (!value.isNull()) {
                switch (column.value) {
                case ListValue::Date:
                    text = formatDate(QDate::fromString(value.toString(), Qt::ISODate), locale);
                    break;
                case ListValue::Link:
                    text = column.linkKind ? linkTitle(*column.linkKind, value.toString()) : value.toString();
                    break;
                case ListValue::Country:
                    text = reference::countryLabel(value.toString());
                    break;
                case ListValue::Bool:
                    text = value.toBool() ? tr("Yes") : tr("No");
                    break;
                default:
                    text = value.toString().section(u'\n', 0, 0);
                    break;
                }
            }
            m_rows->setItem(shown, c + 2, item(text));
        }
        ++shown;
    }
    m_rows->resizeColumnsToContents();
    for (int c = 0; c < m_rows->columnCount(); ++c) {
        m_rows->setColumnWidth(c, qMin(m_rows->columnWidth(c), 260));
    }
}

void ImportPreviewPage::fillRefused()
{
    m_refused->clearContents();
    m_refused->setRowCount(0);
    if (!m_state.plan) {
        return;
    }
    for (const imports::PlannedRow &planned : std::as_const(m_state.plan->rows)) {
        for (const interchange::CellError &error : planned.errors) {
            const int row = m_refused->rowCount();
            m_refused->insertRow(row);
            m_refused->setItem(row, 0, numberItem(error.row > 0 ? error.row : planned.sourceRow));
            m_refused->setItem(row, 1, item(error.column >= 0 ? error.header : tr("(no column)")));
            m_refused->setItem(
                row, 2, item(error.field.isEmpty() ? QString() : ImportText::fieldLabel(m_state.kind, error.field)));
            m_refused->setItem(row, 3, item(error.message));
        }
    }
    m_refused->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("Refused (%1)").arg(QLocale().toString(m_state.plan->refusedCount())));
}

void ImportPreviewPage::fillDuplicates()
{
    m_duplicates->clearContents();
    m_duplicates->setRowCount(0);
    if (!m_state.plan) {
        return;
    }
    const KindCodec &codec = codecFor(m_state.kind);
    QList<imports::PlannedRow> &rows = m_state.plan->rows;
    for (qsizetype index = 0; index < rows.size(); ++index) {
        const imports::PlannedRow &planned = rows.at(index);
        if (!planned.duplicate || planned.refused()) {
            continue;
        }
        const int row = m_duplicates->rowCount();
        m_duplicates->insertRow(row);
        m_duplicates->setItem(row, 0, numberItem(planned.sourceRow));
        QString inFile;
        try {
            inFile = codec.title(codec.normalise(planned.record, MapFormat::Json, m_session.clock()));
        } catch (const Error &) {
            inFile = planned.duplicate->value;
        }
        m_duplicates->setItem(row, 1, item(inFile));
        m_duplicates->setItem(row, 2, item(planned.duplicate->title));
        m_duplicates->setItem(
            row, 3,
            item(tr("%1: %2").arg(ImportText::duplicateReason(planned.duplicate->reason), planned.duplicate->value)));
        auto *combo = new QComboBox(m_duplicates);
        combo->setObjectName(u"duplicateChoice"_s + QString::number(row));
        combo->setAccessibleName(tr("What to do with row %1").arg(planned.sourceRow));
        for (imports::DuplicateChoice choice : choices) {
            combo->addItem(ImportText::choice(choice), static_cast<int>(choice));
        }
        combo->setCurrentIndex(combo->findData(static_cast<int>(planned.choice)));
        m_duplicates->setCellWidget(row, 4, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, index] {
            if (m_state.plan && index < m_state.plan->rows.size()) {
                m_state.plan->rows[index].choice = static_cast<imports::DuplicateChoice>(combo->currentData().toInt());
                fillRows();
                showCounts();
            }
        });
    }
    m_duplicates->resizeColumnsToContents();
    // The reason takes the room; the choice needs only its longest item (the view does not measure
    // cell widgets).
    m_duplicates->horizontalHeader()->setStretchLastSection(false);
    m_duplicates->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_duplicates->setColumnWidth(4, qMax(m_duplicates->columnWidth(4), m_forAll->sizeHint().width()));
    m_tabs->setTabText(2, tr("Already There (%1)").arg(QLocale().toString(m_duplicates->rowCount())));
}

void ImportPreviewPage::chooseForAll(int index)
{
    if (index <= 0 || !m_state.plan) {
        return;
    }
    const auto choice = static_cast<imports::DuplicateChoice>(m_forAll->itemData(index).toInt());
    m_state.plan->chooseForAll(choice);
    for (int row = 0; row < m_duplicates->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_duplicates->cellWidget(row, 4))) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(combo->findData(static_cast<int>(choice)));
        }
    }
    fillRows();
    showCounts();
}

void ImportPreviewPage::showCounts()
{
    if (!m_state.plan) {
        m_summary->setText(tr("No preview."));
    } else {
        m_summary->setText(PlanCounts::of(*m_state.plan).summary());
    }
    m_skipRefused->setEnabled(m_state.plan && m_state.plan->refusedCount() > 0);
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    if (!m_state.plan) {
        return false;
    }
    const PlanCounts counts = PlanCounts::of(*m_state.plan);
    return counts.created + counts.updated > 0 && (counts.refused == 0 || m_skipRefused->isChecked());
}

bool ImportPreviewPage::validatePage()
{
    bool cancelled = false;
    if (m_wizard.runImport(m_skipRefused->isChecked(), &cancelled)) {
        return true;
    }
    if (cancelled) {
        m_problem->setText(tr("The import was cancelled; nothing was written."));
        m_problem->show();
    }
    return false;
}

} // namespace crm::ui
