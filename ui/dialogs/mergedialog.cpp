#include "mergedialog.h"

#include "commands/mergecommand.h"
#include "databasesession.h"
#include "domain/bidi.h"
#include "domain/dateformat.h"
#include "domain/error.h"
#include "domain/fieldmap.h"
#include "domain/officerzone.h"
#include "forms/errorlabel.h"
#include "models/historyvalues.h"
#include "models/recordkindlabel.h"
#include "support/screenfit.h"
#include "support/taborder.h"
#include "support/texttone.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// A record's column is never narrower than this many average characters, nor wider than the
// next: 2-3 records fit a 1366-pixel laptop screen side by side, more scroll sideways.
constexpr int kMinColumnChars = 26;
constexpr int kMaxColumnChars = 60;

bool isBlank(const QVariant &value)
{
    return !value.isValid() || value.isNull() ||
           (value.toString().isEmpty() && value.toList().isEmpty() && value.toMap().isEmpty());
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (isBlank(a) || isBlank(b)) {
        return isBlank(a) && isBlank(b);
    }
    return a == b || (a.canConvert<QString>() && b.canConvert<QString>() && a.toString() == b.toString());
}

QLabel *textLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    return label;
}

// Secondary text (an empty value, where a record came from), readable in a light and a dark theme.
void muted(QWidget *widget)
{
    setTextTone(widget, Tone::Muted);
}

void bold(QWidget *widget)
{
    QFont font = widget->font();
    font.setBold(true);
    widget->setFont(font);
}
} // namespace

MergeDialog::MergeDialog(DatabaseSession &session, RecordKind kind, const QStringList &ids, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_ids(ids),
      m_values(std::make_unique<HistoryValues>(session.store(), kind)), m_intro(new QLabel(this)),
      m_table(new QScrollArea(this)), m_showIdentical(new QCheckBox(this)), m_summary(new QLabel(this)),
      m_rules(new QLabel(this)), m_error(new ErrorLabel(this)), m_mergeButton(new QPushButton(tr("&Merge"), this))
{
    setObjectName(u"mergeDialog"_s);
    //: Title of the merge dialog: "Merge Investors".
    setWindowTitle(tr("Merge %1").arg(recordKindPluralLabel(kind)));

    m_intro->setObjectName(u"mergeIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("These records become one. Choose the record that stays and, where they differ, the value "
                        "it keeps; lists are united. Every link to the others moves to the record that stays. "
                        "Edit > Undo takes the merge back."));

    m_table->setObjectName(u"mergeTable"_s);
    m_table->setWidgetResizable(true);
    m_table->setFrameShape(QFrame::StyledPanel);
    m_table->setAccessibleName(tr("Records side by side"));

    m_showIdentical->setObjectName(u"showIdenticalFields"_s);
    connect(m_showIdentical, &QCheckBox::toggled, this, [this](bool shown) {
        for (QWidget *widget : std::as_const(m_identical)) {
            widget->setVisible(shown);
        }
        if (shown) {
            fitToContent(); // room for the rows shown, where the screen has it
        }
    });

    m_summary->setObjectName(u"mergeLinksSummary"_s);
    m_summary->setWordWrap(true);
    m_rules->setObjectName(u"mergeRules"_s);
    m_rules->setWordWrap(true);
    m_rules->setTextFormat(Qt::PlainText);
    m_error->setObjectName(u"mergeError"_s);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"mergeButtons"_s);
    m_mergeButton->setObjectName(u"mergeButton"_s);
    m_mergeButton->setToolTip(tr("Merge the records into the one that stays, as one step that Undo takes back"));
    m_mergeButton->setDefault(true);
    buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::merge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"mergeLayout"_s);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_showIdentical);
    layout->addWidget(m_summary);
    layout->addWidget(m_rules);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    load(ids.value(0)); // a refusal goes to the caller: there is nothing to show
    rebuild();
    fitToContent();
}

void MergeDialog::fitToContent()
{
    // As wide as the records need and as high as the fields need, within the screen.
    const QWidget *content = m_table->widget();
    const int chrome = sizeHint().height() - m_table->sizeHint().height();
    const QMargins margins = layout()->contentsMargins();
    const QSize preferred(content->sizeHint().width() + 2 * m_table->frameWidth() +
                              style()->pixelMetric(QStyle::PM_ScrollBarExtent) + margins.left() + margins.right(),
                          content->sizeHint().height() + chrome + 2 * m_table->frameWidth());
    fitToScreen(this, preferred.expandedTo(isVisible() ? size() : QSize()));
}

