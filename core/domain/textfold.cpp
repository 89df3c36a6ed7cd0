#include "textfold.h"

namespace crm {

QString foldText(const QString &text)
{
    // NFKD splits accents off their letters and maps full-width and half-width forms to the
    // ordinary ones; the half-width voiced marks are recombined by the final NFC.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const ushort u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing && !(u == 0x3099 || u == 0x309A)) {
            continue; // combining accents; the kana voicing marks stay
        }
        if (u >= 0x30A1 && u <= 0x30F6) {
            folded.append(QChar(static_cast<char16_t>(u - 0x60))); // katakana -> hiragana
        } else {
            folded.append(c.toCaseFolded());
        }
    }
    return folded.normalized(QString::NormalizationForm_C).simplified();
}

} // namespace crm
