#pragma once

#include "documents/listexport.h"
#include "interchange/icalendarwriter.h"

#include <QObject>
#include <functional>
#include <optional>

class QAbstractItemView;
class QMenu;
class QWidget;

namespace crm::ui {

class DatabaseSession;
class RecordListPane;
class TrashView;

// The exports of the desktop application, as the officer starts them from a list's context menu,
// File > Export and a meeting's record: a list as shown (its filter, sort and columns) to CSV or
// Excel, contacts and delegates as vCards, the Trash, meetings and follow-ups as iCalendar. Each
// asks for the file through FileDialog with a dated name, shows progress (with Cancel) on a long
// list, writes the file whole or not at all, names the file and the problem when it cannot, and
// says what it wrote in the window's status bar.
class ExportActions final : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        Csv,
        Xlsx,
        VCard4,
        VCard3
    };

    // The list's context menu (its view shows its actions on right-click): Export List as CSV and
    // as Excel, and for contacts and delegates as vCards (4.0, and 3.0 for older phones).
    static void addListActions(RecordListPane &pane, DatabaseSession &session);
    // The Trash's context menu: the Trash as shown, to CSV or Excel.
    static void addTrashActions(TrashView &trash, QAbstractItemView &table, DatabaseSession &session);
    // File > Export: the current list (currentList gives the widget on show: a list pane or the
    // Trash; anything else disables those entries), every contact as vCards, and a calendar file.
    static QMenu *createMenu(DatabaseSession &session, QWidget *window, const std::function<QWidget *()> &currentList);

    // The exports themselves; false when nothing was written (cancelled, or refused with a message).
    static bool exportList(DatabaseSession &session, RecordListPane &pane, Format format);
    static bool exportTrash(DatabaseSession &session, TrashView &trash, Format format);
    static bool exportCards(DatabaseSession &session, QWidget *parent, const ListExportQuery &query, Format format);

    // Writes the meeting as an .ics file in the cache and hands it to the officer's calendar
    // program (UrlOpener); when none takes it, offers to save the file instead.
    static bool addMeetingToCalendar(DatabaseSession &session, const QString &meetingId, QWidget *parent);
    // The meeting as an .ics file where the officer chooses.
    static bool saveMeetingToFile(DatabaseSession &session, const QString &meetingId, QWidget *parent);

    // Writes a calendar file whole or not at all; false after telling the officer why not.
    static bool writeCalendar(DatabaseSession &session, QWidget *parent, const QString &path,
                              const QList<interchange::CalendarEvent> &events,
                              const QList<interchange::CalendarTodo> &todos);
    // A save dialog for an export, starting in the documents folder on "<name>-<today>.<suffix>";
    // empty when the officer cancelled.
    static QString askPath(DatabaseSession &session, QWidget *parent, const QString &caption, const QString &name,
                           Format format);
    static QString askPath(QWidget *parent, const QString &caption, const QString &fileName, const QString &filter);
    // "Exported 1,234 contacts to contacts.xlsx" in the status bar of parent's main window.
    static void reportExported(QWidget *parent, qsizetype count, const QString &singular, const QString &plural,
                               const QString &path);
    static void showStatus(QWidget *parent, const QString &text);

private:
    ExportActions() = default;
    // The meeting as a calendar event; nullopt after telling the officer why there is none.
    static std::optional<interchange::CalendarEvent> meetingEvent(DatabaseSession &session, const QString &meetingId,
                                                                  QWidget *parent);
};

} // namespace crm::ui
