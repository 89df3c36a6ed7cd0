#pragma once

#include "choicelabels.h"

#include <QComboBox>

namespace crm::ui {

// A combo box over fixed choices that reads and writes their stored values. Long lists
// (countries, currencies, time zones) are editable with type-ahead on any part of the label
// ("moro" or "MA" finds "Morocco (MA)"); text that matches no choice is kept as typed, so
// validation can name it instead of it being lost.
class ChoiceCombo final : public QComboBox
{
    Q_OBJECT

public:
    ChoiceCombo(const Choices &choices, bool allowEmpty, bool typeAhead, QWidget *parent = nullptr);

    // The stored value of the chosen entry; null when none is chosen.
    QVariant value() const;
    // An unknown value is shown as its raw code rather than dropped.
    void setValue(const QVariant &value);

Q_SIGNALS:
    // The user chose or typed something (not emitted by setValue()).
    void valueEdited();

private:
    int indexForText(const QString &text) const;
    void settleTypedText();

    bool m_typeAhead;
};

} // namespace crm::ui
