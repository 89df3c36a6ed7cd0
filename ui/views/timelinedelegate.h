#pragma once

#include <QStyledItemDelegate>

namespace crm::ui {

// Paints the rows of a TimelineModel itself, with no widget per event, so ten thousand rows
// scroll smoothly: a band for each year, a line for each month, and for each event its dates on
// the left, a marker in the kind's colour on the timeline's rail, the title in bold and, below
// it, the subject's role and the summary in grey. A deal's step back gets a warm "↩" marker.
// Heights are fixed per row type, so the view lays out without measuring text.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintYear(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintMonth(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintEvent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintRail(QPainter *painter, const QStyleOptionViewItem &option) const;
    int dateColumnWidth(const QStyleOptionViewItem &option) const;
};

} // namespace crm::ui
