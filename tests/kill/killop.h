#pragma once

// The line protocol between the kill-9 harness's writer and its driver. The writer prints
// "begin<TAB>op" before it calls core and "ack<TAB>op" once the call has returned (the change is
// committed); the driver reads them after the kill. An op is five tab-separated fields:
//   add      KIND ID FIELD VALUE   a record was created with FIELD = VALUE
//   update   KIND ID FIELD VALUE   FIELD now holds VALUE
//   trash    KIND ID - -           the record is in the Trash
//   restore  KIND ID - -           the record is out of the Trash
//   stay     KIND ID host_office V a stay with that host office was appended to the delegate's stays
//   laptop   KIND ID FIELD VALUE   like add, on the mission laptop's replica
//   sync-in  - - - -               a laptop package was imported into the office file
//   sync-out - - - -               an office package was imported into the laptop file
//   backup   - - path FILE         a backup of the office file was written to FILE

#include <QString>
#include <QStringList>
#include <optional>

namespace crm::kill {

struct Op
{
    QString type;
    QString kind;
    QString id;
    QString field;
    QString value;

    QString text() const { return QStringList{type, kind, id, field, value}.join(u'\t'); }

    static std::optional<Op> parse(const QString &text)
    {
        const QStringList parts = text.split(u'\t');
        if (parts.size() != 5) {
            return std::nullopt;
        }
        return Op{parts.at(0), parts.at(1), parts.at(2), parts.at(3), parts.at(4)};
    }
};

} // namespace crm::kill
