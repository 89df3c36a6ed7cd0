#include "exchangerate.h"

#include "decimaltext.h"

using namespace Qt::StringLiterals;

namespace crm::exchangerate {

std::optional<qint64> parseScaled(const QString &input)
{
    const std::optional<QString> normalised = normaliseDecimalText(input.trimmed());
    if (!normalised) {
        return std::nullopt;
    }
    QString text = *normalised;
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    while (fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > kMaxDecimals || whole.size() > 9) {
        return std::nullopt;
    }
    const QString all = (whole.isEmpty() ? u"0"_s : whole) + fraction.leftJustified(kMaxDecimals, u'0');
    for (const QChar c : all) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            return std::nullopt; // also refuses a sign: a rate is positive
        }
    }
    bool ok = false;
    const qint64 scaled = all.toLongLong(&ok);
    if (!ok || scaled <= 0) {
        return std::nullopt;
    }
    return scaled;
}

QString scaledToText(qint64 scaled)
{
    QString text = QString::number(scaled).rightJustified(kMaxDecimals + 1, u'0');
    text.insert(text.size() - kMaxDecimals, u'.');
    while (text.endsWith(u'0')) {
        text.chop(1);
    }
    if (text.endsWith(u'.')) {
        text.chop(1);
    }
    return text;
}

} // namespace crm::exchangerate
