#include "recordchecklist.h"

#include "domain/textfold.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int FoldedRole = Qt::UserRole + 2;
} // namespace

RecordCheckList::RecordCheckList(const QString &name, bool withFilter, QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this))
{
    setObjectName(name + u"Picker"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(name + u"Layout"_s);
    layout->setContentsMargins({});
    layout->setSpacing(2);
    if (withFilter) {
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(name + u"FilterEdit"_s);
        m_filter->setPlaceholderText(tr("Type to filter, Enter to tick"));
        m_filter->setClearButtonEnabled(true);
        m_filter->installEventFilter(this);
        connect(m_filter, &QLineEdit::textChanged, this, &RecordCheckList::applyFilter);
        layout->addWidget(m_filter);
    }
    m_list->setObjectName(name + u"List"_s);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list);
}

void RecordCheckList::setRecords(const QList<RecordRef> &records)
{
    const QStringList checked = checkedIds();
    m_list->clear();
    for (const RecordRef &ref : records) {
        auto *item = new QListWidgetItem(ref.title, m_list);
        item->setData(IdRole, ref.id);
        item->setData(FoldedRole, foldText(ref.title));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(ref.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_filter) {
        applyFilter(m_filter->text());
    }
}

QStringList RecordCheckList::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked) {
            ids << m_list->item(row)->data(IdRole).toString();
        }
    }
    return ids;
}

void RecordCheckList::setChecked(const QString &id, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(IdRole).toString() == id) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

int RecordCheckList::count() const
{
    return m_list->count();
}

QWidget *RecordCheckList::focusTarget() const
{
    return m_filter ? static_cast<QWidget *>(m_filter) : m_list;
}

void RecordCheckList::setAccessibleLabel(const QString &label)
{
    QString name;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label[i] == u'&' && i + 1 < label.size()) {
            ++i; // "&&" is one '&'; "&D" is D
        }
        name += label[i];
    }
    m_list->setAccessibleName(name);
    if (m_filter) {
        //: The accessible name of the box that filters a list of records to tick: "Filter Delegates:".
        m_filter->setAccessibleName(tr("Filter %1").arg(name));
    }
}

void RecordCheckList::applyFilter(const QString &text)
{
    const QStringList words = foldText(text).split(u' ', Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString folded = item->data(FoldedRole).toString();
        const bool match =
            std::all_of(words.cbegin(), words.cend(), [&folded](const QString &word) { return folded.contains(word); });
        item->setHidden(!match);
    }
}

bool RecordCheckList::tickFirstMatch()
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (!item->isHidden()) {
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool RecordCheckList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Plain Enter with a filter typed ticks; with an empty filter it still reaches the
        // dialog's default button.
        if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && !m_filter->text().isEmpty()) {
            if (tickFirstMatch()) {
                m_filter->clear();
            }
            return true;
        }
        if (key->key() == Qt::Key_Down && m_list->count() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace crm::ui
