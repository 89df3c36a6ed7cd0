#include "mainsections.h"

#include "models/recordkindlabel.h"
#include "support/icons.h"

using namespace Qt::StringLiterals;

namespace crm::ui {

const QList<SectionInfo> &sections()
{
    using S = MainWindow::Section;
    static const QList<SectionInfo> list{
        {S::Delegates, RecordKind::Delegate},
        {S::Agencies, RecordKind::Agency},
        {S::Investors, RecordKind::Investor},
        {S::Contacts, RecordKind::Contact},
        {S::Missions, RecordKind::Mission},
        {S::Meetings, RecordKind::Meeting},
        {S::Deals, RecordKind::Deal},
        {S::Pipeline, std::nullopt},
        {S::FollowUps, std::nullopt},
        {S::Dashboard, std::nullopt},
        {S::Notes, RecordKind::Note},
        {S::Officers, RecordKind::Officer},
        {S::Trash, std::nullopt},
    };
    return list;
}

std::optional<MainWindow::Section> sectionOf(RecordKind kind)
{
    if (kind == RecordKind::FollowUp) {
        return MainWindow::Section::FollowUps;
    }
    for (const SectionInfo &info : sections()) {
        if (info.kind == kind) {
            return info.section;
        }
    }
    return std::nullopt;
}

QString sectionLabel(MainWindow::Section section)
{
    switch (section) {
    case MainWindow::Section::Pipeline:
        return MainWindow::tr("Pipeline");
    case MainWindow::Section::FollowUps:
        return MainWindow::tr("Follow-ups");
    case MainWindow::Section::Dashboard:
        return MainWindow::tr("Dashboard");
    case MainWindow::Section::Trash:
        return MainWindow::tr("Trash");
    default:
        break;
    }
    const auto kind = sections().at(static_cast<int>(section)).kind;
    return kind ? recordKindPluralLabel(*kind) : QString();
}

QIcon sectionIcon(MainWindow::Section section)
{
    using S = MainWindow::Section;
    switch (section) {
    case S::Delegates:
        return icon(u"delegate"_s);
    case S::Agencies:
        return icon(u"agency"_s);
    case S::Investors:
        return icon(u"investor"_s);
    case S::Contacts:
        return icon(u"contact"_s);
    case S::Missions:
        return icon(u"mission"_s);
    case S::Meetings:
        return icon(u"meeting"_s);
    case S::Deals:
    case S::Pipeline:
        return icon(u"deal"_s);
    case S::FollowUps:
        return icon(u"followup"_s);
    case S::Dashboard:
        return icon(u"dashboard"_s);
    case S::Notes:
        return icon(u"note"_s);
    case S::Officers:
        return icon(u"officer"_s);
    case S::Trash:
        return icon(u"trash"_s);
    }
    return {};
}

} // namespace crm::ui
