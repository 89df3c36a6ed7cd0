#include "exportactions.h"

#include "databasesession.h"
#include "dialogs/calendarexportdialog.h"
#include "documents/calendarexport.h"
#include "documents/contactcards.h"
#include "domain/error.h"
#include "domain/officerzone.h"
#include "models/recordkindlabel.h"
#include "models/recordlistmodel.h"
#include "models/trashmodel.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "support/progressdialog.h"
#include "support/urlopener.h"
#include "views/recordlistpane.h"
#include "views/trashview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStatusBar>
#include <QTimeZone>
#include <QTreeView>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
using Format = ExportActions::Format;

QString suffixOf(Format format)
{
    switch (format) {
    case Format::Csv:
        return u".csv"_s;
    case Format::Xlsx:
        return u".xlsx"_s;
    case Format::VCard4:
    case Format::VCard3:
        break;
    }
    return u".vcf"_s;
}

QString filterOf(Format format)
{
    switch (format) {
    case Format::Csv:
        return ExportActions::tr("CSV files (*.csv)");
    case Format::Xlsx:
        return ExportActions::tr("Excel workbooks (*.xlsx)");
    case Format::VCard4:
    case Format::VCard3:
        break;
    }
    return ExportActions::tr("vCard files (*.vcf)");
}

QString plural(RecordKind kind)
{
    return recordKindPluralLabel(kind).toLower();
}

// The window-modal progress of a long read; it shows itself only after half a second.
class Progress
{
public:
    Progress(QWidget *parent, const QString &path)
        : m_dialog(createProgressDialog(parent, ExportActions::tr("Export"),
                                        ExportActions::tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
                                        u"exportProgress"_s))
    {}
    ~Progress() { m_dialog->close(); }
    Q_DISABLE_COPY_MOVE(Progress)

    ExportProgress callback()
    {
        return [dialog = m_dialog.get()](qint64 done, qint64 total) {
            const qint64 permille = total > 0 ? std::clamp<qint64>(done * 1000 / total, 0, 1000) : 0;
            dialog->setValue(static_cast<int>(permille)); // a window-modal dialog processes events here
            return !dialog->wasCanceled();
        };
    }

private:
    std::unique_ptr<QProgressDialog> m_dialog;
};

// Runs an export, showing a refusal with the file's name; false when it failed.
bool guarded(QWidget *parent, const QString &path, const std::function<void()> &work)
{
    try {
        work();
        return true;
    } catch (const Error &error) {
        MessageBox::critical(
            parent, ExportActions::tr("Cannot export"),
            ExportActions::tr("%1 could not be written.\n\n%2").arg(QDir::toNativeSeparators(path), error.message()));
    }
    return false;
}

ListExportQuery queryOf(const RecordListModel &model)
{
    const PageQuery &shown = model.query();
    ListExportQuery query;
    query.kind = shown.kind;
    query.filter = shown.filter;
    query.sortField = shown.sortField;
    query.ascending = shown.ascending;
    query.trash = shown.trash;
    return query;
}

// The table's columns in the order the header shows them, without the ones it hides.
interchange::Table asShown(const interchange::Table &table, const QHeaderView &header)
{
    if (header.count() != table.header.size()) {
        return table; // not the pane's columns: leave them in catalogue order
    }
    QList<int> order;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (!header.isSectionHidden(logical)) {
            order << logical;
        }
    }
    interchange::Table shown;
    for (const int column : order) {
        shown.header << table.header.at(column);
    }
    shown.rows.reserve(table.rows.size());
    for (const QVariantList &row : table.rows) {
        QVariantList cells;
        cells.reserve(order.size());
        for (const int column : order) {
            cells << (column < row.size() ? row.at(column) : QVariant());
        }
        shown.rows << cells;
    }
    return shown;
}

void writeTable(const QString &path, const interchange::Table &table, Format format, const QString &sheetName)
{
    if (format == Format::Csv) {
        ListExport::writeCsv(path, table);
    } else {
        ListExport::writeXlsx(path, table, sheetName);
    }
}

