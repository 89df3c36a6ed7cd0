// Dark themes (issue 20): the main views and dialogs read at WCAG AA (4.5:1) in a dark palette and in
// the default light one, their colours taken from the palette or made to fit it.
#include "contrast.h"
#include "contrastsampler.h"
#include "dialogs/exchangeratesdialog.h"
#include "dialogs/meetingentrydialog.h"
#include "dialogs/mergedialog.h"
#include "dialogs/preparereplicadialog.h"
#include "dialogs/stagemovedialog.h"
#include "dialogs/syncconflictsdialog.h"
#include "dialogs/syncexportdialog.h"
#include "forms/duplicatewarning.h"
#include "forms/recordform.h"
#include "samplesession.h"
#include "samplewindow.h"
#include "services/records/records.h"
#include "support/icons.h"
#include "support/messagebox.h"
#include "support/texttone.h"
#include "support/timelinestyle.h"
#include "sync/replicapreparer.h"
#include "sync/synchronizer.h"
#include "views/recordpane.h"
#include "widgets/chartcard.h"

#include <QAbstractAxis>
#include <QAction>
#include <QChart>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test;
using namespace crm::test::forms;

namespace {
constexpr double kAA = 4.5;

void settle()
{
    QApplication::processEvents();
    QApplication::processEvents();
}

// Hidden messages (an error under a field, a warning) shown with a text, to sample their colours.
void revealMessages(QWidget &root)
{
    for (QLabel *label : root.findChildren<QLabel *>()) {
        if (label->isHidden() && label->parentWidget() && label->parentWidget()->isVisible()) {
            if (label->text().isEmpty()) {
                label->setText(u"A message in this label's colours"_s);
            }
            label->show();
        }
    }
    settle();
}

// The sidebar's chosen section: its own soft selection, drawn in both colour groups.
void sampleSidebar(ContrastSampler &sampler, const QWidget &window)
{
    const auto *navigation = child<QListWidget>(window, u"navigation"_s);
    REQUIRE(navigation->currentItem());
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        sampler.add(u"sidebar's current section"_s, navigation->currentItem()->text(),
                    navigation->palette().color(group, QPalette::HighlightedText),
                    navigation->palette().color(group, QPalette::Highlight));
    }
}

void browseMainViews(ContrastSampler &sampler)
{
    SampleWindow w;
    settle();
    sampleSidebar(sampler, *w.window);
    sampler.sample(*w.window, u"delegates"_s);

    w.window->openRecord(RecordKind::Delegate, w.sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s));
    auto *tabs = child<QTabWidget>(*w.window, u"recordTabs"_s);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        settle();
        sampler.sample(*w.window, u"a delegate, tab %1"_s.arg(tab));
    }
    tabs->setCurrentIndex(0);
    // Every deal's impact panel: stages with setbacks, credited parties, figures.
    for (const QString &deal : w.sample.idsOf(RecordKind::Deal)) {
        w.window->openRecord(RecordKind::Deal, deal);
        settle();
        sampler.sample(*w.window->recordPane(), u"deal %1"_s.arg(deal));
    }
    w.window->recordPane()->findChild<QLabel *>(u"recordNotice"_s)->setText(u"A notice"_s);
    revealMessages(*w.window->recordPane());
    sampler.sample(*w.window->recordPane(), u"record notice"_s);

    for (const auto &[section, scene] : {std::pair{MainWindow::Section::Pipeline, u"pipeline"_s},
                                         std::pair{MainWindow::Section::FollowUps, u"follow-ups"_s},
                                         std::pair{MainWindow::Section::Dashboard, u"dashboard"_s},
                                         std::pair{MainWindow::Section::Trash, u"trash"_s}}) {
        w.window->showSection(section);
        settle();
        sampleSidebar(sampler, *w.window);
        sampler.sample(*w.window, scene);
    }
    // The dashboard's note on missing exchange rates, and its charts' axes and legends.
    auto *missingRates = child<QLabel>(*w.window, u"dashboardMissingRates"_s);
    missingRates->setText(u"No rate for JPY"_s);
    missingRates->show();
    for (ChartCard *card : w.window->findChildren<ChartCard *>()) {
        if (QChart *chart = card->chart()) {
            const QColor background = chart->backgroundBrush().color();
            for (QAbstractAxis *axis : chart->axes()) {
                sampler.add(u"dashboard chart \u201c%1\u201d axis"_s.arg(card->title()), axis->titleText(),
                            axis->labelsColor(), background);
            }
        }
    }
    settle();
    sampler.sample(*w.window, u"dashboard, rates missing"_s);
}

