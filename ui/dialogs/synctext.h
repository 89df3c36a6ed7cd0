#pragma once

#include "domain/recordkind.h"
#include "sync/synchronizer.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

class QProgressDialog;
class QWidget;

namespace crm {
class RecordStore;
}

namespace crm::ui {

// What the sync dialogs and the status bar say about sync fields, values and times, in one place
// so that a conflict reads the same in the review dialog and in the messages around it.

// "Job title", "Attendees: Yuki Tanaka", "Aliases: AMDIE": a sync field ("title",
// "attendees/contact:<id>", "aliases/AMDIE") named the way the record form names it. A linked
// record not here (yet) is named by its id; one that cannot be read throws crm::Error.
QString syncFieldLabel(const RecordStore *store, RecordKind kind, const QString &field);
// A competing value as an officer reads it: text as typed, a linked record by its title, a code by
// its label, null as "(removed)" for a list element and "(empty)" for a field. Throws crm::Error
// when a linked record cannot be read (a damaged file), rather than showing its id as if absent.
QString syncValueText(const RecordStore *store, RecordKind kind, const QString &field, const QJsonValue &value);
// True for a field typed as free text (a name, a title, notes), where the officer may type the value
// a conflict ends with; false for list elements, links, codes, dates and numbers.
bool syncFieldIsText(RecordKind kind, const QString &field);
// An instant stored in UTC, in the user's time zone and locale's short format; "never" when invalid.
QString syncWhenText(const QDateTime &utc);
// "Casablanca mission laptop · Hanako Sato · 11/28/26 2:02 PM": who made a change, where and when.
QString syncOriginText(const SyncConflictValue &value);

// A cancellable progress dialog for a long sync operation, and the callback core reports to: it
// moves the bar and returns false once the officer pressed Cancel.
QProgressDialog *createSyncProgress(QWidget *parent, const QString &label);
SyncProgress syncProgressCallback(QProgressDialog &dialog);

} // namespace crm::ui
