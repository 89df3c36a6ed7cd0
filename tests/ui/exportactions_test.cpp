// The exports as an officer starts them in the window: a list's context menu, File > Export, a
// meeting's Add to Calendar. Files go through the FileDialog seam, messages through MessageBox,
// and what would be opened in another program through UrlOpener; every file is read back.
#include "commands/exportactions.h"
#include "databasesession.h"
#include "dialogs/calendarexportdialog.h"
#include "documents/calendarexport.h"
#include "forms/dateedit.h"
#include "interchange/csvreader.h"
#include "interchange/vcardreader.h"
#include "interchange/xlsxreader.h"
#include "mainwindow.h"
#include "models/recordlistmodel.h"
#include "models/trashmodel.h"
#include "samplesession.h"
#include "storage/recordstore.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "support/settings.h"
#include "support/urlopener.h"
#include "views/recordlistpane.h"
#include "views/recordpane.h"
#include "views/trashview.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
// The sample dataset (clock 2026-11-29 09:00 UTC, officer 佐藤 花子 HS) in a shown main window.
struct Window
{
    explicit Window(const QString &kind = u"contact"_s)
    {
        Settings::setValue(Settings::Key::OfficerInitials, u"HS"_s);
        Settings::setValue(Settings::Key::CurrentKind, kind);
        window = std::make_unique<MainWindow>(sample.session());
        window->show();
    }

    QString path(const QString &name) const { return dir.filePath(name); }
    QString status() const { return window->statusBar()->currentMessage(); }

    test::SampleSession sample;
    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;
};

// Whatever the test hands to the officer's programs, kept instead of opened.
struct OpenedUrls
{
    explicit OpenedUrls(bool taken = true)
    {
        UrlOpener::setHandler([this, taken](const QUrl &url) {
            urls << url;
            return taken;
        });
    }
    ~OpenedUrls() { UrlOpener::setHandler({}); }
    Q_DISABLE_COPY_MOVE(OpenedUrls)

    QList<QUrl> urls;
};

template<class T>
T *named(const QObject &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The list's rows as it shows them, column by column in the header's order.
QList<QStringList> shownRows(const RecordListPane &pane)
{
    const QHeaderView &header = *pane.view()->header();
    QList<QStringList> rows;
    for (int row = 0; row < pane.model()->rowCount(); ++row) {
        QStringList cells;
        for (int visual = 0; visual < header.count(); ++visual) {
            cells << pane.model()->index(row, header.logicalIndex(visual)).data().toString();
        }
        rows << cells;
    }
    return rows;
}

QStringList shownHeader(const RecordListPane &pane)
{
    const QHeaderView &header = *pane.view()->header();
    QStringList headers;
    for (int visual = 0; visual < header.count(); ++visual) {
        headers << pane.model()->headerData(header.logicalIndex(visual), Qt::Horizontal).toString();
    }
    return headers;
}

QStringList column(const interchange::Table &table, qsizetype index)
{
    QStringList cells;
    for (const QVariantList &row : table.rows) {
        cells << row.value(index).toString();
    }
    return cells;
}

QStringList titles(const QList<QStringList> &rows)
{
    QStringList cells;
    for (const QStringList &row : rows) {
        cells << row.value(0);
    }
    return cells;
}

void filterList(RecordListPane &pane, const QString &text)
{
    const qint64 before = pane.model()->totalCount();
    named<QLineEdit>(pane, u"quickFilter"_s)->setText(text);
    REQUIRE(QTest::qWaitFor([&] { return pane.model()->totalCount() != before; }));
}

int count(const QByteArray &bytes, const QByteArray &what)
{
    return static_cast<int>(bytes.count(what));
}
} // namespace

