#include "bidi.h"

namespace crm {
namespace {
constexpr char16_t lri = u'\u2066';
constexpr char16_t fsi = u'\u2068';
constexpr char16_t pdi = u'\u2069';

bool isRightToLeft(char32_t c)
{
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirR || d == QChar::DirAL;
}

bool isIsolateMark(QChar c)
{
    return c.unicode() >= lri && c.unicode() <= pdi;
}

// Whether text is one isolate from its first character to its last (isolated before).
bool isIsolated(const QString &text)
{
    if (text.size() < 2 || !isIsolateMark(text.front()) || text.front() == QChar(pdi)) {
        return false;
    }
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isIsolateMark(text[i])) {
            depth += text[i] == QChar(pdi) ? -1 : 1;
            if (depth == 0) {
                return i == text.size() - 1;
            }
        }
    }
    return false;
}
} // namespace

bool hasRightToLeft(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isRightToLeft(c)) {
            return true;
        }
    }
    return false;
}

QString isolate(const QString &text)
{
    if (!hasRightToLeft(text)) {
        return text;
    }
    // A name composed twice (a title put into a label) needs one pair only.
    if (isIsolated(text)) {
        return text;
    }
    return QChar(fsi) + text + QChar(pdi);
}

QString withoutIsolates(QString text)
{
    text.removeIf(isIsolateMark);
    return text;
}

} // namespace crm
