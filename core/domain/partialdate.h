#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

namespace crm {

// A date known to the day, to the month or only to the year: records of the 1990s often say
// "1995" or "March 1995", and inventing a day would be a lie the timeline then tells. Stored as
// ISO 8601 with reduced precision: "1995", "1995-03", "1995-03-14".
class PartialDate final
{
public:
    enum class Precision
    {
        Year,
        Month,
        Day
    };

    PartialDate() = default;
    PartialDate(const QDate &day) // NOLINT(google-explicit-constructor): a full date is a partial date
        : m_first(day), m_precision(Precision::Day)
    {}
    static PartialDate ofYear(int year);
    static PartialDate ofMonth(int year, int month);
    // Reads "1995", "1995-03" or "1995-03-14"; nullopt for anything else.
    static std::optional<PartialDate> fromIso(const QString &text);

    bool isValid() const { return m_first.isValid(); }
    Precision precision() const { return m_precision; }
    // The first and the last day the date may mean.
    QDate first() const { return m_first; }
    QDate last() const;
    QString toIso() const;
    // "1995", "March 1995" or the day as formatDate() writes it.
    QString toDisplay(const QLocale &locale = QLocale()) const;

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_first == b.m_first && a.m_precision == b.m_precision;
    }
    // Chronological by first day; the vaguer date first when two begin on the same day.
    friend bool operator<(const PartialDate &a, const PartialDate &b)
    {
        return a.m_first != b.m_first ? a.m_first < b.m_first : a.m_precision < b.m_precision;
    }

private:
    QDate m_first;
    Precision m_precision = Precision::Day;
};

} // namespace crm
