#pragma once

#include "domain/recordkind.h"
#include "mainwindow.h"

#include <QIcon>
#include <QList>
#include <optional>

namespace crm::ui {

// The sidebar's sections in order: the kind each lists, its label and its icon.
struct SectionInfo
{
    MainWindow::Section section;
    std::optional<RecordKind> kind;
};

const QList<SectionInfo> &sections();
// The section that lists a kind; follow-ups have their own view.
std::optional<MainWindow::Section> sectionOf(RecordKind kind);
QString sectionLabel(MainWindow::Section section);
QIcon sectionIcon(MainWindow::Section section);

} // namespace crm::ui
