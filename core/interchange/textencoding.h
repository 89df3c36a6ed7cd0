#pragma once

#include <QByteArray>
#include <QString>

// The bytes of a text file the office saved (CSV, TSV, vCard) read as text: the encoding is
// detected or named by the officer, and a byte the encoding cannot read is refused, never replaced.
namespace crm::interchange {

struct DecodedText
{
    QString text;         // without the byte order mark
    QString encoding;     // shown to the officer: "UTF-8", "UTF-16LE with BOM", "Shift_JIS (CP932)"
    QByteArray converter; // the name QStringDecoder was given ("UTF-8", "UTF-16LE", "windows-31j")
};

// The name of Microsoft's Shift_JIS (code page 932): with the NEC and IBM extensions (①, ㈱, 髙, 﨑)
// that Japanese Windows and Excel write. Qt hands it to ICU, whose ibm-943_P15A-2003 table it names.
inline constexpr char kCp932[] = "windows-31j";

// Reads bytes as text. Without an encoding, detects it: a byte order mark (UTF-8, UTF-16 LE/BE),
// UTF-16 without one from where its NUL bytes fall, then UTF-8 when every byte is valid UTF-8,
// then Shift_JIS (CP932). With one (any name ICU knows: "UTF-8", "Shift_JIS", "windows-1252"),
// reads the bytes in it. Throws crm::Error (Invalid) for an unknown encoding name, for a binary file
// (NUL bytes outside UTF-16) and for a byte the encoding cannot read, naming the byte and its line.
DecodedText decodeText(const QByteArray &bytes, const QString &encoding = {});

} // namespace crm::interchange
