#pragma once

#include <QRegularExpression>
#include <QString>

namespace crm::test {

// A rendered document as a reader sees it: tags gone, cells and blocks parting words, inline tags
// (b, span) not.
inline QString documentText(const QString &html)
{
    QString text = html;
    text.replace(QRegularExpression(QStringLiteral("</?(td|th|tr|p|br|h1|h2|table|div)\\b[^>]*>")),
                 QStringLiteral(" "));
    return text
        .remove(QRegularExpression(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption))
        .remove(QRegularExpression(QStringLiteral("<[^>]*>")))
        .simplified();
}

} // namespace crm::test
