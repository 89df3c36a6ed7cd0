#include "choicecombo.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace crm::ui {

ChoiceCombo::ChoiceCombo(const Choices &choices, bool allowEmpty, bool typeAhead, QWidget *parent)
    : QComboBox(parent), m_typeAhead(typeAhead)
{
    if (allowEmpty && !typeAhead) {
        addItem(tr("(none)"), QVariant());
    }
    for (const Choice &c : choices) {
        addItem(c.label, c.value);
    }
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(typeAhead ? 22 : 12);
    connect(this, &QComboBox::activated, this, &ChoiceCombo::valueEdited);
    if (typeAhead) {
        setEditable(true);
        setInsertPolicy(QComboBox::NoInsert);
        completer()->setFilterMode(Qt::MatchContains);
        completer()->setCaseSensitivity(Qt::CaseInsensitive);
        completer()->setCompletionMode(QCompleter::PopupCompletion);
        lineEdit()->setPlaceholderText(tr("Type to search"));
        lineEdit()->setClearButtonEnabled(true);
        setCurrentIndex(-1);
        connect(lineEdit(), &QLineEdit::textEdited, this, &ChoiceCombo::valueEdited);
        connect(lineEdit(), &QLineEdit::editingFinished, this, &ChoiceCombo::settleTypedText);
    }
}

int ChoiceCombo::indexForText(const QString &typed) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        return -1;
    }
    for (int i = 0; i < count(); ++i) {
        if (itemText(i).compare(text, Qt::CaseInsensitive) == 0 ||
            itemData(i).toString().compare(text, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

// Typed "ma" and left the field: show it as the entry it names, "Morocco (MA)".
void ChoiceCombo::settleTypedText()
{
    const int index = indexForText(currentText());
    if (index >= 0 && itemText(index) != currentText()) {
        setCurrentIndex(index);
    }
}

QVariant ChoiceCombo::value() const
{
    if (!m_typeAhead) {
        return currentIndex() >= 0 ? currentData() : QVariant();
    }
    const QString text = currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (currentIndex() >= 0 && itemText(currentIndex()) == currentText()) {
        return currentData();
    }
    const int index = indexForText(text);
    return index >= 0 ? itemData(index) : QVariant(text);
}

void ChoiceCombo::setValue(const QVariant &value)
{
    const bool empty = !value.isValid() || value.isNull() || value.toString().isEmpty();
    if (empty) {
        if (m_typeAhead) {
            setCurrentIndex(-1);
            setEditText({});
        } else {
            setCurrentIndex(findData(QVariant()) >= 0 ? findData(QVariant()) : 0);
        }
        return;
    }
    for (int i = 0; i < count(); ++i) {
        const QVariant data = itemData(i);
        if (!data.isNull() && data.toString() == value.toString()) {
            setCurrentIndex(i);
            return;
        }
    }
    if (m_typeAhead) {
        setCurrentIndex(-1);
        setEditText(value.toString());
    } else {
        addItem(value.toString(), value);
        setCurrentIndex(count() - 1);
    }
}

} // namespace crm::ui
