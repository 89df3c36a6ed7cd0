#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
void contactRules(const QVariantMap &stored, const QString &, Validator &v)
{
    personNameRules(stored, v);
    dateOrder(v, stored, u"active_from"_s, u"active_to"_s);
}
} // namespace

KindSpec contactKind()
{
    const Text work = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Company and post"));
    const Text reach = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Contact details"));
    QList<FieldSpec> f = personNameFields();
    f << listed(link(u"investor_id"_s, RecordKind::Investor,
                     form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "In&vestor")), work, true),
                1, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Company")))
      << listed(searched(field(u"title"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Title")), work),
                         Search::Text),
                2, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Position")))
      << listed(searched(field(u"department"_s, Type::Text,
                               form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Department")), work),
                         Search::Text),
                3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Department")))
      << field(u"active_from"_s, Type::Date, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Active &from")), work)
      << field(u"active_to"_s, Type::Date, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Active &until")), work)
      << listed(searched(ruled(field(u"email"_s, Type::Text, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "E-&mail")),
                                     reach),
                               FieldSpec::Email),
                         Search::Text),
                4, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "E-mail")))
      << searched(field(u"phones"_s, Type::TextList, form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Phones")), reach),
                  Search::Text)
      << notesField();
    KindSpec spec{RecordKind::Contact, u"contact"_s, f, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Name")), 0};
    spec.extraNames = &personExtraNames;
    spec.readComposite = &personNameOrder;
    spec.crossRules = &contactRules;
    spec.title = &personTitle;
    spec.sortKey = &personSortKey;
    return spec;
}

} // namespace crm::catalogue