QAction *addAction(QWidget &owner, const QString &text, const QString &name, const std::function<void()> &run)
{
    auto *action = new QAction(text, &owner);
    action->setObjectName(name);
    QObject::connect(action, &QAction::triggered, &owner, run);
    owner.addAction(action);
    return action;
}
} // namespace

void ExportActions::addListActions(RecordListPane &pane, DatabaseSession &session)
{
    QTreeView &view = *pane.view();
    view.setContextMenuPolicy(Qt::ActionsContextMenu);
    RecordListPane *target = &pane;
    addAction(view, tr("Export List as CSV…"), u"exportListCsv"_s,
              [&session, target] { exportList(session, *target, Format::Csv); });
    addAction(view, tr("Export List as Excel…"), u"exportListXlsx"_s,
              [&session, target] { exportList(session, *target, Format::Xlsx); });
    if (ContactCards::supports(pane.kind())) {
        addAction(view, tr("Export as vCards…"), u"exportListVCard"_s,
                  [&session, target] { exportList(session, *target, Format::VCard4); });
        addAction(view, tr("Export as vCards 3.0 (Older Phones)…"), u"exportListVCard3"_s,
                  [&session, target] { exportList(session, *target, Format::VCard3); });
    }
}

void ExportActions::addTrashActions(TrashView &trash, QAbstractItemView &table, DatabaseSession &session)
{
    table.setContextMenuPolicy(Qt::ActionsContextMenu);
    TrashView *view = &trash;
    addAction(table, tr("Export Trash as CSV…"), u"exportTrashCsv"_s,
              [&session, view] { exportTrash(session, *view, Format::Csv); });
    addAction(table, tr("Export Trash as Excel…"), u"exportTrashXlsx"_s,
              [&session, view] { exportTrash(session, *view, Format::Xlsx); });
}

QMenu *ExportActions::createMenu(DatabaseSession &session, QWidget *window,
                                 const std::function<QWidget *()> &currentList)
{
    auto *menu = new QMenu(tr("&Export"), window);
    menu->setObjectName(u"exportMenu"_s);
    const auto exportCurrent = [&session, currentList](Format format) {
        QWidget *shown = currentList();
        if (auto *pane = qobject_cast<RecordListPane *>(shown)) {
            exportList(session, *pane, format);
        } else if (auto *trash = qobject_cast<TrashView *>(shown)) {
            exportTrash(session, *trash, format);
        }
    };
    QAction *csv =
        menu->addAction(tr("Current List as &CSV…"), window, [exportCurrent] { exportCurrent(Format::Csv); });
    csv->setObjectName(u"actionExportListCsv"_s);
    QAction *xlsx =
        menu->addAction(tr("Current List as &Excel…"), window, [exportCurrent] { exportCurrent(Format::Xlsx); });
    xlsx->setObjectName(u"actionExportListXlsx"_s);
    menu->addSeparator();
    QAction *cards = menu->addAction(tr("Contacts as &vCards…"), window, [&session, window] {
        ListExportQuery everyone;
        everyone.kind = RecordKind::Contact;
        exportCards(session, window, everyone, Format::VCard4);
    });
    cards->setObjectName(u"actionExportContactsVCard"_s);
    QAction *calendar = menu->addAction(tr("C&alendar (.ics)…"), window, [&session, window] {
        if (session.database()) {
            CalendarExportDialog dialog(session, window);
            dialog.exec();
        }
    });
    calendar->setObjectName(u"actionExportCalendar"_s);
    // Only a list can be taken out as shown: not the pipeline, the dashboard or the follow-ups view.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [&session, currentList, csv, xlsx, cards, calendar] {
        QWidget *shown = currentList();
        const bool open = session.database() != nullptr;
        const bool list = open && (qobject_cast<RecordListPane *>(shown) || qobject_cast<TrashView *>(shown));
        csv->setEnabled(list);
        xlsx->setEnabled(list);
        cards->setEnabled(open);
        calendar->setEnabled(open);
    });
    return menu;
}

