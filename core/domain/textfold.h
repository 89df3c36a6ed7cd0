#pragma once

#include <QString>

namespace crm {

// Folds text so that what people consider the same matches and sorts together: compatibility forms
// (ＡＢＣ -> ABC, ｶﾀｶﾅ -> カタカナ), katakana to hiragana (ヤザキ -> やざき), case, and accents
// (Hassâni -> hassani). Used for list sort keys and quick filters.
QString foldText(const QString &text);

} // namespace crm