TEST_CASE("a list's context menu exports it as shown to CSV: its filter, its sort and its column order", "[ui][export]")
{
    Window w;
    RecordListPane *pane = w.window->listPane(RecordKind::Contact);
    QTreeView *view = pane->view();
    CHECK(view->contextMenuPolicy() == Qt::ActionsContextMenu);
    filterList(*pane, u"aomine"_s);
    view->sortByColumn(0, Qt::DescendingOrder);
    view->header()->moveSection(view->header()->visualIndex(1), 0); // the second column first
    const QList<QStringList> shown = shownRows(*pane);
    REQUIRE(shown.size() == 2);
    REQUIRE(pane->model()->totalCount() < w.sample.liveCount(RecordKind::Contact));

    const QString path = w.path(u"contacts.csv"_s);
    FileDialog::setNextFileName(path);
    named<QAction>(*view, u"exportListCsv"_s)->trigger();

    const QByteArray bytes = bytesOf(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 by its BOM
    CHECK(bytes.contains("\r\n"));
    const interchange::Table table = interchange::readCsv(bytes);
    CHECK(table.header == shownHeader(*pane));
    REQUIRE(table.rows.size() == shown.size());
    // The title column, now second, in the list's (descending) order.
    const qsizetype titleColumn = table.header.indexOf(pane->model()->headerData(0, Qt::Horizontal).toString());
    REQUIRE(titleColumn == 1);
    QStringList shownTitles;
    for (const QStringList &row : shown) {
        shownTitles << row.value(1);
    }
    CHECK(column(table, titleColumn) == shownTitles);
    CHECK(column(table, 1).first() > column(table, 1).last());
    CHECK(w.status() == u"Exported 2 contacts to contacts.csv"_s);
}

TEST_CASE("Export List as Excel writes the list's rows under its headers in an .xlsx", "[ui][export]")
{
    Window w(u"investor"_s);
    RecordListPane *pane = w.window->listPane(RecordKind::Investor);
    const QString path = w.path(u"investors.xlsx"_s);
    FileDialog::setNextFileName(path);
    named<QAction>(*pane->view(), u"exportListXlsx"_s)->trigger();

    const interchange::Table table = interchange::XlsxReader::readFile(path);
    CHECK(table.header == shownHeader(*pane));
    CHECK(column(table, 0) == titles(shownRows(*pane)));
    CHECK(table.rows.size() == w.sample.liveCount(RecordKind::Investor));
    CHECK(w.status() == u"Exported %1 investors to investors.xlsx"_s.arg(w.sample.liveCount(RecordKind::Investor)));
}

TEST_CASE("contacts and delegates export as vCards 4.0 or 3.0; other lists offer no vCards", "[ui][export]")
{
    Window w;
    RecordListPane *contacts = w.window->listPane(RecordKind::Contact);
    filterList(*contacts, u"yazaki"_s);
    const qint64 listed = contacts->model()->totalCount();
    REQUIRE(listed > 0);

    const QString v4 = w.path(u"contacts.vcf"_s);
    FileDialog::setNextFileName(v4);
    named<QAction>(*contacts->view(), u"exportListVCard"_s)->trigger();
    const QByteArray four = bytesOf(v4);
    CHECK(count(four, "VERSION:4.0") == listed);
    const interchange::Table cards = interchange::VCardReader::read(four);
    CHECK(cards.rows.size() == listed);
    CHECK(column(cards, interchange::VCardReader::columns().indexOf(u"family_name"_s)).contains(u"山本"_s));

    const QString v3 = w.path(u"contacts-3.vcf"_s);
    FileDialog::setNextFileName(v3);
    named<QAction>(*contacts->view(), u"exportListVCard3"_s)->trigger();
    CHECK(count(bytesOf(v3), "VERSION:3.0") == listed);

    CHECK(w.window->listPane(RecordKind::Delegate)->view()->findChild<QAction *>(u"exportListVCard"_s));
    CHECK_FALSE(w.window->listPane(RecordKind::Investor)->view()->findChild<QAction *>(u"exportListVCard"_s));
}

TEST_CASE("the Trash's context menu exports the Trash as it shows it", "[ui][export]")
{
    Window w;
    const QString contact = w.sample.idOf(RecordKind::Contact, u"latin_family_name"_s, u"Okada"_s);
    w.sample.store().moveToTrash(RecordKind::Contact, contact);
    Q_EMIT w.sample.session().recordsChanged();
    w.window->showSection(MainWindow::Section::Trash);
    auto *trash = named<TrashView>(*w.window, u"trashView"_s);
    const QString path = w.path(u"trash.csv"_s);
    FileDialog::setNextFileName(path);
    named<QAction>(*trash, u"exportTrashCsv"_s)->trigger();

    const interchange::Table table = interchange::readCsv(bytesOf(path));
    QStringList header;
    for (int c = 0; c < TrashModel::ColumnCount; ++c) {
        header << trash->model()->headerData(c, Qt::Horizontal).toString();
    }
    CHECK(table.header == header);
    REQUIRE(table.rows.size() == trash->model()->rowCount());
    CHECK(column(table, TrashModel::TitleColumn).contains(trash->model()->index(0, TrashModel::TitleColumn).data()));
    CHECK(column(table, TrashModel::DeletedAtColumn).first().startsWith(u"2026-11-29 "_s)); // on the clock
}

TEST_CASE("File > Export takes the current list, is off where no list is shown, and writes all contacts as vCards",
          "[ui][export]")
{
    Window w(u"agency"_s);
    auto *menu = named<QMenu>(*w.window, u"exportMenu"_s);
    QAction *csv = named<QAction>(*w.window, u"actionExportListCsv"_s);
    QAction *xlsx = named<QAction>(*w.window, u"actionExportListXlsx"_s);
    Q_EMIT menu->aboutToShow();
    CHECK(csv->isEnabled());

    const QString path = w.path(u"agencies.xlsx"_s);
    FileDialog::setNextFileName(path);
    xlsx->trigger();
    CHECK(interchange::XlsxReader::readFile(path).rows.size() == w.sample.liveCount(RecordKind::Agency));

    w.window->showSection(MainWindow::Section::Dashboard);
    Q_EMIT menu->aboutToShow();
    CHECK_FALSE(csv->isEnabled());
    CHECK_FALSE(xlsx->isEnabled());

    const QString cards = w.path(u"everyone.vcf"_s);
    FileDialog::setNextFileName(cards);
    named<QAction>(*w.window, u"actionExportContactsVCard"_s)->trigger();
    CHECK(interchange::VCardReader::read(bytesOf(cards)).rows.size() == w.sample.liveCount(RecordKind::Contact));
    CHECK(w.status().startsWith(u"Exported %1 contacts"_s.arg(w.sample.liveCount(RecordKind::Contact))));
}

TEST_CASE("an export offers a dated file name, and a cancelled chooser writes nothing", "[ui][export]")
{
    Window w;
    RecordListPane *pane = w.window->listPane(RecordKind::Contact);
    const QString before = w.status();
    FileDialog::setNextFileName(QString()); // the officer cancels the chooser
    named<QAction>(*pane->view(), u"exportListXlsx"_s)->trigger();
    CHECK(QDir(w.dir.path()).isEmpty());
    CHECK(w.status() == before);
    // The chooser opened on the list's name and the clock's day.
    CHECK(QFileInfo(FileDialog::lastSuggestion()).fileName() == u"contacts-2026-11-29.xlsx"_s);
}

TEST_CASE("a file that cannot be written is refused with a message naming it, and nothing is left", "[ui][export]")
{
    Window w;
    RecordListPane *pane = w.window->listPane(RecordKind::Contact);
    QFile blocker(w.path(u"blocker"_s)); // a file where the folder should be
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    for (const QString &action : {u"exportListCsv"_s, u"exportListXlsx"_s, u"exportListVCard"_s}) {
        INFO(action.toStdString());
        const QString path = w.path(u"blocker/contacts.out"_s);
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        named<QAction>(*pane->view(), action)->trigger();
        CHECK(MessageBox::lastText().contains(QDir::toNativeSeparators(path)));
        CHECK_FALSE(QFile::exists(path));
        CHECK(QDir(w.dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot) == QStringList{u"blocker"_s});
    }
}

TEST_CASE("Add to Calendar hands the meeting to the calendar program as an .ics file", "[ui][export][calendar]")
{
    Window w(u"meeting"_s);
    QString meeting;
    w.sample.store().forEach(RecordKind::Meeting, {}, [&](const QVariantMap &row) {
        if (row.value(u"starts_at"_s).toString().startsWith(u"2026-09-15"_s)) {
            meeting = row.value(u"id"_s).toString();
        }
        return true;
    });
    REQUIRE_FALSE(meeting.isEmpty());
    w.window->openRecord(RecordKind::Meeting, meeting);
    auto *button = named<QToolButton>(*w.window->recordPane(), u"addToCalendarButton"_s);
    REQUIRE(button->isVisible());

    OpenedUrls opened;
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    REQUIRE(opened.urls.size() == 1);
    const QUrl url = opened.urls.first();
    CHECK(url.isLocalFile());
    const QByteArray ics = bytesOf(url.toLocalFile());
    CHECK(count(ics, "BEGIN:VEVENT") == 1);
    CHECK(ics.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20260915T100000"));
    CHECK(ics.contains("BEGIN:VTIMEZONE"));
    CHECK(ics.contains(QByteArray("UID:" + meeting.toUtf8())));

    // Not on other records.
    w.window->openRecord(RecordKind::Contact, w.sample.idOf(RecordKind::Contact, u"latin_family_name"_s, u"Okada"_s));
    CHECK_FALSE(button->isVisible());
}

TEST_CASE("when no calendar program takes the meeting, it can be saved as a calendar file", "[ui][export][calendar]")
{
    Window w(u"meeting"_s);
    const QString meeting = w.window->listPane(RecordKind::Meeting)->model()->idAt(0);
    w.window->openRecord(RecordKind::Meeting, meeting);
    OpenedUrls refused(false);
    const QString path = w.path(u"meeting.ics"_s);
    MessageBox::setNextAnswer(QMessageBox::Save);
    FileDialog::setNextFileName(path);
    named<QToolButton>(*w.window->recordPane(), u"addToCalendarButton"_s)->click();
    CHECK(refused.urls.size() == 1);
    CHECK(MessageBox::lastText().contains(u"calendar"_s));
    CHECK(count(bytesOf(path), "BEGIN:VEVENT") == 1);

    // And straight from the button's menu.
    const QString saved = w.path(u"saved.ics"_s);
    FileDialog::setNextFileName(saved);
    named<QAction>(*w.window->recordPane(), u"saveCalendarFileAction"_s)->trigger();
    CHECK(bytesOf(saved).contains(QByteArray("UID:" + meeting.toUtf8())));
    CHECK(w.status() == u"Exported 1 meeting to saved.ics"_s);
}

TEST_CASE("File > Export > Calendar writes a range's meetings and open follow-ups, this month by default",
          "[ui][export][calendar]")
{
    Window w;
    CalendarExportDialog dialog(w.sample.session(), w.window.get());
    auto *from = named<DateEdit>(dialog, u"calendarFrom"_s);
    auto *to = named<DateEdit>(dialog, u"calendarTo"_s);
    CHECK(from->value() == u"2026-11-01"_s); // the clock's month, not the machine's
    CHECK(to->value() == u"2026-11-30"_s);

    from->setValue(u"2026-03-01"_s);
    to->setValue(u"2026-02-01"_s);
    named<QPushButton>(dialog, u"exportButton"_s)->click();
    CHECK(named<QLabel>(dialog, u"calendarError"_s)->isVisibleTo(&dialog));
    CHECK(QDir(w.dir.path()).isEmpty());

    from->setValue(u"2025-10-01"_s);
    to->setValue(u"2026-06-30"_s);
    CalendarSelection selection{QDate(2025, 10, 1), QDate(2026, 6, 30), {}};
    const CalendarItems all = CalendarExport::items(*w.sample.session().database(), selection);
    REQUIRE(all.events.size() > 1);
    const QString path = w.path(u"autumn.ics"_s);
    FileDialog::setNextFileName(path);
    named<QPushButton>(dialog, u"exportButton"_s)->click();
    const QByteArray ics = bytesOf(path);
    CHECK(count(ics, "BEGIN:VEVENT") == all.events.size());
    CHECK(count(ics, "BEGIN:VTODO") == all.todos.size());
    CHECK(ics.contains("DTSTART;TZID="));
    CHECK(dialog.result() == QDialog::Accepted);
    // "meetings" once the English catalogue has the plural forms, "meeting(s)" before the lead's refresh.
    CHECK(w.status().startsWith(u"Exported %1 meeting"_s.arg(all.events.size())));
    CHECK(w.status().endsWith(u" to autumn.ics"_s));

    // Only the officer's own.
    CalendarExportDialog mine(w.sample.session(), w.window.get());
    named<DateEdit>(mine, u"calendarFrom"_s)->setValue(u"2025-10-01"_s);
    named<DateEdit>(mine, u"calendarTo"_s)->setValue(u"2026-06-30"_s);
    named<QCheckBox>(mine, u"calendarOnlyMine"_s)->setChecked(true);
    selection.officerId = w.sample.officerId();
    const CalendarItems own = CalendarExport::items(*w.sample.session().database(), selection);
    REQUIRE(own.events.size() + own.todos.size() < all.events.size() + all.todos.size());
    const QString minePath = w.path(u"mine.ics"_s);
    FileDialog::setNextFileName(minePath);
    named<QPushButton>(mine, u"exportButton"_s)->click();
    const QByteArray ownIcs = bytesOf(minePath);
    CHECK(count(ownIcs, "BEGIN:VEVENT") == own.events.size());
    CHECK(count(ownIcs, "BEGIN:VTODO") == own.todos.size());
}
