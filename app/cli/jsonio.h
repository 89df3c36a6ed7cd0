#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace crm::cli::jsonio {

// Reads one JSON object from a file, or from standard input when source is "-". An unreadable
// file is a UsageError; malformed JSON or a value that is not an object is an invalid-data
// crm::Error whose message names the line and column.
QVariantMap readObject(const QString &source);

// One record as a JSON object (UTF-8), compact on one line or indented.
QByteArray objectText(const QVariantMap &map, bool indented);
// A value as plain output shows it: text as is, booleans true/false, lists and objects as JSON.
QString plainValue(const QVariant &value);

// Writes a JSON array one element at a time, so long lists never sit in memory whole. The "["
// is written with the first element (or by finish()), so an error before any element leaves
// stdout empty.
class ArrayWriter final
{
public:
    ArrayWriter() = default;
    Q_DISABLE_COPY_MOVE(ArrayWriter)
    void add(const QVariantMap &element);
    void finish();

private:
    bool m_started = false;
};

} // namespace crm::cli::jsonio
