#include "database.h"

#include "domain/error.h"

namespace crm {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.beginTransaction();
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.rollbackTransaction();
        } catch (const Error &) {
            // The connection is gone; SQLite has rolled back on its own.
        }
    }
}

void Transaction::commit()
{
    m_db.commitTransaction();
    m_done = true;
}

} // namespace crm