QString ExportActions::askPath(DatabaseSession &session, QWidget *parent, const QString &caption, const QString &name,
                               Format format)
{
    const QString fileName = name + u'-' + session.clock().today().toString(Qt::ISODate) + suffixOf(format);
    return askPath(parent, caption, fileName, filterOf(format));
}

QString ExportActions::askPath(QWidget *parent, const QString &caption, const QString &fileName, const QString &filter)
{
    const QFileInfo file(fileName);
    const QString suggested =
        FileDialog::suggestedPath(QStandardPaths::DocumentsLocation, file.completeBaseName(), u'.' + file.suffix());
    return FileDialog::saveFileName(parent, caption, suggested, filter);
}

void ExportActions::reportExported(QWidget *parent, qsizetype count, const QString &singular, const QString &plural,
                                   const QString &path)
{
    showStatus(parent, tr("Exported %1 %2 to %3")
                           .arg(QLocale().toString(count), count == 1 ? singular : plural, QFileInfo(path).fileName()));
}

void ExportActions::showStatus(QWidget *parent, const QString &text)
{
    for (QWidget *widget = parent; widget; widget = widget->parentWidget()) {
        if (auto *window = qobject_cast<QMainWindow *>(widget)) {
            window->statusBar()->showMessage(text, 10000);
            return;
        }
    }
}

bool ExportActions::exportList(DatabaseSession &session, RecordListPane &pane, Format format)
{
    Database *db = session.database();
    if (!db) {
        return false;
    }
    const ListExportQuery query = queryOf(*pane.model());
    if (format == Format::VCard4 || format == Format::VCard3) {
        return exportCards(session, &pane, query, format);
    }
    const QString path = askPath(session, &pane, tr("Export List"), plural(query.kind), format);
    if (path.isEmpty()) {
        return false;
    }
    qsizetype written = 0;
    const bool done = guarded(&pane, path, [&] {
        std::optional<interchange::Table> table;
        {
            Progress progress(&pane, path);
            table = ListExport::table(*db, query, progress.callback());
        }
        if (!table) {
            written = -1; // cancelled: nothing written
            return;
        }
        writeTable(path, asShown(*table, *pane.view()->header()), format, kindName(query.kind));
        written = table->rows.size();
    });
    if (!done || written < 0) {
        return false;
    }
    reportExported(&pane, written, recordKindLabel(query.kind).toLower(), plural(query.kind), path);
    return true;
}

bool ExportActions::exportCards(DatabaseSession &session, QWidget *parent, const ListExportQuery &query, Format format)
{
    Database *db = session.database();
    if (!db || !ContactCards::supports(query.kind)) {
        return false;
    }
    const QString path = askPath(session, parent, tr("Export vCards"), plural(query.kind), format);
    if (path.isEmpty()) {
        return false;
    }
    const auto version = format == Format::VCard3 ? interchange::VCardVersion::V3 : interchange::VCardVersion::V4;
    std::optional<qsizetype> written;
    const bool done = guarded(parent, path, [&] {
        Progress progress(parent, path);
        written = ContactCards::writeFile(*db, query, version, path, progress.callback());
    });
    if (!done || !written) {
        return false;
    }
    reportExported(parent, *written, recordKindLabel(query.kind).toLower(), plural(query.kind), path);
    return true;
}

