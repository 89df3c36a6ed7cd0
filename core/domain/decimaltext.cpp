#include "decimaltext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace crm {

std::optional<QString> normaliseDecimalText(const QString &text)
{
    if (!text.contains(u',')) {
        return text;
    }
    const QStringList parts = text.split(u',');
    const QString last = parts.constLast().section(u'.', 0, 0);
    bool grouping = !parts.constFirst().isEmpty();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString group = i + 1 < parts.size() ? parts[i] : last;
        grouping = grouping && group.size() == 3;
    }
    if (grouping) {
        return QString(text).remove(u',');
    }
    // One decimal comma: "4500,50", ",5", "-3,5".
    if (parts.size() == 2 && !text.contains(u'.')) {
        return parts[0] + u'.' + parts[1];
    }
    return std::nullopt;
}

} // namespace crm
