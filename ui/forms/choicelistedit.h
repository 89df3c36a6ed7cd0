#pragma once

#include "choicelabels.h"

#include <QWidget>

class QCheckBox;

namespace crm::ui {

// Several values of a short fixed list (a delegate's sectors) as check boxes. Values keep the
// order they were loaded in; new ones follow in the list's order.
class ChoiceListEdit final : public QWidget
{
    Q_OBJECT

public:
    ChoiceListEdit(const QString &field, const Choices &choices, QWidget *parent = nullptr);

    QVariantList value() const;
    void setValue(const QVariant &list);

Q_SIGNALS:
    void valueEdited();

private:
    QList<QCheckBox *> m_boxes;
    QStringList m_loadedOrder;
};

} // namespace crm::ui
