#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>
#include <optional>

namespace crm {

// Why and where a JSON text was refused.
struct JsonProblem
{
    QString message;      // what is wrong, for the user ("invalid escape \q")
    QString field;        // the member being read ("stays[0].notes"); empty at the top level
    qsizetype offset = 0; // bytes from the start of the text
    qsizetype line = 1;   // 1-based
    qsizetype column = 1; // 1-based, in characters (a kanji is one column)

    // One line naming the field (when there is one), the problem and where it is.
    QString describe() const;
};

// Checks that utf8 is exactly one JSON text as RFC 8259 defines it, before Qt reads it: Qt 6's
// parser silently accepts invalid escapes ("\q" read as "q"), raw control characters in strings,
// lone surrogates (stored as "?" or as invalid UTF-8), numbers such as ".5" or "1.", and keeps
// only the last of two members with the same name. This pass refuses all of those, and also
// invalid UTF-8, numbers out of a double's range and nesting deeper than kMaxJsonDepth.
// Returns the first problem, or nothing when the text is strict JSON.
std::optional<JsonProblem> findJsonProblem(QByteArrayView utf8);

// Deeper nesting is refused (Qt refuses past 1024; records need fewer than 10).
inline constexpr int kMaxJsonDepth = 512;

// The checked text parsed by Qt; exactly one of document and problem is meaningful.
struct StrictJson
{
    QJsonDocument document;
    std::optional<JsonProblem> problem;
};
StrictJson parseStrictJson(const QByteArray &utf8);

} // namespace crm
