#pragma once

#include "interchange/vcardwriter.h"
#include "listexport.h"

#include <QCoreApplication>
#include <QList>

namespace crm {
class Database;

// Contacts and delegates as the vCard writer wants them: each record in its JSON form with the
// name of the organisation a phone shows under ORG (a contact's investor, a delegate's agency).
class ContactCards final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ContactCards)

public:
    // Whether a kind can be written as business cards (contacts and delegates).
    static bool supports(RecordKind kind);

    // The records of the list as query selects them (filter, sort, Trash), in its order. Throws
    // crm::Error (Invalid) for a kind that supports() refuses.
    static QList<interchange::VCardContact> cards(const Database &db, const ListExportQuery &query);
    // The same, telling progress after each page; nullopt when progress returned false.
    static std::optional<QList<interchange::VCardContact>> cards(const Database &db, const ListExportQuery &query,
                                                                 const ExportProgress &progress);

    // The cards written to path as one .vcf (whole or not at all); the number of cards, or nullopt
    // when progress returned false, and then no file is written. Throws crm::Error (Invalid) naming
    // the path when it cannot be written, or for a kind that supports() refuses.
    static std::optional<qsizetype> writeFile(const Database &db, const ListExportQuery &query,
                                              interchange::VCardVersion version, const QString &path,
                                              const ExportProgress &progress = {});
};

} // namespace crm