MergeDialog::~MergeDialog() = default;

QString MergeDialog::survivorId() const
{
    return m_preview.records.isEmpty() ? QString() : m_preview.records.constFirst().value(u"id"_s).toString();
}

void MergeDialog::load(const QString &keepId)
{
    MergeRequest request;
    request.kind = m_kind;
    request.keepId = keepId;
    // A record named twice stays named twice: core refuses to merge a record with itself.
    request.otherIds = m_ids;
    request.otherIds.removeOne(keepId);
    m_preview = Merges(*m_session.database()).preview(request);
    // The rows in the form's order (names first), whatever order core lists them in.
    const QStringList order = m_values->fieldOrder();
    std::stable_sort(m_preview.fields.begin(), m_preview.fields.end(),
                     [&order](const MergeFieldChoice &a, const MergeFieldChoice &b) {
                         const auto rank = [&order](const QString &field) {
                             const qsizetype at = order.indexOf(field);
                             return at < 0 ? order.size() : at;
                         };
                         return rank(a.field) < rank(b.field);
                     });
}

bool MergeDialog::setSurvivor(const QString &id)
{
    if (id == survivorId()) {
        return true;
    }
    const MergePreview shown = m_preview;
    try {
        load(id);
        rebuild();
    } catch (const Error &error) {
        // Refused, or a record it links to could not be read: the table on show stays as it was.
        m_preview = shown;
        showError(error.message());
        if (QAbstractButton *kept = m_survivors->button(0)) {
            kept->setChecked(true);
        }
        return false;
    }
    m_error->hide();
    if (QAbstractButton *kept = m_survivors->button(0)) {
        kept->setFocus(); // the button the officer used is gone with the old table
    }
    return true;
}

QString MergeDialog::title(qsizetype index) const
{
    if (index < m_preview.titles.size()) {
        return m_preview.titles.at(index);
    }
    return m_preview.records.value(index).value(u"id"_s).toString();
}

void MergeDialog::rebuild()
{
    // Built aside and put on show only once complete: a read that fails part way (a linked record's
    // title) throws with the table on show and what it refers to untouched.
    const QHash<QString, QButtonGroup *> groups = std::exchange(m_choiceGroups, {});
    const QList<QWidget *> identicalRows = std::exchange(m_identical, {});
    QButtonGroup *const survivors = m_survivors;
    auto owned = std::make_unique<QWidget>();
    QWidget *content = owned.get();
    try {
        fillTable(content);
    } catch (const Error &) {
        m_choiceGroups = groups;
        m_identical = identicalRows;
        m_survivors = survivors;
        throw;
    }
    delete m_table->takeWidget();
    m_table->setWidget(owned.release());
    // The new table joins the end of the focus chain: what is under it goes back after it.
    moveToEndOfTabOrder(*this, {m_showIdentical, m_mergeButton->parentWidget()});
    for (QWidget *widget : std::as_const(m_identical)) {
        widget->setVisible(m_showIdentical->isChecked());
    }
    updateSummary();
}

void MergeDialog::fillTable(QWidget *content)
{
    content->setObjectName(u"mergeTableContent"_s);
    auto *grid = new QGridLayout(content);
    grid->setObjectName(u"mergeGrid"_s);
    grid->setHorizontalSpacing(18);
    grid->setColumnStretch(0, 0);
    const int columnWidth = std::clamp(
        (availableScreenArea(this).width() * 3 / 4) / std::max<int>(1, m_preview.records.size()),
        fontMetrics().averageCharWidth() * kMinColumnChars, fontMetrics().averageCharWidth() * kMaxColumnChars);
    for (int column = 1; column <= m_preview.records.size(); ++column) {
        grid->setColumnStretch(column, 1);
        grid->setColumnMinimumWidth(column, columnWidth);
    }
    int row = 0;
    addRecordHeaders(grid, row);
    int identical = 0;
    for (const MergeFieldChoice &choice : std::as_const(m_preview.fields)) {
        if (metadataFields().contains(choice.field) ||
            std::all_of(choice.values.cbegin(), choice.values.cend(), isBlank)) {
            continue; // nothing to see or to pick
        }
        addFieldRow(grid, row++, choice);
        identical += choice.differs ? 0 : 1;
    }
    grid->setRowStretch(row, 1);
    //: The toggle under the merge table; the count is of fields alike in every record.
    m_showIdentical->setText(tr("Show &identical fields (%n)", nullptr, identical));
    m_showIdentical->setEnabled(identical > 0);
}

