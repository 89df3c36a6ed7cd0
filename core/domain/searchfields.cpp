#include "searchfields.h"

#include "personname.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {

class Collector
{
public:
    explicit Collector(const QVariantMap &stored) : m_stored(stored) {}

    void names(const QStringList &fields) { add(fields, true); }
    void text(const QStringList &fields) { add(fields, false); }

    // Each element's fields of a list (attendees' names and roles, agenda places and descriptions).
    void listText(const QString &list, const QStringList &fields)
    {
        for (const QVariant &element : m_stored.value(list).toList()) {
            const QVariantMap row = element.toMap();
            for (const QString &field : fields) {
                append(list, row.value(field).toString(), false);
            }
        }
    }

    // A person's names one by one, and for Japanese names also written together (山田太郎,
    // やまだたろう), since people type them without the space.
    void personNames()
    {
        names({u"family_name"_s, u"given_name"_s, u"family_name_reading"_s, u"given_name_reading"_s,
               u"latin_family_name"_s, u"latin_given_name"_s});
        const QString family = m_stored.value(u"family_name"_s).toString();
        const QString given = m_stored.value(u"given_name"_s).toString();
        if (PersonName::looksEastAsian(family + given) && !family.isEmpty() && !given.isEmpty()) {
            append(u"family_name"_s, family + given, true);
            append(u"family_name_reading"_s,
                   m_stored.value(u"family_name_reading"_s).toString() +
                       m_stored.value(u"given_name_reading"_s).toString(),
                   true);
        }
    }

    QList<SearchField> result() const { return m_fields; }

private:
    void add(const QStringList &fields, bool name)
    {
        for (const QString &field : fields) {
            const QVariant value = m_stored.value(field);
            if (value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList) {
                for (const QVariant &item : value.toList()) {
                    append(field, item.toString(), name);
                }
            } else {
                append(field, value.toString(), name);
            }
        }
    }

    void append(const QString &field, const QString &text, bool name)
    {
        if (!text.trimmed().isEmpty()) {
            m_fields.append({field, text, name});
        }
    }

    const QVariantMap &m_stored;
    QList<SearchField> m_fields;
};

} // namespace

const QList<RecordKind> &searchableKinds()
{
    static const QList<RecordKind> kinds{RecordKind::Delegate, RecordKind::Agency,   RecordKind::Investor,
                                         RecordKind::Contact,  RecordKind::Mission,  RecordKind::Meeting,
                                         RecordKind::Deal,     RecordKind::FollowUp, RecordKind::Note};
    return kinds;
}

bool isSearchable(RecordKind kind)
{
    return searchableKinds().contains(kind);
}

QList<SearchField> searchFields(RecordKind kind, const QVariantMap &stored)
{
    Collector c(stored);
    switch (kind) {
    case RecordKind::Officer:
        break;
    case RecordKind::Agency:
        c.names({u"acronym"_s, u"name"_s, u"name_native"_s});
        c.text({u"website"_s, u"notes"_s});
        break;
    case RecordKind::Delegate:
        c.personNames();
        c.text({u"title"_s, u"email"_s, u"phones"_s, u"notes"_s});
        c.listText(u"positions"_s, {u"organisation"_s, u"title"_s});
        c.listText(u"stays"_s, {u"host_office"_s, u"notes"_s});
        break;
    case RecordKind::Investor:
        c.names({u"name"_s, u"name_latin"_s, u"name_reading"_s, u"aliases"_s});
        c.text({u"hq_city"_s, u"website"_s, u"notes"_s});
        break;
    case RecordKind::Contact:
        c.personNames();
        c.text({u"title"_s, u"department"_s, u"email"_s, u"phones"_s, u"notes"_s});
        break;
    case RecordKind::Mission:
        c.names({u"title"_s});
        c.text({u"places"_s, u"notes"_s});
        c.listText(u"agenda"_s, {u"place"_s, u"description"_s});
        break;
    case RecordKind::Meeting:
        c.names({u"place"_s});
        c.text({u"summary"_s, u"information_requested"_s, u"next_step"_s, u"talking_points"_s, u"interpreter"_s});
        c.listText(u"attendees"_s, {u"name"_s, u"role"_s});
        break;
    case RecordKind::Deal:
        c.names({u"title"_s});
        c.text({u"lost_reason"_s, u"notes"_s});
        c.listText(u"stage_history"_s, {u"note"_s});
        break;
    case RecordKind::FollowUp:
        c.names({u"title"_s});
        c.text({u"notes"_s});
        break;
    case RecordKind::Note:
        c.text({u"body"_s});
        break;
    }
    return c.result();
}

} // namespace crm
