#include "stringlistedit.h"

using namespace Qt::StringLiterals;

namespace crm::ui {

StringListEdit::StringListEdit(QWidget *parent) : TextArea(3, parent)
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setPlaceholderText(tr("One per line"));
    connect(this, &QPlainTextEdit::textChanged, this, &StringListEdit::valueEdited);
}

QVariantList StringListEdit::value() const
{
    QVariantList items;
    for (const QString &line : toPlainText().split(u'\n')) {
        const QString item = line.trimmed();
        if (!item.isEmpty()) {
            items << item;
        }
    }
    return items;
}

void StringListEdit::setValue(const QVariant &list)
{
    setPlainText(list.toStringList().join(u'\n'));
}

} // namespace crm::ui
