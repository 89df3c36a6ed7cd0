#include "duplicatewarning.h"

#include "databasesession.h"
#include "domain/bidi.h"
#include "domain/error.h"
#include "models/recordkindlabel.h"
#include "recordform.h"
#include "support/messagebox.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// Long enough to skip the checks of a name typed fast, short enough to warn before the next field.
constexpr int kTypingPauseMs = 300;
// A band, not a list: the closest few keep the form's fields in view on a laptop screen.
constexpr int kShown = 3;
} // namespace

DuplicateWarning::DuplicateWarning(RecordForm &form, DatabaseSession &session, QWidget *parent)
    : QFrame(parent), m_form(form), m_session(session), m_typingPause(new QTimer(this)), m_heading(new QLabel(this)),
      m_createAnyway(new QPushButton(tr("Create Anyway"), this)), m_rows(new QGridLayout)
{
    setObjectName(u"duplicateWarning"_s);
    setAccessibleName(tr("Possible duplicates"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyColours();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_heading->setObjectName(u"duplicateHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setText(tr("This %1 may already exist:").arg(recordKindLabel(form.kind()).toLower()));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_createAnyway->setObjectName(u"createAnywayButton"_s);
    m_createAnyway->setAccessibleName(tr("Create anyway"));
    m_createAnyway->setToolTip(
        tr("It is another one: hide this warning while you type this %1").arg(recordKindLabel(form.kind()).toLower()));
    m_createAnyway->setFocusPolicy(Qt::TabFocus);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_createAnyway, 0, Qt::AlignTop);
    m_rows->setColumnStretch(0, 1);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setVerticalSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(m_rows);

    m_typingPause->setObjectName(u"duplicateTypingPause"_s);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &DuplicateWarning::checkNow);
    connect(m_createAnyway, &QPushButton::clicked, this, &DuplicateWarning::dismiss);
    hide();
}

// The palette's notice colours (a tooltip's), dark themes included, for the band and the labels in
// it: they draw with the window roles, so those take the notice colours here.
void DuplicateWarning::applyColours()
{
    QPalette notice = QApplication::palette(this);
    notice.setColor(QPalette::Window, notice.color(QPalette::ToolTipBase));
    notice.setColor(QPalette::WindowText, notice.color(QPalette::ToolTipText));
    setPalette(notice);
}

void DuplicateWarning::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange) {
        applyColours();
    }
}

void DuplicateWarning::schedule()
{
    if (!m_dismissed) {
        m_typingPause->start();
    }
}

bool DuplicateWarning::isCheckPending() const
{
    return m_typingPause->isActive();
}

void DuplicateWarning::checkNow()
{
    m_typingPause->stop();
    m_matches.clear();
    if (Database *db = m_session.database()) {
        try {
            m_matches = DuplicateFinder(*db).similarTo(m_form.kind(), m_form.value(), m_form.recordId(), kShown);
        } catch (const Error &error) {
            m_session.reportReadFailure(error); // no warning rather than a wrong one
        }
    }
    showMatches();
}

void DuplicateWarning::reset()
{
    m_typingPause->stop();
    m_dismissed = false;
    m_matches.clear();
    showMatches();
}

void DuplicateWarning::dismiss()
{
    m_dismissed = true;
    m_typingPause->stop();
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    showMatches();
    if (hadFocus) {
        m_form.setFocus(Qt::OtherFocusReason); // back to the fields rather than nowhere
    }
}

// The strongest reason with the value that shows it, then the others ("same website: yazaki.com;
// similar name"): two reasons together are what tells a duplicate from a namesake.
QString DuplicateWarning::reasonText(const DuplicateMatch &match) const
{
    const QString reason = duplicateReasonText(match.reason);
    QStringList parts{match.value.isEmpty() || match.value == match.title
                          ? reason
                          : tr("%1: %2", "why it matches: the value that matched (same e-mail: a@b.example)")
                                .arg(reason, match.value)};
    for (const DuplicateReason other : match.reasons) {
        if (other != match.reason) {
            parts << duplicateReasonText(other);
        }
    }
    return parts.join(tr("; ", "between the reasons a record looks the same"));
}

void DuplicateWarning::showMatches()
{
    // Later, not now: an Open button's click that opened the record is still running when the
    // opened record resets this band.
    for (QWidget *row : std::as_const(m_rowWidgets)) {
        m_rows->removeWidget(row);
        row->setObjectName(QString());
        row->hide();
        row->deleteLater();
    }
    m_rowWidgets.clear();
    const bool shown = !m_dismissed && !m_matches.isEmpty();
    const bool canOpen = m_form.opensRecords();
    for (int i = 0; shown && i < m_matches.size(); ++i) {
        const DuplicateMatch &match = m_matches.at(i);
        auto *label = new QLabel(this);
        label->setObjectName(u"duplicateMatch%1"_s.arg(i));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        // The title isolated: an Arabic name must not pull the dash and the reason into its own order.
        const QString title = isolate(match.title);
        label->setText(tr("<b>%1</b> – %2", "a record's title – why it looks the same")
                           .arg(title.toHtmlEscaped(), reasonText(match).toHtmlEscaped()));
        label->setAccessibleName(tr("%1, %2").arg(title, reasonText(match)));
        m_rows->addWidget(label, i, 0);
        m_rowWidgets << label;
        if (canOpen) {
            auto *open = new QPushButton(tr("Open"), this);
            open->setObjectName(u"duplicateOpen%1"_s.arg(i));
            open->setAccessibleName(tr("Open %1").arg(title));
            open->setToolTip(tr("Show %1 instead of this new one").arg(title));
            open->setFocusPolicy(Qt::TabFocus); // a click must not take the keyboard from the field typed in
            connect(open, &QPushButton::clicked, this, [this, match] { this->open(match); });
            m_rows->addWidget(open, i, 1, Qt::AlignTop);
            m_rowWidgets << open;
        }
    }
    m_createAnyway->setVisible(m_form.recordId().isEmpty()); // an existing record is not created
    setVisible(shown);
}

void DuplicateWarning::open(const DuplicateMatch &match)
{
    if (m_form.isModified()) {
        const auto answer = MessageBox::question(this, tr("Open %1").arg(match.title),
                                                 tr("What you typed in this %1 is not saved. Leave it and open %2?")
                                                     .arg(recordKindLabel(m_form.kind()).toLower(), match.title),
                                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            return;
        }
        m_form.discardEdits();
    }
    Q_EMIT openRecordRequested(m_form.kind(), match.id);
}

bool DuplicateWarning::confirmCreate(QWidget *parent)
{
    if (m_dismissed) {
        return true;
    }
    checkNow(); // what is typed now, even when Save came before the typing pause ended
    if (m_matches.isEmpty()) {
        return true;
    }
    const DuplicateMatch &closest = m_matches.first();
    const QString kind = recordKindLabel(m_form.kind()).toLower();
    const auto answer = MessageBox::question(
        parent, tr("Possible duplicate"),
        tr("%1 looks like the same %2 (%3). Create a new %2 anyway?").arg(closest.title, kind, reasonText(closest)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return false;
    }
    dismiss();
    return true;
}

} // namespace crm::ui
