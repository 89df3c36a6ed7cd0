#include "databasesession.h"

#include "domain/error.h"

#include <QUndoStack>

namespace crm::ui {

DatabaseSession::DatabaseSession(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &DatabaseSession::recordsChanged);
}

DatabaseSession::~DatabaseSession()
{
    m_undoStack->clear(); // commands refer to the store; drop them before it goes
}

QString DatabaseSession::open(const QString &path, Database::OpenMode mode)
{
    std::unique_ptr<Database> db;
    try {
        db = Database::open(path, mode);
    } catch (const Error &error) {
        return error.message();
    }
    const QString officer = officerId();
    m_undoStack->clear();
    m_query.reset();
    m_store.reset();
    m_db = std::move(db);
    m_store = std::make_unique<RecordStore>(*m_db);
    m_query = std::make_unique<RecordQuery>(*m_db);
    if (!officer.isEmpty() && m_store->exists(RecordKind::Officer, officer)) {
        m_db->setOfficerId(officer);
    }
    Q_EMIT databaseChanged();
    return {};
}

QString DatabaseSession::officerId() const
{
    return m_db ? m_db->officerId() : QString();
}

void DatabaseSession::setOfficerId(const QString &id)
{
    if (m_db && m_db->officerId() != id) {
        m_db->setOfficerId(id);
        Q_EMIT officerChanged();
    }
}

void DatabaseSession::push(QUndoCommand *command)
{
    if (command) {
        m_undoStack->push(command); // emits indexChanged -> recordsChanged
    }
}

} // namespace crm::ui