void sampleForms(ContrastSampler &sampler)
{
    {
        SampleWindow w(u"delegate"_s, SampleWindow::Focus::Active);
        w.action(u"actionNewRecord"_s)->trigger();
        RecordForm *form = w.window->recordPane()->form();
        REQUIRE(form);
        QTest::keyClicks(child<QLineEdit>(*form, u"family_name"_s), u"Diop"_s);
        QTest::keyClicks(child<QLineEdit>(*form, u"email"_s), u"diop@aspii"_s);
        CHECK_FALSE(form->validate());
        REQUIRE(child<QLabel>(*form, u"emailError"_s)->isVisible());
        settle();
        sampler.sample(*w.window, u"a form with an error"_s);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    {
        SampleWindow w(u"investor"_s, SampleWindow::Focus::Active);
        w.action(u"actionNewRecord"_s)->trigger();
        RecordForm *form = w.window->recordPane()->form();
        REQUIRE(form);
        typeText(child<QLineEdit>(*form, u"name"_s), u"ヤザキ"_s);
        auto *warning = child<DuplicateWarning>(*form, u"duplicateWarning"_s);
        warning->checkNow();
        REQUIRE(warning->isVisible());
        settle();
        sampler.sample(*w.window, u"the duplicate warning"_s);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
}

void sampleDialogs(ContrastSampler &sampler)
{
    SampleSession sample;
    const QString yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    const QString laptop = Records(*sample.session().database())
                               .create(RecordKind::Investor, {{u"name"_s, u"ヤザキ"_s},
                                                              {u"name_latin"_s, u"Yazaki (laptop)"_s},
                                                              {u"sector"_s, u"automotive"_s},
                                                              {u"hq_country"_s, u"JP"_s}})
                               .id;
    {
        MergeDialog dialog(sample.session(), RecordKind::Investor, {yazaki, laptop});
        dialog.show();
        settle();
        sampler.sample(dialog, u"merge"_s);
    }
    const auto shown = [&sampler](QDialog &dialog, const QString &scene) {
        dialog.show();
        revealMessages(dialog);
        sampler.sample(dialog, scene);
    };
    {
        SyncExportDialog dialog(sample.session());
        shown(dialog, u"sync export"_s);
    }
    {
        PrepareReplicaDialog dialog(sample.session());
        shown(dialog, u"prepare replica"_s);
    }
    {
        ExchangeRatesDialog dialog(sample.session());
        shown(dialog, u"exchange rates"_s);
    }
    {
        MeetingEntryDialog dialog(sample.session());
        shown(dialog, u"meeting entry"_s);
    }
    {
        const QVariantMap deal{{u"title"_s, u"Plant in Tangier"_s}, {u"stage"_s, u"negotiation"_s}};
        StageMoveDialog dialog(deal, u"lost"_s, QDate(2026, 11, 29));
        shown(dialog, u"stage move"_s);
    }
}

// The sample office and a laptop replica that both changed a delegate's title: one conflict to review.
void sampleConflicts(ContrastSampler &sampler)
{
    SampleSession office;
    QTemporaryDir dir;
    FixedClock laptopClock(QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC));
    DatabaseSession laptop;
    const PreparedReplica prepared =
        prepareReplica(*office.session().database(), dir.filePath(u"laptop.sqlite"_s), u"Casablanca laptop"_s);
    REQUIRE(laptop.open(prepared.path, Database::OpenMode::MustExist).isEmpty());
    laptop.database()->setClock(&laptopClock);
    const QString delegate = office.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    REQUIRE(office.store().update(RecordKind::Delegate, delegate, {{u"title"_s, u"Director"_s}}));
    REQUIRE(laptop.store()->update(RecordKind::Delegate, delegate, {{u"title"_s, u"代表"_s}}));
    Synchronizer sender(*laptop.database());
    const QString package = dir.filePath(u"package.crmsync"_s);
    sender.exportTo(sender.status().peers.constFirst().replicaId, package);
    REQUIRE(Synchronizer(*office.session().database()).importFile(package).conflicts == 1);

    SyncConflictsDialog dialog(office.session());
    dialog.show();
    REQUIRE(dialog.conflictCount() == 1);
    revealMessages(dialog);
    sampler.sample(dialog, u"sync conflicts"_s);
}

void checkEverything(const QString &theme)
{
    ContrastSampler sampler;
    browseMainViews(sampler);
    sampleForms(sampler);
    sampleDialogs(sampler);
    sampleConflicts(sampler);
    REQUIRE(sampler.samples().size() > 200);
    for (const ContrastSample &sample : sampler.below(kAA)) {
        FAIL_CHECK(sample.describe().toStdString());
    }
    WARN(theme.toStdString() << ": " << sampler.samples().size() << " texts, the lowest contrast "
                             << sampler.lowest().describe().toStdString());
}

// The colour each stroke pixel of an icon is drawn in.
QList<QColor> inkOf(const QIcon &icon)
{
    QList<QColor> ink;
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) == 255) {
                ink << QColor(image.pixel(x, y));
            }
        }
    }
    return ink;
}
} // namespace

