#include "syncconflictsdialog.h"

#include "databasesession.h"
#include "dialogs/synctext.h"
#include "domain/bidi.h"
#include "domain/error.h"
#include "models/recordkindlabel.h"
#include "support/fielderrortext.h"
#include "support/icons.h"
#include "support/screenfit.h"
#include "support/texttone.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
enum Page
{
    EmptyPage,
    ReviewPage
};

constexpr int kMaxChoiceLength = 120;

// A radio button shows one line: a long or multi-line value is cut there, in full in its tooltip.
QString oneLine(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > kMaxChoiceLength ? line.left(kMaxChoiceLength - 1) + u'\u2026' : line;
}

QLabel *wrappedLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The grey line under a value saying where it comes from, indented to the radio button's text.
QLabel *originLabel(const QString &text, const QString &name, int indent, QWidget *parent)
{
    QLabel *label = wrappedLabel(text, name, parent);
    label->setContentsMargins(indent, 0, 0, 0);
    setTextTone(label, Tone::Muted);
    return label;
}

QString recordText(const SyncConflict &conflict)
{
    //: A record in the sync conflicts list: its kind, then its title ("Delegate “Yuki Tanaka”").
    return SyncConflictsDialog::tr("%1 \u201c%2\u201d")
        .arg(recordKindLabel(conflict.kind), isolate(conflict.recordTitle));
}

QString subjectText(const RecordStore *store, const SyncConflict &conflict)
{
    if (conflict.type == SyncConflict::Type::DeletedWhileEdited) {
        return SyncConflictsDialog::tr("Moved to the Trash while edited elsewhere");
    }
    return syncFieldLabel(store, conflict.kind, conflict.field);
}
} // namespace

SyncConflictsDialog::SyncConflictsDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_pages(new QStackedWidget(this)), m_summary(new QLabel(this)),
      m_list(new QListWidget(this)), m_details(new QScrollArea(this)), m_error(new QLabel(this)),
      m_apply(new QPushButton(tr("&Apply"), this)), m_keepDeleted(new QPushButton(tr("&Keep in Trash"), this)),
      m_restore(new QPushButton(tr("&Restore with the Edits"), this))
{
    setObjectName(u"syncConflictsDialog"_s);
    setWindowTitle(tr("Review Sync Conflicts"));

    auto *empty = new QLabel(tr("Nothing to review: every change received so far merged without a conflict."), this);
    empty->setObjectName(u"noConflictsLabel"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_pages->setObjectName(u"conflictPages"_s);
    m_pages->insertWidget(EmptyPage, empty);
    m_pages->insertWidget(ReviewPage, createReviewPage());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"conflictsLayout"_s);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(920, 540));
    // An import, an edit (which settles a conflict on its field) or another file changes the list.
    connect(&m_session, &DatabaseSession::recordsChanged, this, &SyncConflictsDialog::reload);
    connect(&m_session, &DatabaseSession::databaseChanged, this, &SyncConflictsDialog::reload);
    reload();
}

QWidget *SyncConflictsDialog::createReviewPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"reviewPage"_s);
    m_summary->setObjectName(u"conflictSummary"_s);
    m_summary->setWordWrap(true);

    m_list->setObjectName(u"conflictList"_s);
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::currentRowChanged, this, &SyncConflictsDialog::showConflict);

    m_details->setObjectName(u"conflictDetails"_s);
    m_details->setWidgetResizable(true);
    m_details->setFrameShape(QFrame::NoFrame);

    m_error->setObjectName(u"conflictError"_s);
    m_error->setWordWrap(true);
    setTextTone(m_error, Tone::Error);
    m_error->hide();

    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setToolTip(tr("Give the field the chosen value here and, with the next export, on the other replicas"));
    connect(m_apply, &QPushButton::clicked, this, &SyncConflictsDialog::applyChoice);
    m_keepDeleted->setObjectName(u"keepInTrashButton"_s);
    m_keepDeleted->setToolTip(tr("The record stays in the Trash; the edits made meanwhile are dropped"));
    connect(m_keepDeleted, &QPushButton::clicked, this, [this] { resolveDeletion(true); });
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setToolTip(tr("The record comes back out of the Trash with the edits made meanwhile"));
    connect(m_restore, &QPushButton::clicked, this, [this] { resolveDeletion(false); });
    auto *actions = new QHBoxLayout;
    actions->setObjectName(u"conflictActions"_s);
    actions->addStretch();
    actions->addWidget(m_keepDeleted);
    actions->addWidget(m_restore);
    actions->addWidget(m_apply);

    auto *right = new QWidget(page);
    right->setObjectName(u"conflictPane"_s);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(m_error);
    rightLayout->addLayout(actions);

    auto *splitter = new QSplitter(page);
    splitter->setObjectName(u"conflictSplitter"_s);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    return page;
}

