#include "recordcodec.h"

#include "catalogue/fieldcodec.h"

namespace crm {
namespace {

// The builtin catalogue's codec for one kind, as plain function pointers for storage and the CLI.
template<RecordKind K>
constexpr KindCodec makeCodec()
{
    using catalogue::Catalogue;
    return {
        [](const QVariantMap &input, MapFormat format, const Clock &clock) {
            return catalogue::normalise(Catalogue::builtin().kind(K), input, format, clock);
        },
        [](const QVariantMap &stored) { return catalogue::toJson(Catalogue::builtin().kind(K), stored); },
        [](const QVariantMap &stored) { return catalogue::title(Catalogue::builtin().kind(K), stored); },
        [](const QVariantMap &stored) { return catalogue::sortKey(Catalogue::builtin().kind(K), stored); },
        [](const QVariantMap &stored) { return catalogue::searchText(Catalogue::builtin().kind(K), stored); },
    };
}

} // namespace

const KindCodec &codecFor(RecordKind kind)
{
    static const KindCodec officer = makeCodec<RecordKind::Officer>();
    static const KindCodec agency = makeCodec<RecordKind::Agency>();
    static const KindCodec delegate = makeCodec<RecordKind::Delegate>();
    static const KindCodec investor = makeCodec<RecordKind::Investor>();
    static const KindCodec contact = makeCodec<RecordKind::Contact>();
    static const KindCodec mission = makeCodec<RecordKind::Mission>();
    static const KindCodec meeting = makeCodec<RecordKind::Meeting>();
    static const KindCodec deal = makeCodec<RecordKind::Deal>();
    static const KindCodec followUp = makeCodec<RecordKind::FollowUp>();
    static const KindCodec note = makeCodec<RecordKind::Note>();
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
