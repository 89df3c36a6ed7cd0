#include "dialogs/officerdialog.h"
#include "mainwindow.h"
#include "samplesession.h"
#include "support/messagebox.h"
#include "support/settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
template<class T>
T *child(QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

QPushButton *okButton(QWidget &dialog)
{
    return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

// A new user on a database holding the sample officers: nobody chosen yet, nobody remembered.
struct FirstLaunch
{
    FirstLaunch()
    {
        Settings::setValue(Settings::Key::OfficerInitials, QString());
        Settings::setValue(Settings::Key::CurrentKind, u"delegate"_s);
        sample.session().setOfficerId({});
    }
    test::SampleSession sample;
};

// Runs once the modal officer dialog is up: choose the officer by initials and press OK.
void chooseInNextDialog(const QString &initials)
{
    QTimer::singleShot(0, qApp, [initials] {
        auto *dialog = qobject_cast<OfficerDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *combo = child<QComboBox>(*dialog, u"existingOfficer"_s);
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).endsWith(u'(' + initials + u')')) {
                combo->setCurrentIndex(i);
            }
        }
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    });
}
} // namespace

TEST_CASE("the first-launch officer dialog chooses nobody, and Enter does not make the user someone else",
          "[ui][officer]")
{
    FirstLaunch launch;
    OfficerDialog dialog(launch.sample.session());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = child<QComboBox>(dialog, u"existingOfficer"_s);
    CHECK(combo->count() > 2); // New officer… and the sample officers
    CHECK(combo->currentIndex() == -1);
    CHECK_FALSE(okButton(dialog)->isEnabled());

    QTest::keyClick(&dialog, Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(launch.sample.session().officerId().isEmpty());

    // A new officer needs a name and initials before OK means anything.
    combo->setCurrentIndex(combo->findData(QString()));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, u"officerName"_s), u"Nakamura Yui"_s);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, u"officerInitials"_s), u"YN"_s);
    REQUIRE(okButton(dialog)->isEnabled());
    QTest::keyClick(child<QLineEdit>(dialog, u"officerInitials"_s), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(launch.sample.session().officerId() == launch.sample.idOf(RecordKind::Officer, u"initials"_s, u"YN"_s));
}

TEST_CASE("the officer dialog offers only the officer this user chose before", "[ui][officer]")
{
    FirstLaunch launch;
    Settings::setValue(Settings::Key::OfficerInitials, u"HS"_s);
    OfficerDialog dialog(launch.sample.session());
    auto *combo = child<QComboBox>(dialog, u"existingOfficer"_s);
    CHECK(combo->currentData() == launch.sample.idOf(RecordKind::Officer, u"initials"_s, u"HS"_s));
    CHECK(okButton(dialog)->isEnabled());
}

TEST_CASE("the status bar names the officer chosen at first launch at once, not after the first save",
          "[ui][officer][mainwindow]")
{
    FirstLaunch launch;
    MainWindow window(launch.sample.session());
    window.show();
    auto *status = child<QLabel>(window, u"officerLabel"_s);
    CHECK(status->text() == u"No officer chosen"_s);

    chooseInNextDialog(u"HS"_s);
    REQUIRE(OfficerDialog::ensureOfficer(launch.sample.session(), &window));
    CHECK(status->text() == u"Officer: 佐藤 花子"_s);
}

TEST_CASE("on a later start the remembered officer is named in the status bar from the start",
          "[ui][officer][mainwindow]")
{
    FirstLaunch launch;
    Settings::setValue(Settings::Key::OfficerInitials, u"HS"_s);
    MainWindow window(launch.sample.session());
    window.show();
    REQUIRE(OfficerDialog::ensureOfficer(launch.sample.session(), &window)); // what main() does; no dialog
    CHECK(child<QLabel>(window, u"officerLabel"_s)->text() == u"Officer: 佐藤 花子"_s);
}