void SyncConflictsDialog::reload()
{
    m_conflicts.clear();
    QStringList subjects;
    std::optional<Error> failure;
    if (Database *db = m_session.database()) {
        try {
            m_conflicts = Synchronizer(*db).conflicts();
            for (const SyncConflict &conflict : std::as_const(m_conflicts)) {
                subjects << subjectText(m_session.store(), conflict);
            }
        } catch (const Error &error) {
            m_conflicts.clear(); // some of the conflicts would pass for all of them: list none and say why
            subjects.clear();
            failure = error;
        }
    }
    const int row = qMax(0, m_list->currentRow());
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (qsizetype i = 0; i < m_conflicts.size(); ++i) {
            const SyncConflict &conflict = m_conflicts.at(i);
            auto *item = new QListWidgetItem(icon(kindName(conflict.kind)),
                                             recordText(conflict) + u'\n' + subjects.at(i), m_list);
            item->setToolTip(item->text());
        }
    }
    if (failure) {
        //: Above the empty list of sync conflicts when the database could not be read.
        m_summary->setText(tr("The conflicts cannot be read: %1").arg(failure->message()));
        m_pages->setCurrentIndex(ReviewPage); // not "nothing to review"
        showConflict(-1);
        m_session.reportReadFailure(*failure);
        return;
    }
    //: Above the list of sync conflicts.
    m_summary->setText(tr("%n conflict(s) to review. Two replicas changed the same thing without seeing each "
                          "other's change; until you decide, the newest change is on show.",
                          nullptr, static_cast<int>(m_conflicts.size())));
    m_pages->setCurrentIndex(m_conflicts.isEmpty() ? EmptyPage : ReviewPage);
    if (!m_conflicts.isEmpty()) {
        selectConflict(qMin(row, static_cast<int>(m_conflicts.size()) - 1));
    }
}

void SyncConflictsDialog::selectConflict(int row)
{
    if (row == m_list->currentRow()) {
        showConflict(row); // setCurrentRow() would not say so
    } else {
        m_list->setCurrentRow(row);
    }
}

int SyncConflictsDialog::currentRow() const
{
    return m_list->currentRow();
}

void SyncConflictsDialog::showConflict(int row)
{
    m_error->hide();
    m_newValueChoice = nullptr;
    m_newValue = nullptr;
    m_valueGroup = nullptr;
    auto page = std::make_unique<QWidget>();
    page->setObjectName(u"conflictPage"_s);
    auto *layout = new QVBoxLayout(page.get());
    layout->setObjectName(u"conflictPageLayout"_s);
    bool valid = row >= 0 && row < m_conflicts.size();
    const bool deletion = valid && m_conflicts.at(row).type == SyncConflict::Type::DeletedWhileEdited;
    if (valid) {
        try {
            const SyncConflict &conflict = m_conflicts.at(row);
            QLabel *heading = wrappedLabel(recordText(conflict), u"conflictHeading"_s, page.get());
            QFont bold = heading->font();
            bold.setBold(true);
            bold.setPointSizeF(bold.pointSizeF() * 1.15);
            heading->setFont(bold);
            layout->addWidget(heading);
            layout->addWidget(wrappedLabel(subjectText(m_session.store(), conflict), u"conflictField"_s, page.get()));
            if (deletion) {
                addDeletionDetails(conflict, page.get(), layout);
            } else {
                addSameFieldChoices(conflict, page.get(), layout);
            }
        } catch (const Error &error) {
            // A record the values link to cannot be read: no choice is offered from half of them.
            page = std::make_unique<QWidget>();
            page->setObjectName(u"conflictPage"_s);
            layout = new QVBoxLayout(page.get());
            m_newValueChoice = nullptr;
            m_newValue = nullptr;
            m_valueGroup = nullptr;
            valid = false;
            showError(error.message());
            m_session.reportReadFailure(error);
        }
    }
    layout->addStretch();
    delete m_details->takeWidget();
    m_details->setWidget(page.release());
    m_apply->setVisible(valid && !deletion);
    m_apply->setEnabled(false);
    m_keepDeleted->setVisible(valid && deletion);
    m_restore->setVisible(valid && deletion);
}

