#include "formtesting.h"
#include "mainwindow.h"
#include "support/icons.h"
#include "support/settings.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
// True when at least one pixel is not fully transparent: the SVG was found and actually drew.
bool hasInk(const QIcon &icon)
{
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0) {
                return true;
            }
        }
    }
    return false;
}

// The sample data with a remembered officer, so the window never stops to ask who is working.
struct Window
{
    Window()
    {
        Settings::setValue(Settings::Key::OfficerInitials, u"HS"_s);
        Settings::setValue(Settings::Key::CurrentKind, u"delegate"_s);
        sample.session().setOfficerId(sample.idOf(RecordKind::Officer, u"initials"_s, u"HS"_s));
        window = std::make_unique<MainWindow>(sample.session());
        window->show();
    }
    SampleForms sample;
    std::unique_ptr<MainWindow> window;
};
} // namespace

TEST_CASE("every named icon is compiled in and renders through the SVG plugin", "[ui][icons]")
{
    const QStringList names{u"app"_s,     u"delegate"_s, u"agency"_s,   u"investor"_s, u"contact"_s, u"mission"_s,
                            u"meeting"_s, u"deal"_s,     u"followup"_s, u"note"_s,     u"officer"_s, u"trash"_s,
                            u"new"_s,     u"save"_s,     u"undo"_s,     u"redo"_s,     u"delete"_s,  u"open"_s};
    for (const QString &name : names) {
        INFO(name.toStdString());
        const QIcon loaded = icon(name);
        REQUIRE_FALSE(loaded.isNull());
        CHECK_FALSE(loaded.pixmap(24, 24).isNull());
        CHECK(hasInk(loaded));
    }
}

TEST_CASE("each sidebar section and the main edit actions carry an icon", "[ui][icons][mainwindow]")
{
    Window w;
    auto *navigation = child<QListWidget>(*w.window, u"navigation"_s);
    REQUIRE(navigation->count() == 13);
    for (int row = 0; row < navigation->count(); ++row) {
        INFO(navigation->item(row)->text().toStdString());
        CHECK(hasInk(navigation->item(row)->icon()));
    }
    for (const QString &name : {u"actionOpenDatabase"_s, u"actionUndo"_s, u"actionRedo"_s, u"actionNewRecord"_s,
                                u"actionSaveRecord"_s, u"actionDeleteRecord"_s}) {
        INFO(name.toStdString());
        CHECK(hasInk(child<QAction>(*w.window, name)->icon()));
    }
}
