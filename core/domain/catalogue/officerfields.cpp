#include "kinds.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
void officerRules(const QVariantMap &stored, const QString &, Validator &v)
{
    static const QRegularExpression letters(u"^\\p{L}{1,5}$"_s);
    const QString initials = storedText(stored, u"initials"_s);
    if (!initials.isEmpty() && !letters.match(initials).hasMatch()) {
        v.fail(u"initials"_s, QCoreApplication::translate("crm::Officer", "must be 1 to 5 letters"));
    }
}

QString officerName(const QVariantMap &stored)
{
    return storedText(stored, u"name"_s);
}
} // namespace

KindSpec officerKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Officer"));
    FieldSpec initials = listed(
        field(u"initials"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Initials")), general, true), 1,
        list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Initials")));
    initials.unique = true;
    initials.rules = FieldSpec::Upper;
    initials.placeholder = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "1-5 letters, e.g. HS"));
    KindSpec spec{
        RecordKind::Officer,
        u"officer"_s,
        {longest(field(u"name"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Name")), general, true),
                 200),
         initials,
         listed(ruled(field(u"email"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "E-&mail")), general),
                      FieldSpec::Email),
                2, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "E-mail"))),
         listed(byDefault(
                    field(u"active"_s, Type::Bool, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Active")), general),
                    true),
                3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Active")))},
        list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Name")),
        0};
    spec.crossRules = &officerRules;
    spec.title = &officerName;
    spec.sortKey = &officerName;
    return spec;
}

} // namespace crm::catalogue
