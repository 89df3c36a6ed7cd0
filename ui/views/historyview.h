#pragma once

#include "domain/recordkind.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTableView;

namespace crm::ui {

class DatabaseSession;
class HistoryModel;

// The audit log of one record, kept current as edits, undos and redos happen.
class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(DatabaseSession &session, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    // Reads the record's title (and so learns whether it still exists).
    void setRecord(RecordKind kind, const QString &id);
    // For a caller that has just read the record (the record pane after its save): no read of it.
    void setRecord(RecordKind kind, const QString &id, const QString &title);

    // While held, the changes the session announces wait: the holder refreshes the view itself
    // once it is done (the record pane's save, through setRecord with the title it was given), or
    // the release catches up on what was announced.
    class RefreshHold final
    {
    public:
        explicit RefreshHold(HistoryView &view) : m_view(view) { m_view.m_held = true; }
        ~RefreshHold();
        Q_DISABLE_COPY_MOVE(RefreshHold)

    private:
        HistoryView &m_view;
    };

private:
    void changed();
    void refresh(const std::optional<QString> &title = std::nullopt);

    DatabaseSession &m_session;
    RecordKind m_kind = RecordKind::Officer;
    QString m_id;
    HistoryModel *m_model;
    QLabel *m_titleLabel;
    QTableView *m_table;
    bool m_held = false;
    bool m_stale = false; // a change was announced while held
};

} // namespace crm::ui
