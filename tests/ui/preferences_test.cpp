// Edit > Preferences, the interface language's locale in the date fields, and the officer's zone
// in the date-and-time fields, through the real widgets.
#include "dialogs/preferencesdialog.h"
#include "dialogs/stagemovedialog.h"
#include "domain/officerzone.h"
#include "forms/dateedit.h"
#include "forms/instantedit.h"
#include "forms/recordform.h"
#include "samplewindow.h"
#include "support/filedialog.h"
#include "support/localepreferences.h"
#include "support/messagebox.h"
#include "support/restart.h"
#include "support/settings.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
const QLocale kFrench(QLocale::French, QLocale::France);

// Makes locale the default, as main() does for the chosen language, and gives the next test the one it found.
class DefaultLocale final
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    Q_DISABLE_COPY_MOVE(DefaultLocale)

private:
    QLocale m_previous;
};

// Every preference a test may change, put back as the other tests expect them (and no restart).
class PreferencesKept final
{
public:
    PreferencesKept()
    {
        for (Settings::Key key : kKeys) {
            m_saved << Settings::value(key);
        }
    }
    ~PreferencesKept()
    {
        for (qsizetype i = 0; i < kKeys.size(); ++i) {
            Settings::setValue(kKeys.at(i), m_saved.at(i));
        }
        setOfficerZone(QTimeZone());
        Restart::reset();
    }
    Q_DISABLE_COPY_MOVE(PreferencesKept)

private:
    inline static const QList<Settings::Key> kKeys{Settings::Key::UiLanguage,          Settings::Key::OfficerTimeZone,
                                                   Settings::Key::BriefingLanguage,    Settings::Key::BriefingPageSize,
                                                   Settings::Key::BriefingTemplateDir, Settings::Key::ReportCurrency};
    QVariantList m_saved;
};

