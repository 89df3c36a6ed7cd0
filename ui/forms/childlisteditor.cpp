#include "childlisteditor.h"

#include "childlistdelegate.h"
#include "childlistmodel.h"
#include "databasesession.h"
#include "recordlinkedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr int minVisibleRows = 3;
constexpr int maxVisibleRows = 8;
} // namespace

ChildListEditor::ChildListEditor(const FormRow &field, DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_model(new ChildListModel(
                           field.columns, [&session] { return session.clock().today(); }, this)),
      m_view(new QTableView(this))
{
    m_model->setTitleLookup([&session](RecordKind kind, const QString &id) { return recordTitle(session, kind, id); });
    m_view->setObjectName(field.name + u"View"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChildListDelegate(session, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(plainLabel(field.label));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(m_view->fontMetrics().averageCharWidth() * 6);
    for (int c = 0; c < field.columns.size(); ++c) {
        header->setSectionResizeMode(c,
                                     field.columns[c].stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    setFocusProxy(m_view);

    const QString list = plainLabel(field.label);
    // No mnemonics: a form holds several lists, and their group titles already lead to them.
    m_add = makeButton(field.name + u"Add"_s, tr("Add"), tr("Add a row to %1 (Insert)").arg(list));
    m_remove =
        makeButton(field.name + u"Remove"_s, tr("Remove"), tr("Remove the selected row of %1 (Delete)").arg(list));
    m_up =
        makeButton(field.name + u"MoveUp"_s, tr("Move up"), tr("Move the selected row of %1 up (Ctrl+Up)").arg(list));
    m_down = makeButton(field.name + u"MoveDown"_s, tr("Move down"),
                        tr("Move the selected row of %1 down (Ctrl+Down)").arg(list));
    m_view->installEventFilter(this);

    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ChildListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ChildListEditor::removeCurrentRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentRow(1); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // Marking cells with errors is not an edit.
                if (roles.isEmpty() || roles.contains(Qt::EditRole) || roles.contains(Qt::DisplayRole)) {
                    Q_EMIT rowsEdited();
                }
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChildListEditor::updateHeight);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChildListEditor::updateHeight);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChildListEditor::updateHeight);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChildListEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChildListEditor::updateButtons);
    updateButtons();
    updateHeight();
}

bool ChildListEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The buttons' keys, while the table has focus and no cell is being edited.
    if (watched == m_view && event->type() == QEvent::KeyPress && !m_view->indexWidget(m_view->currentIndex())) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() == Qt::ControlModifier;
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeCurrentRow();
            return true;
        }
        if (ctrl && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrentRow(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QPushButton *ChildListEditor::makeButton(const QString &name, const QString &text, const QString &help)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setToolTip(help);
    button->setAccessibleName(help);
    button->setAutoDefault(false);
    return button;
}

void ChildListEditor::setRows(const QVariantList &rows)
{
    m_model->setRows(rows);
}

QVariantList ChildListEditor::rows() const
{
    return m_model->rows();
}

void ChildListEditor::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ChildListEditor::addRow()
{
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    selectRow(row);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(m_model->index(row, 0));
    updateButtons();
    Q_EMIT rowsEdited();
}

void ChildListEditor::removeCurrentRow()
{
    const int row = m_view->currentIndex().row();
    if (row < 0) {
        return;
    }
    m_model->removeRows(row, 1);
    selectRow(std::min(row, m_model->rowCount() - 1));
    updateButtons();
    Q_EMIT rowsEdited();
}

void ChildListEditor::moveCurrentRow(int delta)
{
    const int row = m_view->currentIndex().row();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount()) {
        return;
    }
    // moveRows() takes the row to insert before: one further when moving down.
    m_model->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
    selectRow(target);
    updateButtons();
    Q_EMIT rowsEdited();
}

void ChildListEditor::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const int rows = m_model->rowCount();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < rows - 1);
}

// Tall enough for the rows there are (3 to 8 of them); more scroll inside the table.
void ChildListEditor::updateHeight()
{
    const int rows = std::clamp(m_model->rowCount(), minVisibleRows, maxVisibleRows);
    const int rowHeight = std::max(m_view->verticalHeader()->defaultSectionSize(), fontMetrics().height() + 12);
    const int height = m_view->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth() +
                       m_view->horizontalScrollBar()->sizeHint().height();
    m_view->setMinimumHeight(height);
    m_view->setMaximumHeight(height);
}

} // namespace crm::ui
