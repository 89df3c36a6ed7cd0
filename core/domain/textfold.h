#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace crm {

// Folds text so that what people consider the same matches and sorts together: compatibility forms
// (ＡＢＣ -> ABC, ｶﾀｶﾅ -> カタカナ), katakana to hiragana (ヤザキ -> やざき), case, accents
// (Hassâni -> hassani) and variant kanji to their common form (山﨑 髙志 -> 山崎 高志, 邊/邉 -> 辺; the
// table comes from Unihan and KANJIDIC2, see cmake/kanjivariants.cpp). Used for list sort keys and
// quick filters. A change to what it folds needs a migration that refolds the stored keys and the
// search index (see storage/migrations.cpp, schema 11).
QString foldText(const QString &text);

// foldText() without the company legal forms (株式会社, (株), K.K., Co., Ltd., Corporation, ...), so
// that "Yazaki Corporation", "Yazaki Co., Ltd." and "yazaki" fold alike, and 矢崎総業株式会社 like
// 矢崎総業. Text that is nothing but a legal form keeps it. Used for names in the search index and
// for what is typed into search.
QString foldForSearch(const QString &text);

// The legal forms foldForSearch() removes, folded: Japanese ones anywhere in a name, Latin ones
// as whole words (with or without their dots and commas). The one list of them.
const QStringList &companyLegalForms();

// Where needle, folded, first occurs in text folded the same way: the start and length of the
// match in text as written (so a search can show the words around it). Case, accents, widths,
// kana and variant kanji are ignored as foldText() ignores them.
std::optional<std::pair<qsizetype, qsizetype>> findFolded(const QString &text, const QString &needle);

} // namespace crm
