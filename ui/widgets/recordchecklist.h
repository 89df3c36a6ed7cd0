#pragma once

#include "storage/recordquery.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace crm::ui {

// Records to tick (the delegates at a meeting), optionally with a type-ahead filter that hides the
// others without losing their ticks. Enter in the filter ticks the first match and clears it, so a
// list is ticked without leaving the keyboard.
class RecordCheckList final : public QWidget
{
    Q_OBJECT

public:
    // name gives the children their objectNames: "<name>List" and "<name>FilterEdit".
    RecordCheckList(const QString &name, bool withFilter, QWidget *parent = nullptr);

    // Keeps the ticks of records that are still listed.
    void setRecords(const QList<RecordRef> &records);
    QStringList checkedIds() const;
    void setChecked(const QString &id, bool checked);
    int count() const;
    // Where a label's mnemonic should take the keyboard: the filter when there is one.
    QWidget *focusTarget() const;
    // What a screen reader calls the list and its filter ("Delegates", "Filter Delegates"); a label's
    // mnemonic '&' is dropped. A buddy label does not reach them inside this widget.
    void setAccessibleLabel(const QString &label);
    QListWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    bool tickFirstMatch();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list;
};

} // namespace crm::ui
