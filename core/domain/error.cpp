#include "error.h"

#include <QCoreApplication>
#include <QStringList>

namespace crm {

Error::Error(Kind kind, const QString &message, FieldErrors fields)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message), m_fields(std::move(fields))
{}

Error Error::invalid(FieldErrors fields)
{
    QStringList lines;
    for (const FieldError &e : fields) {
        lines << e.field + QStringLiteral(": ") + e.message;
    }
    return Error(Kind::Invalid, lines.join(u'\n'), std::move(fields));
}

Error Error::notFound(const QString &message)
{
    return Error(Kind::NotFound, message);
}

Error Error::database(const QString &message)
{
    return Error(Kind::Database, message);
}

} // namespace crm
