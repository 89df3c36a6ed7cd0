#include "dialogs/briefingdialog.h"
#include "dialogs/calendarexportdialog.h"
#include "dialogs/exchangeratesdialog.h"
#include "dialogs/meetingentrydialog.h"
#include "dialogs/officerdialog.h"
#include "dialogs/preparereplicadialog.h"
#include "dialogs/programmereportdialog.h"
#include "dialogs/searchdialog.h"
#include "dialogs/stagemovedialog.h"
#include "documents/briefings.h"
#include "samplesession.h"
#include "support/settings.h"

#include <QLabel>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
// A QLabel draws '&' as it is unless it has a buddy to give the mnemonic to: "&Templates" in a
// form row whose field is a layout shows its ampersand to the officer.
QStringList strayMnemonics(const QWidget &dialog)
{
    static const QRegularExpression mnemonic(u"&[^&\\s]"_s);
    QStringList stray;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (!rich && !label->buddy() && label->text().contains(mnemonic)) {
            stray << label->text();
        }
    }
    return stray;
}
} // namespace

TEST_CASE("the Print Briefing dialog shows its labels without a stray '&'", "[ui][mnemonics]")
{
    test::SampleSession sample;
    Settings::setValue(Settings::Key::BriefingTemplateDir, QString());
    const QString yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    Database *db = sample.session().database();
    BriefingDialog dialog([db, yazaki](const BriefingOptions &options) {
        return buildBriefing(*db, RecordKind::Investor, yazaki, options);
    });
    CHECK(strayMnemonics(dialog) == QStringList());
    // The templates row still has its mnemonic, given to the folder field.
    bool templatesRow = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text() == BriefingDialog::tr("&Templates")) {
            templatesRow = true;
            CHECK(label->buddy() == dialog.findChild<QWidget *>(u"briefingTemplateDir"_s));
        }
    }
    CHECK(templatesRow);
}

TEST_CASE("no other dialog shows a stray '&' in its labels", "[ui][mnemonics]")
{
    test::SampleSession sample;
    DatabaseSession &session = sample.session();
    CHECK(strayMnemonics(CalendarExportDialog(session)) == QStringList());
    CHECK(strayMnemonics(ExchangeRatesDialog(session)) == QStringList());
    CHECK(strayMnemonics(MeetingEntryDialog(session)) == QStringList());
    CHECK(strayMnemonics(OfficerDialog(session)) == QStringList());
    CHECK(strayMnemonics(PrepareReplicaDialog(session)) == QStringList());
    CHECK(strayMnemonics(ProgrammeReportDialog(session)) == QStringList());
    CHECK(strayMnemonics(SearchDialog(session)) == QStringList());
    const QString deal =
        sample.idOf(RecordKind::Deal, u"title"_s, u"Workwear and technical-textile plant, Hawassa (fictional)"_s);
    CHECK(strayMnemonics(StageMoveDialog(sample.store().get(RecordKind::Deal, deal), u"lost"_s, QDate(2026, 11, 29))) ==
          QStringList());
}
