#include "weblinks.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm::weblinks {

QUrl mailUrl(const QString &address)
{
    // The validator's own pattern (validation.cpp): one @, a dot in the domain, no spaces.
    static const QRegularExpression pattern(u"^[^@\\s:/?#]+@[^@\\s/?#]+\\.[^@\\s./?#]+$"_s);
    const QString text = address.trimmed();
    if (!pattern.match(text).hasMatch()) {
        return {};
    }
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(text);
    return url.isValid() ? url : QUrl();
}

QUrl webUrl(const QString &website)
{
    QString text = website.trimmed();
    if (text.isEmpty() || text.contains(QRegularExpression(u"\\s"_s))) {
        return {};
    }
    // A scheme is letters then ":" (https:, mailto:, javascript:); a bare host has none, or a port
    // after its colon (example.com:8080).
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:(?!\\d)"_s);
    if (!scheme.match(text).hasMatch()) {
        text.prepend(u"https://"_s);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
        return {};
    }
    return url;
}

bool isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"mailto"_s || scheme == u"http"_s || scheme == u"https"_s);
}

} // namespace crm::weblinks
