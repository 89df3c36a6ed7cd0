#include "childlistdelegate.h"

#include "childlistmodel.h"
#include "choicecombo.h"
#include "dateedit.h"
#include "instantedit.h"
#include "recordlinkedit.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
const ChildListModel *childModel(const QModelIndex &index)
{
    return qobject_cast<const ChildListModel *>(index.model());
}
} // namespace

ChildListDelegate::ChildListDelegate(DatabaseSession &session, QObject *parent)
    : QStyledItemDelegate(parent), m_session(session)
{}

QWidget *ChildListDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const ChildListModel *model = childModel(index);
    if (!model) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    const ColumnSpec &column = model->columns().at(index.column());
    QWidget *editor = nullptr;
    switch (column.type) {
    case FieldType::Date:
        editor = new DateEdit(parent);
        break;
    case FieldType::Instant:
        editor = new InstantEdit(parent);
        break;
    case FieldType::Choice:
        editor = new ChoiceCombo(column.choices, !column.defaultValue.isValid(), false, parent);
        break;
    case FieldType::Currency:
        editor = new ChoiceCombo(column.choices, true, true, parent);
        break;
    case FieldType::RecordLink: {
        const auto kind = model->linkKind(index);
        if (!kind) {
            return nullptr;
        }
        auto *link = new RecordLinkEdit(*kind, m_session, parent);
        link->setOpenButtonVisible(false);
        editor = link;
        break;
    }
    default: {
        auto *line = new QLineEdit(parent);
        line->setFrame(false);
        editor = line;
        break;
    }
    }
    editor->setObjectName(column.name + u"Editor"_s);
    editor->setAccessibleName(column.label);
    return editor;
}

void ChildListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant raw = index.data(ChildListModel::RawValueRole);
    if (auto *date = qobject_cast<DateEdit *>(editor)) {
        date->setValue(raw);
    } else if (auto *instant = qobject_cast<InstantEdit *>(editor)) {
        instant->setValue(raw);
    } else if (auto *combo = qobject_cast<ChoiceCombo *>(editor)) {
        combo->setValue(raw);
    } else if (auto *link = qobject_cast<RecordLinkEdit *>(editor)) {
        link->setValue(raw);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(raw.isNull() ? QString() : raw.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ChildListDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *date = qobject_cast<DateEdit *>(editor)) {
        const QDate typed = parseTypedDate(date->text());
        model->setData(index, typed.isValid() ? QVariant(typed.toString(Qt::ISODate)) : date->value());
    } else if (auto *instant = qobject_cast<InstantEdit *>(editor)) {
        model->setData(index, instant->value());
    } else if (auto *combo = qobject_cast<ChoiceCombo *>(editor)) {
        model->setData(index, combo->value());
    } else if (auto *link = qobject_cast<RecordLinkEdit *>(editor)) {
        link->resolve();
        model->setData(index, link->value());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, line->text());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

QSize ChildListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Room for the editors (combo boxes, the calendar button) so that editing does not clip.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int editorHeight = option.fontMetrics.height() + 12;
    size.setHeight(std::max(size.height(), editorHeight));
    size.setWidth(size.width() + option.fontMetrics.height() + 8);
    return size;
}

} // namespace crm::ui
