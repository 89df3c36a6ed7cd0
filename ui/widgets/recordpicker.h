#pragma once

#include "domain/recordkind.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace crm {
class RecordQuery;
}

namespace crm::ui {

// A line edit that picks one record of a kind by typing part of any of its names: matches come
// from RecordQuery::lookup() (folded, in SQL) into a completion popup. Leaving the field with
// text that was not picked from the list takes the best match, so typing "yazaki" + Tab is enough.
class RecordPicker final : public QLineEdit
{
    Q_OBJECT

public:
    explicit RecordPicker(RecordKind kind, QWidget *parent = nullptr);

    void setQuery(const RecordQuery *query) { m_query = query; }
    RecordKind kind() const { return m_kind; }
    QString recordId() const { return m_id; }
    void setRecord(const QString &id, const QString &title);
    void clearRecord();
    // Takes the best match for text typed but not picked. False when that text matches nothing.
    bool resolve();
    // Text is there but names no record: saving now would silently drop what was typed.
    bool hasUnresolvedText() const;

Q_SIGNALS:
    void recordChanged(const QString &id);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onActivated(const QModelIndex &index);

    RecordKind m_kind;
    const RecordQuery *m_query = nullptr;
    QString m_id;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
};

} // namespace crm::ui
