#pragma once

#include "domain/recordkind.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace crm::ui {

// One entry of a fixed list as a form offers it: the value the JSON format stores and the
// translated text the officer reads.
struct Choice
{
    QVariant value;
    QString label;
};
using Choices = QList<Choice>;

// The translated text of a value the JSON format writes as a code ("on_hold" -> "On hold",
// "implementation_support", "programme_stay", record kinds, sectors). Unknown codes come back as is.
QString choiceLabel(const QString &code);
// Choices for codes, labelled by choiceLabel().
Choices codeChoices(const QStringList &codes);

// "Morocco (MA)" for every ISO 3166 country; typed "MA" or "moro" finds it.
Choices countryChoices();
// "US Dollar (USD)" for every ISO 4217 currency.
Choices currencyChoices();
// IANA time zone ids (Asia/Tokyo first, then the rest alphabetically).
Choices timeZoneChoices();
// Interest level 1-5, stored as an integer.
Choices interestLevelChoices();

} // namespace crm::ui
