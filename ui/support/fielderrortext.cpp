#include "fielderrortext.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace crm::ui {
namespace {
struct FieldErrorTextTr
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrorText)
};
} // namespace

QString fieldErrorText(const Error &error, const QHash<QString, QString> &labels)
{
    QStringList lines;
    for (const FieldError &field : error.fieldErrors()) {
        //: A refused value: the field's label, then what is wrong with it.
        lines << FieldErrorTextTr::tr("%1: %2").arg(labels.value(field.field, field.field), field.message);
    }
    return lines.isEmpty() ? error.message() : lines.join(u'\n');
}

} // namespace crm::ui
