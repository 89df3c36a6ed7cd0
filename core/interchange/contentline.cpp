#include "contentline.h"

using namespace Qt::StringLiterals;

namespace crm::interchange::contentline {

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u',' || c == u';') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += u"\\n"_s;
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else {
            out += c;
        }
    }
    return out;
}

QString paramValue(const QString &value)
{
    QString v = value;
    v.replace(u'"', u'\'');
    v.replace(u'\r', u' ');
    v.replace(u'\n', u' ');
    if (v.contains(u':') || v.contains(u';') || v.contains(u',')) {
        return u'"' + v + u'"';
    }
    return v;
}

QByteArray fold(const QString &line)
{
    constexpr qsizetype kMaxOctets = 75;
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype start = 0;
    bool first = true;
    while (start < utf8.size()) {
        // A continuation line begins with one space, which counts towards its 75 octets.
        const qsizetype room = first ? kMaxOctets : kMaxOctets - 1;
        qsizetype end = std::min(start + room, utf8.size());
        // Never cut inside a UTF-8 sequence: step back while the next byte is a continuation byte.
        while (end < utf8.size() && end > start && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80) {
            --end;
        }
        if (!first) {
            out += ' ';
        }
        out += utf8.mid(start, end - start);
        out += "\r\n";
        start = end;
        first = false;
    }
    if (utf8.isEmpty()) {
        out += "\r\n";
    }
    return out;
}

} // namespace crm::interchange::contentline
