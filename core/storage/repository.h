#pragma once

#include "database.h"
#include "domain/agency.h"
#include "domain/contact.h"
#include "domain/deal.h"
#include "domain/delegate.h"
#include "domain/followup.h"
#include "domain/investor.h"
#include "domain/meeting.h"
#include "domain/mission.h"
#include "domain/officer.h"
#include "domain/recordcodec.h"
#include "recordstore.h"

namespace crm {

template<class T>
struct RecordTraits;
#define CRM_RECORD_TRAITS(Type, Kind)                                                                                  \
    template<>                                                                                                         \
    struct RecordTraits<Type>                                                                                          \
    {                                                                                                                  \
        static constexpr RecordKind kind = RecordKind::Kind;                                                           \
    };
CRM_RECORD_TRAITS(Officer, Officer)
CRM_RECORD_TRAITS(Agency, Agency)
CRM_RECORD_TRAITS(Delegate, Delegate)
CRM_RECORD_TRAITS(Investor, Investor)
CRM_RECORD_TRAITS(Contact, Contact)
CRM_RECORD_TRAITS(Mission, Mission)
CRM_RECORD_TRAITS(Meeting, Meeting)
CRM_RECORD_TRAITS(Deal, Deal)
CRM_RECORD_TRAITS(FollowUp, FollowUp)
CRM_RECORD_TRAITS(Note, Note)
#undef CRM_RECORD_TRAITS

// The typed door to one aggregate: value types in, value types out, RecordStore underneath.
template<class T>
class Repository final
{
public:
    static constexpr RecordKind kind = RecordTraits<T>::kind;

    explicit Repository(Database &db) : m_store(db.records()) {}

    T get(const QString &id) const { return readStoredRecord<T>(m_store.get(kind, id, MapFormat::Storage)); }
    bool exists(const QString &id) const { return m_store.exists(kind, id); }
    // Returns the id: record.id when set (made elsewhere), otherwise a new one.
    QString create(const T &record) { return m_store.create(kind, withId(record), MapFormat::Storage); }
    bool update(const T &record)
    {
        return m_store.update(kind, record.id, record.toMap(MapFormat::Storage), MapFormat::Storage);
    }
    void moveToTrash(const QString &id) { m_store.moveToTrash(kind, id); }
    void restore(const QString &id) { m_store.restore(kind, id); }
    void purge(const QString &id) { m_store.purge(kind, id); }
    QList<HistoryEntry> history(const QString &id) const { return m_store.history(kind, id); }
    QList<T> list(const ListQuery &query = {}) const
    {
        ListQuery withChildren = query;
        withChildren.withChildren = true;
        QList<T> records;
        m_store.forEach(kind, withChildren, [&records](const QVariantMap &map) {
            records.append(readStoredRecord<T>(map));
            return true;
        });
        return records;
    }

private:
    static QVariantMap withId(const T &record)
    {
        QVariantMap map = record.toMap(MapFormat::Storage);
        if (!record.id.isEmpty()) {
            map.insert(QStringLiteral("id"), record.id);
        }
        return map;
    }

    RecordStore &m_store;
};

using OfficerRepository = Repository<Officer>;
using AgencyRepository = Repository<Agency>;
using DelegateRepository = Repository<Delegate>;
using InvestorRepository = Repository<Investor>;
using ContactRepository = Repository<Contact>;
using MissionRepository = Repository<Mission>;
using MeetingRepository = Repository<Meeting>;
using DealRepository = Repository<Deal>;
using FollowUpRepository = Repository<FollowUp>;
using NoteRepository = Repository<Note>;

} // namespace crm
