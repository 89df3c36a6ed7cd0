#include "investorprofile.h"

#include "briefingparts.h"
#include "briefingstory.h"
#include "domain/bidi.h"
#include "domain/clock.h"
#include "domain/recordkind.h"
#include "storage/database.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {
const QString kTemplate = u"investor-profile.html"_s;

// The investor's people, those still there first; a contact who left says when.
QVariantList contactsOf(const RecordStore &store, const QString &investorId, const QDate &today,
                        const DocumentLanguage &language)
{
    QVariantList current;
    QVariantList former;
    store.forEach(RecordKind::Contact, {}, [&](const QVariantMap &contact) {
        if (contact.value(u"investor_id"_s).toString() != investorId) {
            return true;
        }
        QVariantMap person =
            briefing::personOf(store, {{u"person_kind"_s, u"contact"_s}, {u"person_id"_s, contact.value(u"id"_s)}});
        person.insert(u"department"_s, contact.value(u"department"_s));
        const QDate left = QDate::fromString(contact.value(u"active_to"_s).toString(), Qt::ISODate);
        if (left.isValid() && left < today) {
            person.insert(u"left"_s, language.date(left));
            former << person;
        } else {
            current << person;
        }
        return true;
    });
    return current + former;
}
} // namespace

BriefingDocument InvestorProfile::build(const QString &investorId, const BriefingOptions &options) const
{
    BriefingDocument document;
    const DocumentLanguage language = briefing::languageOf(options, document);
    const RecordStore &store = m_db.records();
    const QVariantMap investor = store.get(RecordKind::Investor, investorId);
    const QDate today = m_db.clock().today();
    document.confidential = investor.value(u"confidential"_s).toBool();
    document.title =
        u"%1 – %2"_s.arg(language.label(u"investor_profile"_s), isolate(investor.value(u"name"_s).toString()));

    QVariantMap context{{u"label"_s, language.labels()},
                        {u"lang"_s, language.code()},
                        {u"title"_s, document.title},
                        {u"confidential"_s, document.confidential},
                        {u"investor"_s, briefing::investorFacts(store, investor, language)},
                        {u"contacts"_s, contactsOf(store, investorId, today, language)},
                        {u"deals"_s, briefing::openDeals(m_db, investorId, language)}};
    briefing::addInvestorStory(m_db, investorId, options, language, context);
    briefing::finish(document, kTemplate, context, options, language, today);
    return document;
}

} // namespace crm
