#include "databasesession.h"

#include "domain/error.h"

namespace crm::ui {

DatabaseSession::DatabaseSession(QObject *parent)
    : QObject(parent)
{
}

DatabaseSession::~DatabaseSession() = default;

QString DatabaseSession::open(const QString &path, Database::OpenMode mode)
{
    try {
        auto db = Database::open(path, mode);
        m_store.reset();
        m_db = std::move(db);
        m_store = std::make_unique<RecordStore>(*m_db);
    } catch (const Error &error) {
        return error.message();
    }
    Q_EMIT databaseChanged();
    return {};
}

} // namespace crm::ui