bool ExportActions::exportTrash(DatabaseSession &session, TrashView &trash, Format format)
{
    if (!session.database()) {
        return false;
    }
    const QString path = askPath(session, &trash, tr("Export Trash"), tr("trash"), format);
    if (path.isEmpty()) {
        return false;
    }
    // The Trash as its table shows it: small, read whole, so no progress.
    const TrashModel &model = *trash.model();
    interchange::Table rows;
    for (int column = 0; column < model.columnCount(); ++column) {
        rows.header << model.headerData(column, Qt::Horizontal).toString();
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        QVariantList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            if (column == TrashModel::DeletedAtColumn) {
                // A date-time the spreadsheet can sort, on the officer's clock as the list shows it.
                const QDateTime utc =
                    QDateTime::fromString(index.data(TrashModel::RawValueRole).toString(), Qt::ISODateWithMs);
                const QDateTime local = toOfficerTime(utc);
                cells << (utc.isValid() ? QVariant(QDateTime(local.date(), local.time())) : QVariant());
            } else {
                cells << index.data(Qt::DisplayRole);
            }
        }
        rows.rows << cells;
    }
    const bool done = guarded(&trash, path, [&] { writeTable(path, rows, format, tr("Trash")); });
    if (!done) {
        return false;
    }
    reportExported(&trash, rows.rows.size(), tr("record"), tr("records"), path);
    return true;
}

bool ExportActions::writeCalendar(DatabaseSession &session, QWidget *parent, const QString &path,
                                  const QList<interchange::CalendarEvent> &events,
                                  const QList<interchange::CalendarTodo> &todos)
{
    return guarded(parent, path, [&] {
        const QByteArray bytes = interchange::ICalendarWriter::write(events, todos, session.clock());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            throw Error(Error::Kind::Invalid, file.errorString());
        }
    });
}

std::optional<interchange::CalendarEvent> ExportActions::meetingEvent(DatabaseSession &session,
                                                                      const QString &meetingId, QWidget *parent)
{
    try {
        if (std::optional<interchange::CalendarEvent> event = CalendarExport::meeting(*session.database(), meetingId)) {
            return event;
        }
        MessageBox::critical(parent, tr("Add to Calendar"), tr("This meeting has no start time to put in a calendar."));
    } catch (const Error &error) {
        MessageBox::critical(parent, tr("Add to Calendar"), error.message());
    }
    return std::nullopt;
}

bool ExportActions::addMeetingToCalendar(DatabaseSession &session, const QString &meetingId, QWidget *parent)
{
    if (!session.database() || meetingId.isEmpty()) {
        return false;
    }
    const std::optional<interchange::CalendarEvent> event = meetingEvent(session, meetingId, parent);
    if (!event) {
        return false;
    }
    // A file of its own per meeting in the cache: the calendar program may read it after we return.
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/calendar"_s);
    if (!folder.mkpath(u"."_s)) {
        MessageBox::critical(parent, tr("Add to Calendar"),
                             tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder.path())));
        return false;
    }
    const QString path = folder.filePath(u"meeting-"_s + event->start.date().toString(Qt::ISODate) + u'-' +
                                         QString(meetingId).remove(u'-').right(12) + u".ics"_s);
    if (!writeCalendar(session, parent, path, {*event}, {})) {
        return false;
    }
    if (UrlOpener::open(QUrl::fromLocalFile(path))) {
        return true;
    }
    const auto answer = MessageBox::question(
        parent, tr("Add to Calendar"),
        tr("No calendar program on this computer opened the meeting. Save it as a calendar file (.ics) to import "
           "by hand?"),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save && saveMeetingToFile(session, meetingId, parent);
}

bool ExportActions::saveMeetingToFile(DatabaseSession &session, const QString &meetingId, QWidget *parent)
{
    if (!session.database() || meetingId.isEmpty()) {
        return false;
    }
    const std::optional<interchange::CalendarEvent> event = meetingEvent(session, meetingId, parent);
    if (!event) {
        return false;
    }
    const QString name = tr("meeting") + u'-' + event->start.date().toString(Qt::ISODate) + u".ics"_s;
    const QString path = askPath(parent, tr("Save to Calendar File"), name, tr("Calendar files (*.ics)"));
    if (path.isEmpty() || !writeCalendar(session, parent, path, {*event}, {})) {
        return false;
    }
    reportExported(parent, 1, tr("meeting"), tr("meetings"), path);
    return true;
}

} // namespace crm::ui
