#include "namesplit.h"

#include "domain/personname.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace crm::interchange {

SplitName splitPersonName(const QString &text)
{
    static const QRegularExpression spaces(u"[\\s\\x{3000}]+"_s);
    const QString t = text.trimmed();
    const qsizetype comma = t.indexOf(u',');
    if (comma > 0) {
        return {t.left(comma).trimmed(), t.mid(comma + 1).trimmed()};
    }
    QStringList words = t.split(spaces, Qt::SkipEmptyParts);
    if (words.size() < 2) {
        return {t, {}};
    }
    if (PersonName::looksEastAsian(t)) {
        const QString family = words.takeFirst();
        return {family, words.join(u' ')};
    }
    const QString family = words.takeLast();
    return {family, words.join(u' ')};
}

} // namespace crm::interchange
