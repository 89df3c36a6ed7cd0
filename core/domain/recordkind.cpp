#include "recordkind.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
const std::array<std::pair<RecordKind, QStringView>, 10> kNames{{
    {RecordKind::Officer, u"officer"},
    {RecordKind::Agency, u"agency"},
    {RecordKind::Delegate, u"delegate"},
    {RecordKind::Investor, u"investor"},
    {RecordKind::Contact, u"contact"},
    {RecordKind::Mission, u"mission"},
    {RecordKind::Meeting, u"meeting"},
    {RecordKind::Deal, u"deal"},
    {RecordKind::FollowUp, u"followup"},
    {RecordKind::Note, u"note"},
}};
} // namespace

const QList<RecordKind> &allRecordKinds()
{
    static const QList<RecordKind> kinds = [] {
        QList<RecordKind> list;
        for (const auto &entry : kNames) {
            list << entry.first;
        }
        return list;
    }();
    return kinds;
}

QString kindName(RecordKind kind)
{
    for (const auto &entry : kNames) {
        if (entry.first == kind) {
            return entry.second.toString();
        }
    }
    return {};
}

std::optional<RecordKind> kindFromName(const QString &name)
{
    for (const auto &entry : kNames) {
        if (entry.second == name) {
            return entry.first;
        }
    }
    return std::nullopt;
}

} // namespace crm
