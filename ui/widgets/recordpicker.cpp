#include "recordpicker.h"

#include "storage/recordquery.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr int maxMatches = 12;
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

RecordPicker::RecordPicker(RecordKind kind, QWidget *parent)
    : QLineEdit(parent), m_kind(kind), m_matches(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_matches, this))
{
    // The matches are already filtered (and folded: kana, width, accents) by SQL; the completer
    // must show them as they are instead of filtering again by prefix.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setObjectName(u"%1Completer"_s.arg(kindName(kind)));
    m_completer->popup()->setObjectName(u"%1CompletionPopup"_s.arg(kindName(kind)));
    // Driven by hand (setWidget, not setCompleter) so that picking sets the id, not just the text.
    m_completer->setWidget(this);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, &RecordPicker::onTextEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &RecordPicker::onActivated);
    // Not editingFinished: that also fires when the completion popup opens, mid-word.
    connect(this, &QLineEdit::returnPressed, this, &RecordPicker::resolve);
}

void RecordPicker::setRecord(const QString &id, const QString &title)
{
    setText(title);
    setToolTip(title); // long titles do not fit the field
    setCursorPosition(0);
    if (m_id != id) {
        m_id = id;
        Q_EMIT recordChanged(m_id);
    }
}

void RecordPicker::clearRecord()
{
    setRecord({}, {});
}

bool RecordPicker::resolve()
{
    if (!m_id.isEmpty() || text().trimmed().isEmpty() || !m_query) {
        return !hasUnresolvedText();
    }
    const QList<RecordRef> best = m_query->lookup(m_kind, text(), 1);
    if (best.isEmpty()) {
        return false;
    }
    m_completer->popup()->hide();
    setRecord(best.constFirst().id, best.constFirst().title);
    return true;
}

bool RecordPicker::hasUnresolvedText() const
{
    return m_id.isEmpty() && !text().trimmed().isEmpty();
}

void RecordPicker::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason && !m_completer->popup()->isVisible()) {
        resolve();
    }
    if (!m_id.isEmpty()) {
        setCursorPosition(0); // a long title reads from its start, not its tail, once picked
    }
}

void RecordPicker::onTextEdited(const QString &text)
{
    if (!m_id.isEmpty()) {
        m_id.clear(); // the typed text no longer names the picked record
        Q_EMIT recordChanged(m_id);
    }
    m_matches->clear();
    if (text.trimmed().isEmpty() || !m_query) {
        m_completer->popup()->hide();
        return;
    }
    for (const RecordRef &ref : m_query->lookup(m_kind, text, maxMatches)) {
        auto *item = new QStandardItem(ref.title);
        item->setData(ref.id, IdRole);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void RecordPicker::onActivated(const QModelIndex &index)
{
    setRecord(index.data(IdRole).toString(), index.data(Qt::DisplayRole).toString());
}

} // namespace crm::ui
