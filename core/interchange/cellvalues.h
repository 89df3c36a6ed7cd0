#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

// A spreadsheet cell read as the value a field takes, the way offices type it. Each returns the
// value or sets error to a message for the officer.
namespace crm::interchange {

// How n/n/yyyy is read: refused unless the file says which comes first (01/04/2024 is 1 April in
// a French file and January 4 in an American one).
enum class DayMonthOrder
{
    Refuse,
    DayFirst,
    MonthFirst,
};

class CellValues final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::CellValues)

public:
    // A QDate or QDateTime (its day), or text: 2024-04-01, 2024/4/1, 2024.4.1, 2024年4月1日, and
    // n/n/yyyy (or n.n.yyyy, n-n-yyyy) in the order given.
    static std::optional<QString> isoDate(const QVariant &cell, DayMonthOrder order, QString &error);
    // A whole number: a double without fraction, or text with grouping (1,234, 1 234, １２３４).
    static std::optional<qint64> integer(const QVariant &cell, QString &error);
    // yes/no, true/false, 1/0, はい/いいえ, oui/non, ○/×, or a spreadsheet boolean.
    static std::optional<bool> boolean(const QVariant &cell, QString &error);
    // Items on separate lines or separated by ";" or "/" (phones, aliases), trimmed, empties dropped.
    static QStringList list(const QString &text);
    // The cell as text, trimmed; a number without a needless ".0" (a phone typed as 312345678).
    static QString text(const QVariant &cell);
};

} // namespace crm::interchange
