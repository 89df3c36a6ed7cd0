#pragma once

#include <QString>
#include <QUrl>

// E-mail addresses and websites as the links a form or a briefing offers: only mailto:, http: and
// https: are ever produced, so a value typed or imported as "javascript:..." or "file:///..."
// never becomes something a click would run or open.
namespace crm::weblinks {

// mailto:ADDRESS for a value that reads as one e-mail address (a@b.c); an empty QUrl otherwise.
QUrl mailUrl(const QString &address);

// The website as a link: "example.co.jp" gains https://; a value with another scheme than http or
// https, or without a host, gives an empty QUrl.
QUrl webUrl(const QString &website);

// Whether a link may be handed to the system: mailto:, http: or https:.
bool isAllowed(const QUrl &url);

} // namespace crm::weblinks
