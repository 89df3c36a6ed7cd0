#pragma once

#include "briefingdocument.h"

namespace crm {

class Database;

// The profile of an investor (issue 6): names in their own script with reading and romanisation,
// sector, head office, size, parent company, website; the contacts with their titles; the open
// deals with stage and latest figures; the recent history, open follow-ups and last notes. Parts
// the record does not have are left out, headings included.
class InvestorProfile final
{
public:
    explicit InvestorProfile(Database &db) : m_db(db) {}

    // Throws crm::Error: NotFound for an unknown investor, Invalid for an unknown language.
    BriefingDocument build(const QString &investorId, const BriefingOptions &options = {}) const;

private:
    Database &m_db;
};

} // namespace crm
