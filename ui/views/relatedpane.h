#pragma once

#include "domain/recordkind.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace crm::ui {

class DatabaseSession;

// The records linked to the one on show, grouped by how they are linked; Enter or a
// double-click opens one.
class RelatedPane final : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedPane(DatabaseSession &session, QWidget *parent = nullptr);
    void showRecord(RecordKind kind, const QString &id);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void openRecordRequested(crm::RecordKind kind, const QString &id);

private:
    DatabaseSession &m_session;
    QTreeWidget *m_tree;
    QLabel *m_error; // what could not be read, in place of the list
};

} // namespace crm::ui
