#include "choicelistedit.h"

#include "columnflowlayout.h"

#include <QCheckBox>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
const char *const codeProperty = "choiceCode";
} // namespace

ChoiceListEdit::ChoiceListEdit(const QString &field, const Choices &choices, QWidget *parent) : QWidget(parent)
{
    // As many columns as the form's width allows: one on a laptop's narrow pane, more on a monitor.
    auto *layout = new ColumnFlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Choice &c : choices) {
        auto *box = new QCheckBox(c.label, this);
        box->setObjectName(field + u'_' + c.value.toString());
        box->setProperty(codeProperty, c.value);
        layout->addWidget(box);
        connect(box, &QCheckBox::clicked, this, &ChoiceListEdit::valueEdited);
        m_boxes << box;
    }
    if (!m_boxes.isEmpty()) {
        setFocusProxy(m_boxes.first());
    }
}

QVariantList ChoiceListEdit::value() const
{
    QStringList checked;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked()) {
            checked << box->property(codeProperty).toString();
        }
    }
    QStringList known;
    for (const QCheckBox *box : m_boxes) {
        known << box->property(codeProperty).toString();
    }
    QVariantList result;
    for (const QString &code : m_loadedOrder) {
        // A code this list does not offer is kept: the form must not drop what it cannot show.
        if (checked.removeOne(code) || !known.contains(code)) {
            result << code;
        }
    }
    for (const QString &code : std::as_const(checked)) {
        result << code;
    }
    return result;
}

void ChoiceListEdit::setValue(const QVariant &list)
{
    m_loadedOrder = list.toStringList();
    for (QCheckBox *box : std::as_const(m_boxes)) {
        box->setChecked(m_loadedOrder.contains(box->property(codeProperty).toString()));
    }
}

} // namespace crm::ui
