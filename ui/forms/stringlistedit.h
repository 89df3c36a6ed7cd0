#pragma once

#include "textarea.h"

namespace crm::ui {

// A short list of free-text items (phones, aliases, languages, places), one per line: an alias
// like "Co., Ltd." may hold commas, so lines, not commas, separate the items.
class StringListEdit final : public TextArea
{
    Q_OBJECT

public:
    explicit StringListEdit(QWidget *parent = nullptr);

    QVariantList value() const; // the non-empty lines, trimmed
    void setValue(const QVariant &list);

Q_SIGNALS:
    void valueEdited();
};

} // namespace crm::ui
