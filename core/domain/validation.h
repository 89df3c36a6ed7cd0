#pragma once

#include "error.h"
#include "partialdate.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace crm {

// The longest text one field may hold (a note's body included), in UTF-16 code units: the same
// limit for edits and for values arriving by sync, so that nothing an officer could save is
// refused by another replica (issue 16).
inline constexpr qsizetype kMaxTextLength = 100000;

// The fields of a record (storage map, lists and their elements included) whose text is longer
// than kMaxTextLength, named by path ("stays[2].notes").
FieldErrors overlongTexts(const QVariantMap &record);

// Collects field-named problems; each check appends a message written for the officer.
class Validator final
{
public:
    explicit Validator(QString prefix = {}) : m_prefix(std::move(prefix)) {}

    void required(const QString &field, const QString &value);
    void maxLength(const QString &field, const QString &value, int max);
    void country(const QString &field, const QString &code, bool required = false);
    void currency(const QString &field, const QString &code);
    void sector(const QString &field, const QString &code, bool required = false);
    void email(const QString &field, const QString &value);
    void website(const QString &field, const QString &value);
    void recordId(const QString &field, const QString &value, bool required = false);
    void oneOf(const QString &field, const QString &value, const QStringList &allowed, bool required = false);
    void dateOrder(const QString &endField, const std::optional<QDate> &start, const std::optional<QDate> &end);
    // A vague end may share its period with the start: 1995-03 to 1995 is fine, 1994 to 1995-03 too.
    void dateOrder(const QString &endField, const std::optional<PartialDate> &start,
                   const std::optional<PartialDate> &end);
    void nonNegative(const QString &field, const std::optional<qint64> &value);
    void fail(const QString &field, const QString &message);
    void merge(const FieldErrors &errors) { m_errors += errors; }

    const FieldErrors &errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }

private:
    QString path(const QString &field) const;
    QString m_prefix;
    FieldErrors m_errors;
};

} // namespace crm