QPushButton *okButton(QWidget &dialog)
{
    return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

// Selects the item of combo whose data is value.
void choose(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void typeZone(PreferencesDialog &dialog, const QString &zone)
{
    auto *edit = child<QLineEdit>(dialog, u"officerTimeZoneEdit"_s);
    edit->selectAll();
    QTest::keyClicks(edit, zone);
    // The completer's list, left open, would take the next click (on OK) to close itself.
    child<QComboBox>(dialog, u"officerTimeZone"_s)->completer()->popup()->hide();
    REQUIRE(edit->text() == zone);
}
} // namespace

TEST_CASE("Edit > Preferences has the platform's Preferences shortcut, which Change Officer gave up",
          "[ui][preferences]")
{
    SampleWindow window;
    QAction *preferences = window.action(u"actionPreferences"_s);
    CHECK(preferences->shortcuts() == QKeySequence::keyBindings(QKeySequence::Preferences));
    CHECK(preferences->menuRole() == QAction::PreferencesRole);
    CHECK(window.action(u"actionChangeOfficer"_s)->shortcut().isEmpty());
}

TEST_CASE("the preferences offer each language in its own words and show what was saved", "[ui][preferences]")
{
    PreferencesKept kept;
    Settings::setValue(Settings::Key::UiLanguage, u"fr"_s);
    Settings::setValue(Settings::Key::BriefingLanguage, u"ja"_s);
    Settings::setValue(Settings::Key::BriefingPageSize, u"Letter"_s);
    Settings::setValue(Settings::Key::OfficerTimeZone, u"Africa/Casablanca"_s);
    SampleForms sample;
    sample.session().setOfficerId(sample.idOf(RecordKind::Officer, u"initials"_s, u"HS"_s));
    PreferencesDialog dialog(sample.session());
    dialog.show();

    auto *language = child<QComboBox>(dialog, u"uiLanguage"_s);
    REQUIRE(language->count() == 4);
    CHECK(language->itemData(0).toString().isEmpty()); // System
    CHECK(language->itemText(0).startsWith(u"System"_s));
    CHECK(language->itemText(1) == u"English"_s);
    CHECK(language->itemText(2) == u"日本語"_s);
    CHECK(language->itemText(3) == u"Français"_s);
    CHECK(language->currentData() == u"fr"_s);
    CHECK(child<QComboBox>(dialog, u"documentLanguage"_s)->currentData() == u"ja"_s);
    CHECK(child<QComboBox>(dialog, u"documentPageSize"_s)->currentData() == u"Letter"_s);
    CHECK(child<QComboBox>(dialog, u"officerTimeZone"_s)->currentText() == u"Africa/Casablanca"_s);
    CHECK(child<QComboBox>(dialog, u"reportCurrency"_s)->findData(u"JPY"_s) >= 0);
    CHECK(child<QLabel>(dialog, u"officerName"_s)->text().contains(u"佐藤"_s));
    CHECK(child<QPushButton>(dialog, u"changeOfficerButton"_s)->isEnabled());
}

TEST_CASE("OK saves every preference, the time zone at once, and offers the restart a new language needs",
          "[ui][preferences]")
{
    PreferencesKept kept;
    Settings::setValue(Settings::Key::UiLanguage, QString());
    SampleForms sample;
    QTemporaryDir templates;
    PreferencesDialog dialog(sample.session());
    dialog.show();
    // Japanese differs from whatever language the tests run in (English).
    choose(child<QComboBox>(dialog, u"uiLanguage"_s), u"ja"_s);
    typeZone(dialog, u"Asia/Tokyo"_s);
    choose(child<QComboBox>(dialog, u"documentLanguage"_s), u"fr"_s);
    choose(child<QComboBox>(dialog, u"documentPageSize"_s), u"Letter"_s);
    choose(child<QComboBox>(dialog, u"reportCurrency"_s), u"JPY"_s);
    FileDialog::setNextFileName(templates.path());
    QTest::mouseClick(child<QPushButton>(dialog, u"templateDirButton"_s), Qt::LeftButton);

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(MessageBox::lastText().contains(u"starts again"_s));
    CHECK_FALSE(dialog.restartWanted());
    CHECK(Settings::value(Settings::Key::UiLanguage) == u"ja"_s);
    CHECK(Settings::value(Settings::Key::OfficerTimeZone) == u"Asia/Tokyo"_s);
    CHECK(Settings::value(Settings::Key::BriefingLanguage) == u"fr"_s);
    CHECK(Settings::value(Settings::Key::BriefingPageSize) == u"Letter"_s);
    CHECK(Settings::value(Settings::Key::ReportCurrency) == u"JPY"_s);
    CHECK(Settings::value(Settings::Key::BriefingTemplateDir) == templates.path());
    CHECK(officerZone().id() == "Asia/Tokyo");
    // What the next start applies: Japanese dates and numbers, Tokyo's clock.
    CHECK(interfaceLocale().language() == QLocale::Japanese);
    CHECK(chosenTimeZone().id() == "Asia/Tokyo");
}

TEST_CASE("a time zone that does not exist, or a templates folder that is not there, is named and nothing is saved",
          "[ui][preferences]")
{
    PreferencesKept kept;
    Settings::setValue(Settings::Key::OfficerTimeZone, QString());
    Settings::setValue(Settings::Key::BriefingTemplateDir, QString());
    SampleForms sample;
    PreferencesDialog dialog(sample.session());
    dialog.show();
    auto *error = child<QLabel>(dialog, u"preferencesError"_s);

    typeZone(dialog, u"Mars/Olympus_Mons"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(u"Mars/Olympus_Mons"_s));
    CHECK(error->text().contains(u"not a time zone"_s));

    typeZone(dialog, u"Europe/Paris"_s);
    auto *folder = child<QLineEdit>(dialog, u"templateDir"_s);
    folder->setText(u"/no/such/templates"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->text().contains(u"does not exist"_s));
    CHECK(Settings::value(Settings::Key::OfficerTimeZone).toString().isEmpty());
    CHECK(Settings::value(Settings::Key::BriefingTemplateDir).toString().isEmpty());
    CHECK(officerZone() == QTimeZone::systemTimeZone());

    folder->clear();           // the built-in templates
    typeZone(dialog, u"an"_s); // part of many zones' names: which one is not guessed
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->text().contains(u"“an”"_s));

    typeZone(dialog, u"paris"_s); // part of one zone's name, in any case
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(Settings::value(Settings::Key::OfficerTimeZone) == u"Europe/Paris"_s);
}

