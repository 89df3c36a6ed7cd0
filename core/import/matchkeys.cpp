#include "matchkeys.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace crm::imports {

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

QString phoneKey(const QString &phone)
{
    const QString text = phone.trimmed();
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += QChar(u'0' + c.digitValue());
        }
    }
    if (text.startsWith(u'+') || text.startsWith(u'＋')) {
        if (digits.startsWith(u"81"_s)) {
            digits = u'0' + digits.mid(2);
        }
    } else if (digits.startsWith(u"0081"_s)) {
        digits = u'0' + digits.mid(4);
    }
    return digits.size() < 6 ? QString() : digits;
}

QString websiteKey(const QString &website)
{
    QString text = website.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (!text.contains(u"://"_s)) {
        text.prepend(u"http://"_s);
    }
    QString host = QUrl(text).host().toLower();
    if (host.startsWith(u"www."_s)) {
        host.remove(0, 4);
    }
    return host.contains(u'.') ? host : QString();
}

} // namespace crm::imports