TEST_CASE("in a dark theme every text sampled in the main views and dialogs reads at WCAG AA", "[ui][dark]")
{
    const ApplicationPalette dark(darkPalette());
    checkEverything(u"dark"_s);
}

TEST_CASE("in the default light theme every text sampled in the main views and dialogs reads at WCAG AA", "[ui][dark]")
{
    checkEverything(u"light"_s);
}

TEST_CASE("a toned message picks its colour again when the theme changes while it is on show", "[ui][dark]")
{
    QWidget window;
    auto *label = new QLabel(u"Could not write the file"_s, &window);
    setTextTone(label, Tone::Error);
    window.show();
    const QColor light = label->palette().color(QPalette::WindowText);
    CHECK(crm::test::contrastRatio(light, ContrastSampler::backgroundOf(*label)) >= kAA);
    {
        const ApplicationPalette dark(darkPalette());
        const QColor onDark = label->palette().color(QPalette::WindowText);
        CHECK(onDark != light);
        CHECK(ContrastSampler::backgroundOf(*label) == darkPalette().color(QPalette::Window));
        CHECK(crm::test::contrastRatio(onDark, ContrastSampler::backgroundOf(*label)) >= kAA);
    }
    CHECK(label->palette().color(QPalette::WindowText) == light);
}

TEST_CASE("the line icons are drawn in the palette's text colour, and again when it changes", "[ui][dark][icons]")
{
    const QIcon deal = icon(u"deal"_s);
    for (const QPalette &palette : {QApplication::palette(), darkPalette()}) {
        const ApplicationPalette applied(palette);
        const QList<QColor> ink = inkOf(deal);
        REQUIRE_FALSE(ink.isEmpty());
        CHECK(ink.contains(palette.color(QPalette::WindowText)));
        for (const QColor &colour : ink) {
            // Graphics need 3:1 (WCAG 1.4.11); the strokes and the accent both read as text would.
            CHECK(crm::test::contrastRatio(colour, palette.color(QPalette::Window)) >= kAA);
        }
    }
}

TEST_CASE("the timeline's kind and setback colours read on the list in a light and a dark theme", "[ui][dark]")
{
    for (const QPalette &palette : {QApplication::palette(), darkPalette()}) {
        const QColor base = palette.color(QPalette::Base);
        for (int kind = 0; kind <= int(TimelineEventKind::ContactLeft); ++kind) {
            INFO("kind " << kind << " on " << base.name().toStdString());
            CHECK(crm::test::contrastRatio(timelineKindColour(TimelineEventKind(kind), base), base) >= kAA);
        }
        CHECK(crm::test::contrastRatio(timelineSetbackColour(base), base) >= kAA);
    }
}
