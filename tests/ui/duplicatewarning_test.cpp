#include "forms/duplicatewarning.h"
#include "forms/recordform.h"
#include "samplewindow.h"
#include "support/messagebox.h"
#include "views/recordpane.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
// The sample data in a window, with a new record of a kind started as the officer starts one.
struct NewRecord : SampleWindow
{
    explicit NewRecord(const QString &kind) : SampleWindow(kind, Focus::Active)
    {
        action(u"actionNewRecord"_s)->trigger();
        REQUIRE(form());
        REQUIRE(form()->recordId().isEmpty());
    }
    ~NewRecord() { MessageBox::setNextAnswer(QMessageBox::NoButton); } // no answer left for the next test

    RecordPane *pane() const { return window->recordPane(); }
    RecordForm *form() const { return pane()->form(); }
    DuplicateWarning *warning() const
    {
        DuplicateWarning *found = form()->findChild<DuplicateWarning *>(u"duplicateWarning"_s);
        REQUIRE(found);
        return found;
    }
    QLineEdit *field(const QString &name) const { return child<QLineEdit>(*form(), name); }
    QString matchText(int row) const { return child<QLabel>(*warning(), u"duplicateMatch%1"_s.arg(row))->text(); }
    void click(const QString &name) const { QTest::mouseClick(child<QPushButton>(*window, name), Qt::LeftButton); }
};
} // namespace

TEST_CASE("a new investor typed in katakana is shown the sample's Yazaki, with why", "[ui][duplicates]")
{
    NewRecord w(u"investor"_s);
    const QString yazaki = w.sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    CHECK(w.warning()->isHidden());

    typeText(w.field(u"name"_s), u"ヤザキ"_s);
    CHECK(w.warning()->isHidden()); // not on every keystroke: after the typing pause
    REQUIRE(w.warning()->isCheckPending());
    w.warning()->checkNow();

    REQUIRE_FALSE(w.warning()->isHidden());
    REQUIRE_FALSE(w.warning()->matches().isEmpty());
    const DuplicateMatch &first = w.warning()->matches().first();
    CHECK(first.id == yazaki);
    CHECK(w.matchText(0).contains(first.title.toHtmlEscaped()));
    for (const DuplicateReason reason : first.reasons) {
        CHECK(w.matchText(0).contains(duplicateReasonText(reason)));
    }
    CHECK_FALSE(child<QPushButton>(*w.warning(), u"duplicateOpen0"_s)->accessibleName().isEmpty());
    CHECK_FALSE(w.warning()->isAncestorOf(QApplication::focusWidget())); // the officer types on
    CHECK(w.form()->isModified());
}

TEST_CASE("the warning comes by itself once the typing pause ends", "[ui][duplicates]")
{
    NewRecord w(u"investor"_s);
    QSignalSpy checked(w.warning()->typingPause(), &QTimer::timeout);
    QTest::keyClicks(w.field(u"name"_s), u"Yazaki"_s);
    REQUIRE(checked.wait());
    CHECK(checked.count() == 1); // one check for the whole word, not one per letter
    CHECK_FALSE(w.warning()->isHidden());
    CHECK(w.warning()->matches().first().id ==
          w.sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s));
}

TEST_CASE("a new contact with an existing contact's e-mail is warned of the same e-mail", "[ui][duplicates]")
{
    NewRecord w(u"contact"_s);
    const QString inoue = w.sample.idOf(RecordKind::Contact, u"email"_s, u"k.inoue@yazaki.example"_s);
    QTest::keyClicks(w.field(u"email"_s), u"K.Inoue@Yazaki.example"_s);
    w.warning()->checkNow();
    REQUIRE_FALSE(w.warning()->matches().isEmpty());
    CHECK(w.warning()->matches().first().id == inoue);
    CHECK(w.warning()->matches().first().reason == DuplicateReason::Email);
    CHECK(w.matchText(0).contains(duplicateReasonText(DuplicateReason::Email)));
}

