#include "textfold.h"

#include <QList>
#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace crm {
namespace {

struct KanjiVariant
{
    char32_t variant;
    char32_t common;
};

// Variant kanji and the common form each folds to (髙 -> 高, 﨑 -> 崎, 邉 -> 辺), sorted by variant:
// generated at build time from Unihan and KANJIDIC2 by cmake/kanjivariants.cpp, which says which
// links are used and how the common form is chosen.
constexpr KanjiVariant kKanjiVariants[] = {
#include "kanjivariants.inc"
};

// The common form of a variant kanji; any other code point as it is.
char32_t commonKanji(char32_t c)
{
    if (c < kKanjiVariants[0].variant) {
        return c; // Latin, kana, Arabic...: no lookup
    }
    const auto *it = std::lower_bound(std::begin(kKanjiVariants), std::end(kKanjiVariants), c,
                                      [](const KanjiVariant &v, char32_t wanted) { return v.variant < wanted; });
    return it != std::end(kKanjiVariants) && it->variant == c ? it->common : c;
}

bool isKanaVoicingMark(char32_t u)
{
    return u == 0x3099 || u == 0x309A;
}

// One code point of already decomposed text as foldText() folds it, appended to folded; nothing
// is appended when it is dropped. Returns how many UTF-16 units were appended.
qsizetype appendFolded(char32_t c, QString &folded)
{
    if (QChar::category(c) == QChar::Mark_NonSpacing && !isKanaVoicingMark(c)) {
        return 0; // combining accents; the kana voicing marks stay
    }
    if (c >= 0x30A1 && c <= 0x30F6) {
        c -= 0x60; // katakana -> hiragana
    } else {
        c = commonKanji(QChar::toCaseFolded(c));
    }
    if (QChar::requiresSurrogates(c)) {
        folded.append(QChar(QChar::highSurrogate(c)));
        folded.append(QChar(QChar::lowSurrogate(c)));
        return 2;
    }
    folded.append(QChar(static_cast<char16_t>(c)));
    return 1;
}

// Calls use(code point) for each code point of text, a surrogate pair taken as one.
template<typename F>
void forEachCodePoint(const QString &text, F &&use)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            use(QChar::surrogateToUcs4(text[i], text[i + 1]));
            ++i;
        } else {
            use(char32_t(text[i].unicode()));
        }
    }
}

// Japanese legal forms are written against the name without a space, so they are removed
// wherever they stand; Latin ones only as whole words ("Inc." but not "Incheon").
const QStringList kJapaneseForms{u"株式会社"_s, u"有限会社"_s, u"合同会社"_s, u"(株)"_s, u"(有)"_s};
const QStringList kLatinForms{u"co"_s,  u"ltd"_s, u"corporation"_s, u"corp"_s, u"inc"_s,
                              u"k.k"_s, u"kk"_s,  u"llc"_s,         u"plc"_s};
// Two-word forms, removed when both words follow each other.
const QList<std::pair<QString, QString>> kLatinPairs{{u"kabushiki"_s, u"kaisha"_s}, {u"kabushiki"_s, u"gaisha"_s}};

// "co.,", "ltd." and "co.,ltd." are legal forms; "company" and "cooperation" are not.
bool isLatinForm(const QString &word)
{
    const QStringList parts = word.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return false;
    }
    for (QString part : parts) {
        while (part.endsWith(u'.')) {
            part.chop(1);
        }
        if (!kLatinForms.contains(part)) {
            return false;
        }
    }
    return true;
}

QString withoutLegalForms(const QString &folded)
{
    QString text = folded;
    for (const QString &form : kJapaneseForms) {
        text.replace(form, u" "_s);
    }
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size();) {
        const QString bare = QString(words[i]).remove(u',');
        bool pair = false;
        for (const auto &[first, second] : kLatinPairs) {
            pair = pair || (bare == first && i + 1 < words.size() && QString(words[i + 1]).remove(u',') == second);
        }
        if (pair) {
            words.remove(i, 2);
        } else if (isLatinForm(words[i])) {
            words.remove(i);
        } else {
            ++i;
        }
    }
    QString result = words.join(u' ');
    // "Rakuten Group, Inc." leaves "rakuten group,": the separator went with the form.
    static const QString separators = u",;:/-\u30FB "_s;
    while (!result.isEmpty() && separators.contains(result.back())) {
        result.chop(1);
    }
    while (!result.isEmpty() && separators.contains(result.front())) {
        result.remove(0, 1);
    }
    return result;
}

} // namespace

QString foldText(const QString &text)
{
    // NFKD splits accents off their letters and maps full-width and half-width forms to the
    // ordinary ones; the half-width voiced marks are recombined by the final NFC.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    forEachCodePoint(decomposed, [&folded](char32_t c) { appendFolded(c, folded); });
    return folded.normalized(QString::NormalizationForm_C).simplified();
}

QString foldForSearch(const QString &text)
{
    const QString folded = foldText(text);
    const QString stripped = withoutLegalForms(folded);
    return stripped.isEmpty() ? folded : stripped;
}

const QStringList &companyLegalForms()
{
    static const QStringList forms = [] {
        QStringList all = kJapaneseForms + kLatinForms;
        for (const auto &[first, second] : kLatinPairs) {
            all << first + u' ' + second;
        }
        return all;
    }();
    return forms;
}

std::optional<std::pair<qsizetype, qsizetype>> findFolded(const QString &text, const QString &needle)
{
    // Both sides are folded one character at a time and left decomposed, remembering where each
    // folded character came from; whitespace of any kind counts as one space.
    auto fold = [](const QString &source, QList<qsizetype> *origins) {
        QString folded;
        for (qsizetype i = 0; i < source.size(); ++i) {
            const qsizetype width = source[i].isHighSurrogate() && i + 1 < source.size() ? 2 : 1;
            const QString one = source.mid(i, width);
            if (one.front().isSpace()) {
                if (!folded.endsWith(u' ')) {
                    folded.append(u' ');
                    if (origins) {
                        origins->append(i);
                    }
                }
                continue;
            }
            forEachCodePoint(one.normalized(QString::NormalizationForm_KD), [&](char32_t c) {
                const qsizetype added = appendFolded(c, folded);
                for (qsizetype k = 0; origins && k < added; ++k) {
                    origins->append(i);
                }
            });
            i += width - 1;
        }
        return folded;
    };
    const QString wanted = fold(needle.simplified(), nullptr);
    if (wanted.isEmpty()) {
        return std::nullopt;
    }
    QList<qsizetype> origins;
    const QString folded = fold(text, &origins);
    const qsizetype at = folded.indexOf(wanted);
    if (at < 0) {
        return std::nullopt;
    }
    const qsizetype start = origins[at];
    qsizetype end = origins[at + wanted.size() - 1] + 1;
    if (end < text.size() && text[end - 1].isHighSurrogate()) {
        ++end;
    }
    return std::make_pair(start, end - start);
}

} // namespace crm