void MergeDialog::addRecordHeaders(QGridLayout *grid, int &row)
{
    QWidget *content = grid->parentWidget();
    m_survivors = new QButtonGroup(content);
    m_survivors->setObjectName(u"survivorChoices"_s);
    QLabel *stays = textLabel(tr("Stays:"), u"survivorLabel"_s, content);
    bold(stays);
    grid->addWidget(stays, row + 2, 0);
    for (int i = 0; i < m_preview.records.size(); ++i) {
        const QVariantMap &record = m_preview.records.at(i);
        const QString id = record.value(u"id"_s).toString();
        const QString recordTitle = title(i);
        QLabel *heading = textLabel(recordTitle, u"recordTitle%1"_s.arg(i), content);
        bold(heading);
        grid->addWidget(heading, row, i + 1);
        const QDateTime modified =
            toOfficerTime(QDateTime::fromString(record.value(u"modified_at"_s).toString(), Qt::ISODateWithMs));
        //: Under a record's title in the merge dialog: when it was last changed.
        QLabel *origin = textLabel(modified.isValid() ? tr("Changed %1").arg(formatDateTime(modified)) : QString(),
                                   u"recordChanged%1"_s.arg(i), content);
        muted(origin);
        grid->addWidget(origin, row + 1, i + 1);

        auto *keep = new QRadioButton(i == 0 ? tr("This record stays") : tr("Keep this one instead"), content);
        keep->setObjectName(u"survivor%1"_s.arg(i));
        keep->setProperty("recordId", id);
        //: The accessible name of the radio button making a record the one a merge keeps.
        keep->setAccessibleName(tr("Keep \u201c%1\u201d").arg(isolate(recordTitle)));
        keep->setChecked(i == 0);
        m_survivors->addButton(keep, i);
        grid->addWidget(keep, row + 2, i + 1);
        // Queued: the button clicked is destroyed when the table is built again.
        connect(
            keep, &QRadioButton::clicked, this, [this, id] { setSurvivor(id); }, Qt::QueuedConnection);
    }
    row += 3;
    auto *line = new QFrame(content);
    line->setObjectName(u"mergeHeaderLine"_s);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, row++, 0, 1, static_cast<int>(m_preview.records.size()) + 1);
}

