#pragma once

#include "briefingdocument.h"

namespace crm {

class Database;

// The profile of a delegate (issue 6): name in their own script with reading and romanisation,
// agency, country and title; the career and the programme stays, dates as precise as the records
// know them; the deals they are credited on with stage and latest announced and realised impact,
// and the totals; the recent timeline. Parts the record does not have are left out, headings
// included.
class DelegateProfile final
{
public:
    explicit DelegateProfile(Database &db) : m_db(db) {}

    // Throws crm::Error: NotFound for an unknown delegate, Invalid for an unknown language.
    BriefingDocument build(const QString &delegateId, const BriefingOptions &options = {}) const;

private:
    Database &m_db;
};

} // namespace crm
