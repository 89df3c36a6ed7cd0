// Edit > Set Field...: several records selected in a real list get one field in one undo step.
#include "dialogs/setfielddialog.h"
#include "forms/choicecombo.h"
#include "formtesting.h"
#include "mainwindow.h"
#include "samplewindow.h"
#include "support/messagebox.h"
#include "views/recordlistpane.h"
#include "views/recordpane.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {

void clickRow(QTreeView *view, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    REQUIRE(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
}

// Answers the next Set Field dialog: the field, then the value through the editor (chosen as an
// officer chooses it), then Set; records what the dialog counted.
void answerNextDialog(const QString &field, const std::function<void(QWidget &editor)> &choose, qsizetype *counted)
{
    QTimer::singleShot(0, qApp, [=] {
        auto *dialog = qobject_cast<SetFieldDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *fields = child<QComboBox>(*dialog, u"fieldChoice"_s);
        fields->setCurrentIndex(fields->findData(field));
        choose(*child<QWidget>(*dialog, field));
        *counted = dialog->changingCount();
        QTest::mouseClick(child<QDialogButtonBox>(*dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
}

void chooseIn(QWidget &editor, const QVariant &value)
{
    auto *combo = qobject_cast<ChoiceCombo *>(&editor);
    REQUIRE(combo);
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

TEST_CASE("Set Field sets the sector of the selected investors as one undo step", "[ui][setfield]")
{
    SampleWindow w(u"investor"_s);
    RecordListPane *pane = w.window->listPane(RecordKind::Investor);
    QTreeView *view = pane->view();
    REQUIRE(view->model()->rowCount() >= 3);
    QAction *setField = w.action(u"actionSetField"_s);

    clickRow(view, 0);
    clickRow(view, 2, Qt::ShiftModifier);
    const QStringList ids = pane->selectedIds();
    REQUIRE(ids.size() == 3);
    CHECK(setField->isEnabled());
    // With several selected, the record pane shows the current one (the last clicked).
    CHECK(w.window->recordPane()->recordId() == pane->currentId());
    CHECK(pane->currentId() == ids.at(2));

    QStringList before;
    for (const QString &id : ids) {
        before << w.sample.store().get(RecordKind::Investor, id).value(u"sector"_s).toString();
    }
    REQUIRE(before.count(u"other"_s) < 3);
    const int steps = w.sample.session().undoStack()->count();

    qsizetype counted = -1;
    answerNextDialog(
        u"sector"_s, [](QWidget &editor) { chooseIn(editor, u"other"_s); }, &counted);
    setField->trigger();

    CHECK(counted == 3 - before.count(u"other"_s));
    const auto sectors = [&] {
        QStringList now;
        for (const QString &id : ids) {
            now << w.sample.store().get(RecordKind::Investor, id).value(u"sector"_s).toString();
        }
        return now;
    };
    CHECK(sectors() == QStringList(3, u"other"_s));
    QUndoStack *stack = w.sample.session().undoStack();
    REQUIRE(stack->count() == steps + 1);
    CHECK(stack->undoText().contains(u"Sector"_s));
    CHECK(pane->selectedIds().size() == 3); // still selected after the lists reloaded

    w.action(u"actionUndo"_s)->trigger();
    CHECK(sectors() == before);
    w.action(u"actionRedo"_s)->trigger();
    CHECK(sectors() == QStringList(3, u"other"_s));
}

TEST_CASE("Set Field marks investors confidential, and its undo is refused when one changed since", "[ui][setfield]")
{
    SampleWindow w(u"investor"_s);
    RecordListPane *pane = w.window->listPane(RecordKind::Investor);
    QTreeView *view = pane->view();
    QAction *setField = w.action(u"actionSetField"_s);

    clickRow(view, 0);
    clickRow(view, 1, Qt::ControlModifier);
    const QStringList ids = pane->selectedIds();
    REQUIRE(ids.size() == 2);
    const auto confidential = [&](const QString &id) {
        return w.sample.store().get(RecordKind::Investor, id).value(u"confidential"_s).toBool();
    };
    REQUIRE_FALSE((confidential(ids.at(0)) && confidential(ids.at(1))));

    qsizetype counted = -1;
    answerNextDialog(
        u"confidential"_s,
        [](QWidget &editor) {
            auto *box = qobject_cast<QCheckBox *>(&editor);
            REQUIRE(box);
            if (!box->isChecked()) {
                QTest::keyClick(box, Qt::Key_Space);
            }
        },
        &counted);
    setField->trigger();
    CHECK(counted >= 1);
    CHECK(confidential(ids.at(0)));
    CHECK(confidential(ids.at(1)));

    // Another window (the CLI, a second edit) changes one of them: the undo is refused, nothing moves.
    w.sample.store().update(RecordKind::Investor, ids.at(1), {{u"hq_city"_s, u"Kyoto"_s}});
    MessageBox::setNextAnswer(QMessageBox::Ok); // answers the error box
    w.action(u"actionUndo"_s)->trigger();
    QCoreApplication::processEvents(); // the refusal is told once the stack has finished
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    CHECK(MessageBox::lastText().contains(u"changed since"_s));
    CHECK(confidential(ids.at(0)));
    CHECK(confidential(ids.at(1)));
}

TEST_CASE("Set Field is offered only with a selection in a list that can be written", "[ui][setfield]")
{
    SampleWindow w(u"investor"_s);
    RecordListPane *pane = w.window->listPane(RecordKind::Investor);
    QAction *setField = w.action(u"actionSetField"_s);
    pane->view()->clearSelection();
    CHECK(pane->selectedIds().isEmpty());
    CHECK_FALSE(setField->isEnabled());
    clickRow(pane->view(), 0);
    CHECK(setField->isEnabled());
    auto *listAction = child<QAction>(*pane->view(), u"listSetField"_s);
    CHECK(listAction->isEnabled());
    w.window->showSection(MainWindow::Section::Dashboard);
    CHECK_FALSE(setField->isEnabled());
}
