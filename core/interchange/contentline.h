#pragma once

#include <QByteArray>
#include <QString>

// What vCard (RFC 6350, RFC 2426) and iCalendar (RFC 5545) writers share: the content-line
// grammar "NAME;PARAM=VALUE:value", escaped text and lines folded at 75 octets with CRLF.
namespace crm::interchange::contentline {

// A TEXT value: backslash, comma, semicolon and line breaks escaped (RFC 5545 3.3.11, RFC 6350 3.4).
QString escapeText(const QString &text);
// A parameter value: quoted when it holds ':', ';' or ','; a double quote, which no parameter
// value may hold, becomes a single one (RFC 5545 3.2, RFC 6350 5).
QString paramValue(const QString &value);
// One content line in UTF-8, folded so that no line exceeds 75 octets (CRLF excluded) and no
// UTF-8 sequence is cut, each line ending in CRLF.
QByteArray fold(const QString &line);

} // namespace crm::interchange::contentline
