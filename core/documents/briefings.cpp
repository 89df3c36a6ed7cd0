#include "briefings.h"

#include "delegateprofile.h"
#include "domain/error.h"
#include "investorprofile.h"
#include "meetingbriefing.h"
#include "missionbooklet.h"

#include <QCoreApplication>

namespace crm {
namespace {
struct BriefingsTr
{
    Q_DECLARE_TR_FUNCTIONS(Briefings)
};
} // namespace

bool hasBriefing(RecordKind kind)
{
    return kind == RecordKind::Meeting || kind == RecordKind::Investor || kind == RecordKind::Delegate ||
           kind == RecordKind::Mission;
}

BriefingDocument buildBriefing(Database &db, RecordKind kind, const QString &id, const BriefingOptions &options)
{
    switch (kind) {
    case RecordKind::Meeting:
        return MeetingBriefing(db).build(id, options);
    case RecordKind::Investor:
        return InvestorProfile(db).build(id, options);
    case RecordKind::Delegate:
        return DelegateProfile(db).build(id, options);
    case RecordKind::Mission:
        return MissionBooklet(db).build(id, options);
    default:
        throw Error(Error::Kind::Invalid, BriefingsTr::tr("A %1 has no briefing document.").arg(kindName(kind)));
    }
}

} // namespace crm
