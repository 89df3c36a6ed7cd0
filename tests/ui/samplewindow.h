#pragma once

#include "formtesting.h"
#include "mainwindow.h"
#include "support/settings.h"

#include <QAction>
#include <memory>

namespace crm::test::forms {

// The sample dataset in a shown main window that opens on the list of startKind, with 佐藤 花子 (HS)
// remembered as the officer so the window never stops to ask who is working. Active also waits
// until the window has the focus, so that shortcuts reach it.
class SampleWindow
{
public:
    enum class Focus
    {
        Shown,
        Active
    };

    explicit SampleWindow(const QString &startKind = u"delegate"_s, Focus focus = Focus::Shown)
    {
        ui::Settings::setValue(ui::Settings::Key::OfficerInitials, u"HS"_s);
        ui::Settings::setValue(ui::Settings::Key::CurrentKind, startKind);
        sample.session().setOfficerId(sample.idOf(RecordKind::Officer, u"initials"_s, u"HS"_s));
        window = std::make_unique<ui::MainWindow>(sample.session());
        window->show();
        if (focus == Focus::Active) {
            window->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(window.get()));
        }
    }

    QAction *action(const QString &name) const { return child<QAction>(*window, name); }

    SampleForms sample;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace crm::test::forms
