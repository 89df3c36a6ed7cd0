#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace crm {

enum class RecordKind
{
    Officer,
    Agency,
    Delegate,
    Investor,
    Contact,
    Mission,
    Meeting,
    Deal,
    FollowUp,
    Note
};

const QList<RecordKind> &allRecordKinds();
// The name used by the CLI, the JSON format and polymorphic links ("followup", "delegate").
QString kindName(RecordKind kind);
std::optional<RecordKind> kindFromName(const QString &name);

} // namespace crm
