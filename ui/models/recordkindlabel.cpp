#include "recordkindlabel.h"

#include <QCoreApplication>

namespace crm::ui {

QString recordKindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Officer:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Officer");
    case RecordKind::Agency:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Agency");
    case RecordKind::Delegate:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Delegate");
    case RecordKind::Investor:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Investor");
    case RecordKind::Contact:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Contact");
    case RecordKind::Mission:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Mission");
    case RecordKind::Meeting:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Meeting");
    case RecordKind::Deal:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Deal");
    case RecordKind::FollowUp:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Follow-up");
    case RecordKind::Note:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Note");
    }
    return {};
}

} // namespace crm::ui
