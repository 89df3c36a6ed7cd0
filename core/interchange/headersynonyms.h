#pragma once

#include "domain/recordkind.h"

#include <QList>
#include <QString>
#include <QStringList>

// The headers offices write in their own spreadsheets for a kind's fields, beyond the JSON names and
// the catalogue's English labels: Japanese (会社名, フリガナ, 役職...) and French (société, prénom...).
// Kept here, in one table keyed by (kind, field), so that adding a spelling is one line.
namespace crm::interchange {

// Person kinds also take a whole name and a whole reading in one column (氏名 "山田 太郎",
// フリガナ "ヤマダ タロウ"), split into family and given name when a row is converted.
inline const QString kFullNameField = QStringLiteral("full_name");
inline const QString kFullReadingField = QStringLiteral("full_name_reading");

struct HeaderSynonyms
{
    RecordKind kind;
    QString field; // JSON name, or kFullNameField / kFullReadingField
    QStringList headers;
};

// Every entry, in matching order: where two fields could take a header, the first listed wins.
const QList<HeaderSynonyms> &headerSynonyms();

// Whether the kind takes the whole-name pseudo-fields (it has family_name and given_name).
bool takesFullName(RecordKind kind);

} // namespace crm::interchange