TEST_CASE("Restart now closes the window and starts again on the database that is open", "[ui][preferences]")
{
    PreferencesKept kept;
    Settings::setValue(Settings::Key::UiLanguage, QString());
    SampleWindow window;
    const QString path = window.sample.session().database()->path();
    QTimer::singleShot(0, qApp, [] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        choose(child<QComboBox>(*dialog, u"uiLanguage"_s), u"ja"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    });
    window.action(u"actionPreferences"_s)->trigger();
    CHECK(Restart::requested());
    CHECK(Restart::arguments() == QStringList{path});
    CHECK_FALSE(window.window->isVisible());
}

TEST_CASE("a date field in French reads 30/09/2026 and ISO, and writes the day the French way",
          "[ui][preferences][dates][forms]")
{
    DefaultLocale french(kFrench);
    SampleForms sample;
    RecordForm form(RecordKind::Mission, sample.session());
    form.setRecord(sample.store().get(RecordKind::Mission, sample.idsOf(RecordKind::Mission).first()));
    form.show();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    auto *end = child<DateEdit>(form, u"end_date"_s);
    CHECK(end->placeholderText().startsWith(u"30/09/2026"_s));

    const auto type = [&](const QString &text) {
        end->setFocus();
        end->clear();
        QTest::keyClicks(end, text);
        QTest::keyClick(end, Qt::Key_Tab);
    };
    type(u"30/09/2026"_s);
    CHECK(end->text() == u"30/09/2026"_s);
    CHECK(form.value().value(u"end_date"_s) == u"2026-09-30"_s);
    type(u"2026-10-01"_s); // ISO 8601, tidied into the French way on leaving the field
    CHECK(end->text() == u"01/10/2026"_s);
    CHECK(form.value().value(u"end_date"_s) == u"2026-10-01"_s);
    type(u"01/02/26"_s); // day first, two-digit year
    CHECK(end->text() == u"01/02/2026"_s);
    CHECK(form.value().value(u"end_date"_s) == u"2026-02-01"_s);
    CHECK(form.validate());
}

TEST_CASE("the stage date takes the locale's day and ISO, and a day that is not one keeps OK disabled",
          "[ui][preferences][dates]")
{
    DefaultLocale french(kFrench);
    const QDate today(2026, 11, 29);
    const QVariantMap deal{
        {u"title"_s, u"Plant"_s}, {u"stage"_s, u"lead"_s}, {u"created_at"_s, u"2026-01-05T00:00:00Z"_s}};
    StageMoveDialog dialog(deal, u"negotiation"_s, today);
    dialog.show();
    auto *date = child<DateEdit>(dialog, u"stageDateEdit"_s);
    CHECK(date->text() == u"29/11/2026"_s);
    CHECK(dialog.date() == today);

    date->clear();
    QTest::keyClicks(date, u"2026-03-15"_s);
    CHECK(dialog.date() == QDate(2026, 3, 15));
    CHECK(dialog.canAccept());
    date->clear();
    QTest::keyClicks(date, u"15/03/2026"_s);
    CHECK(dialog.date() == QDate(2026, 3, 15));

    date->clear();
    QTest::keyClicks(date, u"le 15 mars"_s);
    CHECK_FALSE(dialog.date().isValid());
    CHECK_FALSE(dialog.canAccept());
    CHECK(dialog.warningText().contains(u"YYYY-MM-DD"_s));
}

TEST_CASE("a time typed without an offset is the officer's, in the zone chosen in Preferences", "[ui][preferences]")
{
    PreferencesKept kept;
    setOfficerZone(QTimeZone("Asia/Tokyo"));
    CHECK(InstantEdit::isoFromText(u"2026-09-30 14:05"_s) == u"2026-09-30T05:05:00.000Z"_s);
    CHECK(InstantEdit::isoFromText(u"2026-09-30T14:05"_s) == u"2026-09-30T05:05:00.000Z"_s); // ISO without offset
    const QString tokyo = InstantEdit::localText(u"2026-09-30T05:05:00.000Z"_s);
    INFO(tokyo.toStdString());
    CHECK((tokyo.contains(u"14:05"_s) || tokyo.contains(u"2:05 PM"_s))); // 2:05 PM in American English
    setOfficerZone(QTimeZone("Europe/Paris"));
    CHECK(InstantEdit::isoFromText(u"2026-09-30 14:05"_s) == u"2026-09-30T12:05:00.000Z"_s);
    // An instant with its offset is that instant, whatever the zone.
    CHECK(InstantEdit::isoFromText(u"2026-09-30T14:05:00+09:00"_s) == u"2026-09-30T05:05:00.000Z"_s);
}