TEST_CASE("Open on a match asks before leaving what was typed, then shows the existing record", "[ui][duplicates]")
{
    NewRecord w(u"investor"_s);
    const QString yazaki = w.sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    typeText(w.field(u"name"_s), u"ヤザキ"_s);
    w.warning()->checkNow();

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    w.click(u"duplicateOpen0"_s);
    CHECK(w.pane()->recordId().isEmpty()); // the officer stays on the draft
    CHECK(w.field(u"name"_s)->text() == u"ヤザキ"_s);

    MessageBox::setNextAnswer(QMessageBox::Discard);
    w.click(u"duplicateOpen0"_s);
    CHECK(MessageBox::lastText().contains(w.sample.store().title(RecordKind::Investor, yazaki)));
    CHECK(w.pane()->kind() == RecordKind::Investor);
    CHECK(w.pane()->recordId() == yazaki);
    CHECK_FALSE(w.form()->isModified());
}

TEST_CASE("Create anyway hides the warning for the draft and Save creates it without asking", "[ui][duplicates]")
{
    NewRecord w(u"investor"_s);
    const qint64 before = w.sample.store().count(RecordKind::Investor);
    typeText(w.field(u"name"_s), u"ヤザキ"_s);
    w.warning()->checkNow();
    REQUIRE_FALSE(w.warning()->isHidden());

    w.click(u"createAnywayButton"_s);
    CHECK(w.warning()->isHidden());
    QTest::keyClicks(w.field(u"name"_s), u" Kenitra"_s);
    CHECK_FALSE(w.warning()->isCheckPending()); // dismissed for this draft
    w.warning()->checkNow();
    CHECK(w.warning()->isHidden());

    MessageBox::setNextAnswer(QMessageBox::No); // would refuse the save if a question came
    w.click(u"saveButton"_s);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    CHECK(w.sample.store().count(RecordKind::Investor) == before + 1);
    REQUIRE_FALSE(w.pane()->recordId().isEmpty());
    CHECK(w.sample.store().get(RecordKind::Investor, w.pane()->recordId()).value(u"name"_s) == u"ヤザキ Kenitra"_s);
    CHECK(w.warning()->isHidden()); // the saved record is not its own duplicate
}

TEST_CASE("saving a new record that looks like an existing one asks first, naming the closest", "[ui][duplicates]")
{
    NewRecord w(u"investor"_s);
    const qint64 before = w.sample.store().count(RecordKind::Investor);
    const QString yazaki = w.sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    typeText(w.field(u"name"_s), u"ヤザキ"_s); // saved before the typing pause ends: checked all the same

    MessageBox::setNextAnswer(QMessageBox::No);
    w.click(u"saveButton"_s);
    CHECK(MessageBox::lastText().contains(w.sample.store().title(RecordKind::Investor, yazaki)));
    CHECK(w.sample.store().count(RecordKind::Investor) == before);
    CHECK(w.pane()->recordId().isEmpty());
    CHECK(w.field(u"name"_s)->text() == u"ヤザキ"_s);
    CHECK_FALSE(w.warning()->isHidden()); // and now the officer sees the match

    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.click(u"saveButton"_s);
    CHECK(w.sample.store().count(RecordKind::Investor) == before + 1);
    CHECK_FALSE(w.pane()->recordId().isEmpty());
}

TEST_CASE("a record being edited is not its own duplicate", "[ui][duplicates]")
{
    SampleWindow w(u"investor"_s);
    const QString yazaki = w.sample.idOf(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    w.window->openRecord(RecordKind::Investor, yazaki);
    RecordForm *form = w.window->recordPane()->form();
    REQUIRE(form->recordId() == yazaki);
    auto *warning = child<DuplicateWarning>(*form, u"duplicateWarning"_s);
    QTest::keyClicks(child<QLineEdit>(*form, u"name_latin"_s), u" "_s);
    REQUIRE(warning->isCheckPending());
    warning->checkNow();
    for (const DuplicateMatch &match : warning->matches()) {
        CHECK(match.id != yazaki);
    }
    CHECK(warning->isHidden() == warning->matches().isEmpty());
}

TEST_CASE("kinds without a duplicate check have no warning", "[ui][duplicates]")
{
    NewRecord w(u"meeting"_s);
    CHECK(w.form()->duplicateWarning() == nullptr);
    CHECK(w.form()->findChild<DuplicateWarning *>() == nullptr);
}
