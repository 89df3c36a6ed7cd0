#pragma once

#include "storage/database.h"
#include "storage/recordstore.h"

#include <QObject>

#include <memory>

namespace crm::ui {

// Owns the open database for the application (the window does not): opening another file
// replaces it only once the new one has opened, so a bad file never leaves the app without one.
class DatabaseSession final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Returns an empty string on success, otherwise the message for the user.
    QString open(const QString &path, Database::OpenMode mode);
    Database *database() const { return m_db.get(); }
    RecordStore *store() const { return m_store.get(); }

Q_SIGNALS:
    void databaseChanged();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
};

} // namespace crm::ui
