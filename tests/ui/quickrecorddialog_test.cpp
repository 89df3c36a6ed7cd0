#include "dialogs/quickrecorddialog.h"
#include "forms/recordform.h"
#include "formtesting.h"
#include "samplesession.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
QVariantMap linkedTo(const QString &kind, const QString &id)
{
    return {{u"linked_kind"_s, kind}, {u"linked_id"_s, id}};
}
} // namespace

TEST_CASE("a note from a delegate's page is saved already linked to the delegate, and undoable", "[ui][quick]")
{
    test::SampleSession sample;
    const QString hassani = sample.idOf(RecordKind::Delegate, u"family_name"_s, u"Hassani"_s);
    const qint64 notesBefore = sample.store().count(RecordKind::Note, false);
    QuickRecordDialog dialog(sample.session(), RecordKind::Note, linkedTo(u"delegate"_s, hassani), u"Hassani"_s);
    dialog.show();
    CHECK(dialog.windowTitle().contains(u"Hassani"_s));

    auto *body = dialog.findChild<QWidget *>(u"body"_s);
    REQUIRE(body);
    typeText(body, u"Called about the Kenitra site; حساني will send the land prices."_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"quickSave"_s), Qt::LeftButton);

    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(!dialog.savedId().isEmpty());
    const QVariantMap note = sample.store().get(RecordKind::Note, dialog.savedId());
    CHECK(note.value(u"linked_kind"_s).toString() == u"delegate"_s);
    CHECK(note.value(u"linked_id"_s).toString() == hassani);
    CHECK(note.value(u"body"_s).toString().contains(u"حساني"_s));
    // The officer on the session is the author, as for any new note.
    REQUIRE(!sample.officerId().isEmpty());
    CHECK(note.value(u"author_id"_s).toString() == sample.officerId());

    sample.session().undoStack()->undo();
    CHECK(sample.store().count(RecordKind::Note, false) == notesBefore);
}

TEST_CASE("a refused follow-up stays on screen with the problem at its field", "[ui][quick]")
{
    SampleForms sample;
    const QString yazaki = sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    const qint64 before = sample.store().count(RecordKind::FollowUp, false);
    QuickRecordDialog dialog(sample.session(), RecordKind::FollowUp, linkedTo(u"investor"_s, yazaki), u"Yazaki"_s);
    dialog.show();
    typeText(dialog.findChild<QWidget *>(u"title"_s), u"Send the Kenitra land prices"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"quickSave"_s), Qt::LeftButton);

    // No due date: refused, nothing written, the dialog stays open with the title typed.
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.savedId().isEmpty());
    CHECK(sample.store().count(RecordKind::FollowUp, false) == before);
    QLabel *error = errorLabel(*dialog.form(), u"due_date"_s);
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(dialog.form()->value().value(u"title"_s).toString() == u"Send the Kenitra land prices"_s);
}
