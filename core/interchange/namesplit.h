#pragma once

#include <QString>

namespace crm::interchange {

struct SplitName
{
    QString family;
    QString given;
};

// A name written as one text: "山田 太郎" family-first, "Yamada, Taro" family then given,
// "Taro Yamada" given-first. One word is taken as the family name. Shared by the vCard reader (FN)
// and the import of a whole-name column (氏名).
SplitName splitPersonName(const QString &text);

} // namespace crm::interchange
