#include "textfold.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace crm {
namespace {

bool isKanaVoicingMark(char16_t u)
{
    return u == 0x3099 || u == 0x309A;
}

// One character of already decomposed text as foldText() folds it; null when it is dropped.
QChar foldDecomposed(QChar c)
{
    const char16_t u = c.unicode();
    if (c.category() == QChar::Mark_NonSpacing && !isKanaVoicingMark(u)) {
        return {}; // combining accents; the kana voicing marks stay
    }
    if (u >= 0x30A1 && u <= 0x30F6) {
        return QChar(static_cast<char16_t>(u - 0x60)); // katakana -> hiragana
    }
    return c.toCaseFolded();
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
    for (const QChar c : decomposed) {
        const QChar f = foldDecomposed(c);
        if (!f.isNull()) {
            folded.append(f);
        }
    }
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
            for (const QChar c : one.normalized(QString::NormalizationForm_KD)) {
                const QChar f = foldDecomposed(c);
                if (!f.isNull()) {
                    folded.append(f);
                    if (origins) {
                        origins->append(i);
                    }
                }
            }
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
