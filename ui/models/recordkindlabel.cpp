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

QString recordKindPluralLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Officer:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Officers");
    case RecordKind::Agency:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Agencies");
    case RecordKind::Delegate:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Delegates");
    case RecordKind::Investor:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Investors");
    case RecordKind::Contact:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Contacts");
    case RecordKind::Mission:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Missions");
    case RecordKind::Meeting:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Meetings");
    case RecordKind::Deal:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Deals");
    case RecordKind::FollowUp:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Follow-ups");
    case RecordKind::Note:
        return QCoreApplication::translate("crm::ui::RecordKindLabel", "Notes");
    }
    return {};
}

} // namespace crm::ui
