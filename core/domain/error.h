#pragma once

#include <QList>
#include <QString>
#include <stdexcept>

namespace crm {

// A problem with one field of a record, named the way the JSON format and the forms name it
// ("end_date", "stays[1].end_date").
struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError &) const = default;
};
using FieldErrors = QList<FieldError>;

// The one exception type core/ throws. Its message is written for the user.
class Error final : public std::runtime_error
{
public:
    enum class Kind
    {
        Invalid,
        NotFound,
        Database,
        Conflict
    };

    Error(Kind kind, const QString &message, FieldErrors fields = {});

    static Error invalid(FieldErrors fields);
    static Error notFound(const QString &message);
    static Error database(const QString &message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    const FieldErrors &fieldErrors() const { return m_fields; }

private:
    Kind m_kind;
    QString m_message;
    FieldErrors m_fields;
};

} // namespace crm
