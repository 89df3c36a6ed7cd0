#include "recordcodec.h"

#include "agency.h"
#include "contact.h"
#include "deal.h"
#include "delegate.h"
#include "followup.h"
#include "investor.h"
#include "meeting.h"
#include "mission.h"
#include "officer.h"
#include "textfold.h"
#include "validation.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {

// Defaults that depend on "now"; most kinds have none.
template<class T>
void applyDefaults(T &, const Clock &)
{}

void applyDefaults(Deal &deal, const Clock &clock)
{
    deal.recordStageChange(clock.today());
}

void applyDefaults(Note &note, const Clock &clock)
{
    if (!note.writtenAt) {
        note.writtenAt = clock.nowUtc();
    }
}

void applyDefaults(FollowUp &followUp, const Clock &clock)
{
    if (followUp.done && !followUp.doneAt) {
        followUp.doneAt = clock.nowUtc();
    } else if (!followUp.done) {
        followUp.doneAt.reset();
    }
}

template<class T>
T readRecord(const QVariantMap &map, MapFormat format, FieldErrors &errors)
{
    MapReader reader(map, errors, {}, format);
    T record = T::read(reader);
    reader.finish();
    record.id = map.value(u"id"_s).toString();
    return record;
}

template<class T>
QVariantMap normalise(const QVariantMap &input, MapFormat format, const Clock &clock)
{
    FieldErrors errors;
    T record = readRecord<T>(input, format, errors);
    if (errors.isEmpty()) {
        applyDefaults(record, clock);
        errors = record.validate();
    }
    if (!errors.isEmpty()) {
        throw Error::invalid(errors);
    }
    QVariantMap stored = record.toMap(MapFormat::Storage);
    if (errors = overlongTexts(stored); !errors.isEmpty()) {
        throw Error::invalid(errors);
    }
    return stored;
}

template<class T>
T fromStored(const QVariantMap &stored)
{
    return readStoredRecord<T>(stored);
}

template<class T>
QVariantMap toJson(const QVariantMap &stored)
{
    QVariantMap json = fromStored<T>(stored).toMap(MapFormat::Json);
    for (const QString &field : metadataFields()) {
        if (stored.contains(field) && !stored.value(field).isNull()) {
            json.insert(field, stored.value(field));
        }
    }
    // Who made and changed the record is always present: null says "no officer was stamped".
    for (const QString &field : {u"created_by"_s, u"modified_by"_s}) {
        if (!json.contains(field)) {
            json.insert(field, QVariant::fromValue(nullptr));
        }
    }
    return json;
}

template<class T>
QString title(const QVariantMap &stored)
{
    return fromStored<T>(stored).displayTitle();
}

template<class T>
QString sortKey(const QVariantMap &stored)
{
    return foldText(fromStored<T>(stored).sortKey());
}

// Every text a person might type to find the record: names, readings, aliases, titles, places.
// Ids, codes, dates and enum values are left out so that "2024" or "lead" do not match everything.
QString searchText(const QVariantMap &stored)
{
    static const QStringList skipped{u"name_order"_s, u"status"_s,     u"kind"_s,         u"stage"_s,  u"time_zone"_s,
                                     u"country"_s,    u"hq_country"_s, u"host_country"_s, u"sector"_s, u"linked_kind"_s,
                                     u"starts_at"_s,  u"written_at"_s, u"done_at"_s};
    QStringList words;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QString &key = it.key();
        if (key.endsWith(u"_id"_s) || key.endsWith(u"_date"_s) || key.endsWith(u"_at"_s) || key == u"id"_s ||
            key.startsWith(u"active_"_s) || skipped.contains(key)) {
            continue;
        }
        if (it.value().userType() == QMetaType::QString) {
            words << it.value().toString();
        } else if (it.value().userType() == QMetaType::QVariantList) {
            for (const QVariant &item : it.value().toList()) {
                if (item.userType() == QMetaType::QString) {
                    words << item.toString();
                }
            }
        }
    }
    return foldText(words.join(u' '));
}

template<class T>
constexpr KindCodec makeCodec()
{
    return {&normalise<T>, &toJson<T>, &title<T>, &sortKey<T>, &searchText};
}

} // namespace

const KindCodec &codecFor(RecordKind kind)
{
    static const KindCodec officer = makeCodec<Officer>();
    static const KindCodec agency = makeCodec<Agency>();
    static const KindCodec delegate = makeCodec<Delegate>();
    static const KindCodec investor = makeCodec<Investor>();
    static const KindCodec contact = makeCodec<Contact>();
    static const KindCodec mission = makeCodec<Mission>();
    static const KindCodec meeting = makeCodec<Meeting>();
    static const KindCodec deal = makeCodec<Deal>();
    static const KindCodec followUp = makeCodec<FollowUp>();
    static const KindCodec note = makeCodec<Note>();
    switch (kind) {
    case RecordKind::Officer:
        return officer;
    case RecordKind::Agency:
        return agency;
    case RecordKind::Delegate:
        return delegate;
    case RecordKind::Investor:
        return investor;
    case RecordKind::Contact:
        return contact;
    case RecordKind::Mission:
        return mission;
    case RecordKind::Meeting:
        return meeting;
    case RecordKind::Deal:
        return deal;
    case RecordKind::FollowUp:
        return followUp;
    case RecordKind::Note:
        return note;
    }
    Q_UNREACHABLE();
}

} // namespace crm
