#include "recordlinkedit.h"

#include "choicelabels.h"
#include "databasesession.h"
#include "domain/error.h"
#include "models/recordkindlabel.h"
#include "models/recordtitle.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int maxMatches = 20;
} // namespace

QString recordTitle(DatabaseSession &session, RecordKind kind, const QString &id)
{
    if (id.isEmpty() || !session.store()) {
        return id;
    }
    try {
        const std::optional<QString> title = titleIfExists(*session.store(), kind, id);
        return title && !title->isEmpty() ? *title : id;
    } catch (const Error &error) {
        session.reportReadFailure(error); // the id shown, and a message box saying why
        return id;
    }
}

namespace {
// The records of kind whose names match typed, or none after a read error, reported to the session.
QList<RecordRef> lookup(DatabaseSession &session, RecordKind kind, const QString &typed)
{
    if (!session.query()) {
        return {};
    }
    try {
        return session.query()->lookup(kind, typed, maxMatches);
    } catch (const Error &error) {
        session.reportReadFailure(error);
        return {};
    }
}
} // namespace

RecordLinkEdit::RecordLinkEdit(RecordKind kind, DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_session(session), m_edit(new QLineEdit(this)), m_open(new QToolButton(this)),
      m_matches(new QStandardItemModel(this)), m_completer(new QCompleter(m_matches, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_open);
    setFocusProxy(m_edit);
    m_edit->setClearButtonEnabled(true);

    m_open->setText(tr("Open"));
    m_open->setObjectName(u"openButton"_s);
    m_open->setFocusPolicy(Qt::TabFocus);
    m_open->setEnabled(false);

    // The matches come filtered and folded from SQL; the completer shows them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_edit);
    m_completer->popup()->setObjectName(u"completionPopup"_s);
    setKind(kind);

    connect(m_edit, &QLineEdit::textEdited, this, &RecordLinkEdit::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &RecordLinkEdit::resolve);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &RecordLinkEdit::onActivated);
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (!m_id.isEmpty()) {
            Q_EMIT openRecordRequested(m_kind, m_id);
        }
    });
}

void RecordLinkEdit::setKind(RecordKind kind)
{
    const bool changed = kind != m_kind;
    m_kind = kind;
    const QString what = recordKindLabel(kind);
    m_open->setAccessibleName(tr("Open the linked %1").arg(what.toLower()));
    m_open->setToolTip(tr("Open this %1").arg(what.toLower()));
    m_edit->setAccessibleName(tr("Linked %1").arg(what.toLower()));
    if (changed) {
        m_matches->clear();
        pick({}, {});
    }
}

QVariant RecordLinkEdit::value() const
{
    if (!m_id.isEmpty()) {
        return m_id;
    }
    const QString typed = m_edit->text().trimmed();
    return typed.isEmpty() ? QVariant() : QVariant(typed);
}

void RecordLinkEdit::setValue(const QVariant &id)
{
    const QString value = id.isNull() ? QString() : id.toString();
    pick(value, recordTitle(m_session, m_kind, value));
}

void RecordLinkEdit::setOpenButtonVisible(bool visible)
{
    m_open->setVisible(visible);
}

void RecordLinkEdit::pick(const QString &id, const QString &title)
{
    m_id = id;
    m_title = title;
    m_edit->setText(title);
    m_edit->setCursorPosition(0);
    updateButton();
}

void RecordLinkEdit::updateButton()
{
    m_open->setEnabled(!m_id.isEmpty());
}

void RecordLinkEdit::onTextEdited(const QString &text)
{
    if (!m_id.isEmpty() && text != m_title) {
        m_id.clear();
        updateButton();
    }
    m_matches->clear();
    if (!text.trimmed().isEmpty()) {
        for (const RecordRef &ref : lookup(m_session, m_kind, text)) {
            auto *item = new QStandardItem(ref.title);
            item->setData(ref.id, IdRole);
            m_matches->appendRow(item);
        }
    }
    if (m_matches->rowCount() > 0) {
        m_completer->complete();
    } else {
        m_completer->popup()->hide();
    }
    Q_EMIT valueEdited();
}

void RecordLinkEdit::onActivated(const QModelIndex &index)
{
    pick(index.data(IdRole).toString(), index.data(Qt::DisplayRole).toString());
    Q_EMIT valueEdited();
}

void RecordLinkEdit::resolve()
{
    const QString typed = m_edit->text().trimmed();
    if (!m_id.isEmpty() || typed.isEmpty() || !m_session.query()) {
        return;
    }
    const QList<RecordRef> matches = lookup(m_session, m_kind, typed);
    for (const RecordRef &ref : matches) {
        if (matches.size() == 1 || ref.title.compare(typed, Qt::CaseInsensitive) == 0) {
            m_completer->popup()->hide();
            pick(ref.id, ref.title);
            Q_EMIT valueEdited();
            return;
        }
    }
}

} // namespace crm::ui