void MergeDialog::addFieldRow(QGridLayout *grid, int row, const MergeFieldChoice &choice)
{
    QWidget *content = grid->parentWidget();
    const QString label = m_values->fieldLabel(choice.field);
    const int columns = static_cast<int>(m_preview.records.size());
    const QVariantMap &keep = m_preview.records.constFirst();
    QLabel *name = textLabel(label, u"fieldLabel_%1"_s.arg(choice.field), content);
    grid->addWidget(name, row, 0);

    if (choice.isList || !choice.differs) {
        // A list is united and a value alike in all is kept: the result, across the columns.
        QString text = m_values->text(choice.field, choice.isList ? choice.proposed : choice.values.value(0), keep);
        QLabel *value = textLabel(text, u"fieldValue_%1"_s.arg(choice.field), content);
        if (choice.isList && choice.differs) {
            //: The tooltip of a list field in the merge dialog.
            value->setToolTip(tr("The lists of all the records, united"));
            QLabel *united = textLabel(tr("(united)"), u"fieldUnited_%1"_s.arg(choice.field), content);
            muted(united);
            auto *cell = new QWidget(content);
            auto *cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->setSpacing(0);
            cellLayout->addWidget(value);
            cellLayout->addWidget(united);
            grid->addWidget(cell, row, 1, 1, columns);
        } else {
            grid->addWidget(value, row, 1, 1, columns);
        }
        if (!choice.differs) {
            m_identical << name << value;
        }
        return;
    }

    bold(name);
    auto *group = new QButtonGroup(content);
    group->setObjectName(u"choices_%1"_s.arg(choice.field));
    m_choiceGroups.insert(choice.field, group);
    const QString picked = m_picks.value(choice.field);
    int checked = -1;
    for (int i = 0; i < columns && i < choice.values.size(); ++i) {
        const QVariantMap &record = m_preview.records.at(i);
        const QString id = record.value(u"id"_s).toString();
        const QVariant value = choice.values.at(i);
        const QString full = m_values->text(choice.field, value, record);
        const QString shown = full.isEmpty() ? tr("(empty)") : full.simplified();
        auto *button = new QRadioButton(content);
        button->setObjectName(u"pick_%1_%2"_s.arg(choice.field).arg(i));
        button->setProperty("recordId", id);
        // One line cut to the column, in full in the tooltip; "&&": a value's "R&D" is no mnemonic.
        const int room = grid->columnMinimumWidth(i + 1) - style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) -
                         style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing) - 8;
        button->setText(fontMetrics().elidedText(shown, Qt::ElideRight, room).replace(u'&', u"&&"_s));
        button->setToolTip(full);
        //: The accessible name of a value the officer can pick in the merge dialog: field, record, value.
        button->setAccessibleName(tr("%1 from \u201c%2\u201d: %3").arg(label, isolate(title(i)), isolate(shown)));
        if (full.isEmpty()) {
            muted(button);
        }
        group->addButton(button, i);
        grid->addWidget(button, row, i + 1);
        if (!picked.isEmpty() ? id == picked : (checked < 0 && sameValue(value, choice.proposed))) {
            checked = i;
        }
        connect(button, &QRadioButton::clicked, this, [this, field = choice.field, id] { m_picks.insert(field, id); });
    }
    if (checked >= 0) {
        group->button(checked)->setChecked(true);
    }
}

void MergeDialog::updateSummary()
{
    const QString survivor = title(0);
    const int links = static_cast<int>(m_preview.linksToMove);
    m_summary->setText(
        links == 0 ? tr("No other record links to the records merged away.")
                   //: Under the merge table: how many links (meetings, deals, notes...) move to the record that stays.
                   : tr("%n link(s) from other records (meetings, deals, notes, ...) will move to \u201c%1\u201d.",
                        nullptr, links)
                         .arg(survivor));
    QStringList rules;
    for (const QString &rule : std::as_const(m_preview.rules)) {
        rules << u"\u2022 "_s + rule;
    }
    //: Above the list of rules a merge applies (an attendee twice kept once, a parent cleared...).
    m_rules->setText(rules.isEmpty() ? QString()
                                     : tr("The merge also applies these rules:") + u'\n' + rules.join(u'\n'));
    m_rules->setVisible(!rules.isEmpty());
}

MergeRequest MergeDialog::request() const
{
    MergeRequest request;
    request.kind = m_kind;
    request.keepId = survivorId();
    for (qsizetype i = 0; i < m_preview.records.size(); ++i) {
        const QVariantMap &record = m_preview.records.at(i);
        const QString id = record.value(u"id"_s).toString();
        if (i > 0) {
            request.otherIds << id;
        }
        request.seen.insert(id, record.value(u"modified_at"_s).toString());
    }
    for (const MergeFieldChoice &choice : std::as_const(m_preview.fields)) {
        const QButtonGroup *group = m_choiceGroups.value(choice.field);
        const int picked = group ? group->checkedId() : -1;
        if (picked >= 0 && picked < choice.values.size()) {
            request.chosen.insert(choice.field, choice.values.at(picked));
        }
    }
    return request;
}

bool MergeDialog::merge()
{
    MergeResult result;
    if (const std::optional<Error> refused = MergeCommand::run(*m_session.undoStack(), m_session, request(), &result)) {
        showError(refused->message());
        return false;
    }
    m_result = result;
    accept();
    return true;
}

void MergeDialog::showError(const QString &message)
{
    //: Above the reason a merge was refused.
    m_error->setText(tr("The records were not merged: nothing was changed.") + u'\n' + message);
    m_error->show();
}

QString MergeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace crm::ui