void SyncConflictsDialog::addSameFieldChoices(const SyncConflict &conflict, QWidget *page, QVBoxLayout *layout)
{
    const RecordStore *store = m_session.store();
    layout->addWidget(wrappedLabel(tr("Both values were set without knowing of the other. Keep one of them:"),
                                   u"conflictExplanation"_s, page));
    m_valueGroup = new QButtonGroup(page);
    m_valueGroup->setObjectName(u"valueChoices"_s);
    connect(m_valueGroup, &QButtonGroup::idToggled, this, [this] { m_apply->setEnabled(true); });
    const int indent = page->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       page->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    bool allText = true;
    for (qsizetype i = 0; i < conflict.values.size(); ++i) {
        const SyncConflictValue &value = conflict.values.at(i);
        const QString text = syncValueText(store, conflict.kind, conflict.field, value.value);
        // "&&": a value's ampersand ("R&D") is text, not a mnemonic.
        auto *choice = new QRadioButton(oneLine(text).replace(u'&', u"&&"_s), page);
        choice->setObjectName(u"valueChoice%1"_s.arg(i));
        choice->setToolTip(text);
        m_valueGroup->addButton(choice, static_cast<int>(i));
        layout->addWidget(choice);
        QString origin = syncOriginText(value);
        if (i == 0) {
            //: The value of a conflicting field that is on show until the officer decides.
            origin = tr("%1 (on show now)").arg(origin);
        }
        layout->addWidget(originLabel(origin, u"valueOrigin%1"_s.arg(i), indent, page));
        allText = allText && (value.value.isString() || value.value.isNull());
    }
    if (allText && syncFieldIsText(conflict.kind, conflict.field)) {
        m_newValueChoice = new QRadioButton(tr("Or &type the value it should have:"), page);
        m_newValueChoice->setObjectName(u"newValueChoice"_s);
        m_valueGroup->addButton(m_newValueChoice, static_cast<int>(conflict.values.size()));
        m_newValue = new QLineEdit(page);
        m_newValue->setObjectName(u"newValueEdit"_s);
        m_newValue->setAccessibleName(tr("New value"));
        m_newValue->setText(conflict.values.isEmpty() ? QString() : conflict.values.constFirst().value.toString());
        m_newValue->setContentsMargins(indent, 0, 0, 0);
        connect(m_newValue, &QLineEdit::textEdited, m_newValueChoice, [this] { m_newValueChoice->setChecked(true); });
        layout->addSpacing(6);
        layout->addWidget(m_newValueChoice);
        layout->addWidget(m_newValue);
    }
}

void SyncConflictsDialog::addDeletionDetails(const SyncConflict &conflict, QWidget *page, QVBoxLayout *layout)
{
    const RecordStore *store = m_session.store();
    layout->addWidget(
        wrappedLabel(tr("Moved to the Trash: %1").arg(syncOriginText(conflict.deletion)), u"deletionOrigin"_s, page));
    layout->addWidget(
        wrappedLabel(tr("Edited meanwhile, without knowing of the move:"), u"conflictExplanation"_s, page));
    // One value for each edited field, in the order the fields are named.
    const QStringList fields = conflict.field.split(u',', Qt::SkipEmptyParts);
    const int indent = page->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       page->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString field = fields.at(i).trimmed();
        QString text = syncFieldLabel(store, conflict.kind, field);
        if (i < conflict.values.size()) {
            //: An edit made while the record was in the Trash elsewhere: the field, then its new value.
            text = tr("%1: %2").arg(text,
                                    oneLine(syncValueText(store, conflict.kind, field, conflict.values.at(i).value)));
        }
        QLabel *edit = wrappedLabel(text, u"editedField%1"_s.arg(i), page);
        edit->setContentsMargins(indent, 0, 0, 0);
        layout->addWidget(edit);
        if (i < conflict.values.size()) {
            layout->addWidget(
                originLabel(syncOriginText(conflict.values.at(i)), u"editOrigin%1"_s.arg(i), indent, page));
        }
    }
    layout->addSpacing(6);
    layout->addWidget(wrappedLabel(tr("Keep it in the Trash, dropping these edits, or restore it with them."),
                                   u"deletionQuestion"_s, page));
}

bool SyncConflictsDialog::applyChoice()
{
    const int row = m_list->currentRow();
    Database *db = m_session.database();
    if (!db || row < 0 || row >= m_conflicts.size() || !m_valueGroup) {
        return false;
    }
    const SyncConflict &conflict = m_conflicts.at(row);
    const int chosen = m_valueGroup->checkedId();
    QJsonValue value;
    if (chosen >= 0 && chosen < conflict.values.size()) {
        value = conflict.values.at(chosen).value;
    } else if (m_newValueChoice && m_newValueChoice->isChecked()) {
        const QString typed = m_newValue->text().trimmed();
        value = typed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(typed);
    } else {
        showError(tr("Choose the value to keep."));
        return false;
    }
    try {
        Synchronizer(*db).resolve(conflict, value);
    } catch (const Error &error) {
        QString label = conflict.field;
        try {
            label = syncFieldLabel(m_session.store(), conflict.kind, conflict.field);
        } catch (const Error &readError) {
            m_session.reportReadFailure(readError); // the field named as stored, the damage reported
        }
        showError(fieldErrorText(error, {{conflict.field, label}}));
        return false;
    }
    afterResolution();
    return true;
}

bool SyncConflictsDialog::resolveDeletion(bool keepDeleted)
{
    const int row = m_list->currentRow();
    Database *db = m_session.database();
    if (!db || row < 0 || row >= m_conflicts.size() ||
        m_conflicts.at(row).type != SyncConflict::Type::DeletedWhileEdited) {
        return false;
    }
    try {
        Synchronizer(*db).resolveDeletion(m_conflicts.at(row), keepDeleted);
    } catch (const Error &error) {
        showError(error.message());
        return false;
    }
    afterResolution();
    return true;
}

QString SyncConflictsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SyncConflictsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SyncConflictsDialog::afterResolution()
{
    // Not a command on the undo stack: a decision travels to the other replicas and is changed
    // like any value, by editing the record. The list follows through recordsChanged, on the next
    // conflict (the one that took this one's row).
    Q_EMIT m_session.recordsChanged();
    Q_EMIT conflictResolved();
}

} // namespace crm::ui
